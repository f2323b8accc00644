package br.com.atende.lead;

import br.com.atende.common.Labelled;

/** DESIGN "lead status": the first four are open, the rest are final. */
public enum LeadStatus implements Labelled {
  NEW("Novo"),
  IN_PROGRESS("Em andamento"),
  QUEUED("Na fila"),
  SCHEDULED("Agendado"),
  CONTRACTED("Contratado"),
  REFUSED("Recusado"),
  INCONSISTENT("Inconsistente"),
  EXHAUSTED("Tentativas esgotadas"),
  WHATSAPP_NO_REPLY("WhatsApp sem resposta"),
  EXPIRED("Campanha encerrada"),
  /** A callback came due for a number that opted out of calls: closed without calling (issue 15). */
  OPTED_OUT("Não quer receber ligações");

  private final String label;

  LeadStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
