package br.com.atende.sale;

/** Whose commission a sale is, as DMN commission-attribution decides (seed 002, sales items 8 and 9). */
public enum CommissionTo {
  SELLER("Quem vendeu"),
  FOLLOW_UP_OWNER("Dono do agendamento (tratativa inicial)"),
  MANAGER_DECIDES("O gestor decide");

  private final String label;

  CommissionTo(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
