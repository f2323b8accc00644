package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * RecordContact: Sucesso and Perdido end the event here. Perdido may also lose the client's other
 * pending events ("eventos futuros do ciclo", e.g. the car was sold): each of them ends through
 * its own instance's event subprocess (message ServiceEventLost). Agenda goes on to BookAppointment.
 */
@Component
public class RecordContactDelegate implements JavaDelegate {

  private final ServiceEventService service;
  private final ServiceEventRepository events;

  public RecordContactDelegate(ServiceEventService service, ServiceEventRepository events) {
    this.service = service;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceEvent event = service.event(execution);
    String observation = OBSERVATION.from(execution);
    switch (EventAction.valueOf(EVENT_ACTION.from(execution))) {
      case SUCCESS -> {
        event.note(observation);
        event.moveTo(EventStatus.SUCCESS);
      }
      case LOST -> {
        String reason = LOSS_REASON.from(execution).trim();
        event.lose(reason, observation);
        if (Boolean.TRUE.equals(LOSE_FUTURE_CYCLE_EVENTS.from(execution))) {
          loseOthers(execution, event, reason);
        }
      }
      default -> event.note(observation);
    }
  }

  private void loseOthers(DelegateExecution execution, ServiceEvent lost, String reason) {
    for (ServiceEvent other : events.findByClientIdAndStatusAndIdNot(lost.getClientId(), EventStatus.PENDING,
        lost.getId())) {
      other.lose(reason, "Perdido junto com o evento " + lost.getCode() + ".");
      Map<String, Object> variables = new HashMap<>();
      LOSS_REASON.put(variables, reason);
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(Message.ServiceEventLost.id())
          .processInstanceBusinessKey(other.getCode())
          .setVariables(variables)
          .correlateAll();
    }
  }
}
