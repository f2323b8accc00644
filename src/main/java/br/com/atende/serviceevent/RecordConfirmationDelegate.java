package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.Codes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordConfirmation: the appointment is confirmed (by the agent or the client's WhatsApp reply), or is to be moved. */
@Component
public class RecordConfirmationDelegate implements JavaDelegate {

  private final ServiceEventService service;

  public RecordConfirmationDelegate(ServiceEventService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceEvent event = service.event(execution);
    if (Codes.parse(EventAction.class, EVENT_ACTION.from(execution)) != EventAction.RESCHEDULE) {
      event.moveTo(EventStatus.CONFIRMED);
      String observation = OBSERVATION.from(execution);
      if (observation != null && !observation.isBlank()) {
        event.note(observation);
      }
    }
  }
}
