package br.com.atende.serviceevent;

/** Where a service event stands (seed 004 "status such as Pendente"). */
public enum EventStatus {
  PENDING("Pendente"),
  SCHEDULED("Agendado"),
  CONFIRMED("Confirmado"),
  ATTENDED("Cliente atendido"),
  /** Missed the appointment; still on the agenda to be rescheduled. */
  NO_SHOW("Não compareceu"),
  /** Missed it and was not rescheduled in time (BPMN Timer_RescheduleExpired). */
  NOT_RESCHEDULED("Não compareceu, sem remarcação"),
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
