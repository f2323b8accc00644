package br.com.atende.serviceevent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordArrival: the client came to the dealership for the appointment. */
@Component
public class RecordArrivalDelegate implements JavaDelegate {

  private final ServiceEventService service;

  public RecordArrivalDelegate(ServiceEventService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.event(execution).moveTo(EventStatus.ATTENDED);
  }
}
