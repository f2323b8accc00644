package br.com.atende.serviceevent;

import br.com.atende.common.Labelled;
import br.com.atende.common.UserFacingException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The groups of the dealer's event types (seed 004: "Grupo 1 - Pós Vendas"; the Ficha's
 * "Relacionados" splits Vendas / Pós Vendas / Reclamações). An event type takes one of these, as
 * its label: the label is what the table stores and what the premium-agenda-eligibility DMN
 * compares, so free text such as "POS_VENDAS" would silently never allow the Agenda.
 */
public enum EventGroup implements Labelled {
  AFTER_SALES("1 - Pós Vendas"),
  SALES("2 - Vendas"),
  RELATIONSHIP("3 - Relacionamento"),
  COMPLAINTS("4 - Reclamações");

  private final String label;

  EventGroup(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The group a register names by its label (case and spaces aside) or its code; anything else is a pt-BR 400. */
  public static EventGroup of(String text) {
    String asked = text == null ? "" : text.trim();
    for (EventGroup group : values()) {
      if (group.label.equalsIgnoreCase(asked) || group.name().equalsIgnoreCase(asked)) {
        return group;
      }
    }
    String options = Arrays.stream(values()).map(group -> "\"" + group.label + "\"").collect(Collectors.joining(", "));
    throw UserFacingException.badRequest((asked.isEmpty() ? "Informe o grupo do tipo de evento"
        : "Grupo do tipo de evento inválido: \"" + asked + "\"") + "; use um destes: " + options + ".");
  }
}
