package br.com.atende.lead;

import br.com.atende.common.Codes;
import br.com.atende.common.Labelled;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The six outcomes of seed 000 with their labels and the reasons each accepts (code → pt-BR label). The form
 * attend-lead.form lists the same labels and reasons; a test keeps the two equal.
 */
public enum Outcome implements Labelled {
  NO_ANSWER("Não atendido", LeadStatus.EXHAUSTED, reasons(
      "BUSY", "Ocupado",
      "NO_PICKUP", "Não atende",
      "VOICEMAIL", "Caixa postal",
      "UNREACHABLE", "Fora de área ou desligado")),
  REFUSED("Recusado", LeadStatus.REFUSED, reasons(
      "NOT_INTERESTED", "Sem interesse",
      "PRICE", "Preço",
      "ALREADY_CUSTOMER", "Já é cliente",
      "COMPETITOR", "Satisfeito com outra operadora",
      Outcome.NO_MORE_CALLS_REASON, "Não quer mais receber ligações",
      "OTHER", "Outro")),
  SCHEDULED("Agendado", null, Map.of()),
  CONTRACTED("Contratado", LeadStatus.CONTRACTED, Map.of()),
  WHATSAPP_SENT("WhatsApp enviado", LeadStatus.WHATSAPP_NO_REPLY, Map.of()),
  INCONSISTENT("Atendimento inconsistente", LeadStatus.INCONSISTENT, reasons(
      "OUT_OF_AREA", "Cliente fora da cidade de atuação",
      "NONEXISTENT_PHONE", "Telefone inexistente",
      "NOT_LINE_HOLDER", "Telefone não é do titular da linha",
      "NO_WHATSAPP", "Telefone não possui WhatsApp",
      "OTHER", "Outro"));

  public static final String OTHER_REASON = "OTHER";
  /** The client asked not to be called again (LGPD): the attendance writes the opt-out ledger. */
  public static final String NO_MORE_CALLS_REASON = "NO_MORE_CALLS";

  private final String label;
  private final LeadStatus closedAs;
  private final Map<String, String> reasons;

  Outcome(String label, LeadStatus closedAs, Map<String, String> reasons) {
    this.label = label;
    this.closedAs = closedAs;
    this.reasons = reasons;
  }

  /** The lead's final status when the attempt policy closes it after this outcome. */
  public LeadStatus closedAs() {
    if (closedAs == null) {
      throw new IllegalStateException("The attempt policy closed a lead after " + name()
          + ", which has no final status: check the contact-attempt-policy decision.");
    }
    return closedAs;
  }

  public String label() {
    return label;
  }

  public Map<String, String> reasons() {
    return reasons;
  }

  /** The label of a stored reason of a stored outcome, or the reason itself when either is unknown. */
  public static String reasonLabelOf(String outcome, String reason) {
    Outcome value = Codes.parse(Outcome.class, outcome);
    return value == null || reason == null ? reason : value.reasons().getOrDefault(reason, reason);
  }

  public boolean needsReason() {
    return !reasons.isEmpty();
  }

  private static Map<String, String> reasons(String... codesAndLabels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      map.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
