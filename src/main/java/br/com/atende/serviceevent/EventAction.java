package br.com.atende.serviceevent;

import br.com.atende.common.Labelled;

/** What the agent does with an event (DESIGN: eventAction), with the form's labels. */
public enum EventAction implements Labelled {
  SCHEDULE("Agenda"),
  SUCCESS("Sucesso"),
  LOST("Perdido"),
  RESCHEDULE("Remarcar"),
  /** ConfirmAppointment: the client was reminded of the day and time (seed 004 "Confirmar"). */
  CONFIRM("Confirmar");

  private final String label;

  EventAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
