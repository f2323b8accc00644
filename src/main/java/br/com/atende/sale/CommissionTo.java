package br.com.atende.sale;

import br.com.atende.common.Labelled;

/** Whose commission a sale is, as DMN commission-attribution decides (seed 002, sales items 8 and 9). */
public enum CommissionTo implements Labelled {
  SELLER("Quem vendeu"),
  FOLLOW_UP_OWNER("Dono do agendamento (tratativa inicial)"),
  MANAGER_DECIDES("O gestor decide");

  private final String label;

  CommissionTo(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
