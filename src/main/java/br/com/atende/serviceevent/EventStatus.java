package br.com.atende.serviceevent;

/** Where a service event stands (seed 004 "status such as Pendente"). */
public enum EventStatus {
  PENDING("Pendente"),
  SCHEDULED("Agendado"),
  CONFIRMED("Confirmado"),
  ATTENDED("Cliente atendido"),
  NO_SHOW("Não compareceu"),
  SUCCESS("Sucesso"),
  LOST("Perdido");

  private final String label;

  EventStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
