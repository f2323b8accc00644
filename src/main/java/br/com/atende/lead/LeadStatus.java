package br.com.atende.lead;

/** DESIGN "lead status": the first four are open, the rest are final. */
public enum LeadStatus {
  NEW,
  IN_PROGRESS,
  QUEUED,
  SCHEDULED,
  CONTRACTED,
  REFUSED,
  INCONSISTENT,
  EXHAUSTED,
  WHATSAPP_NO_REPLY,
  EXPIRED
}
