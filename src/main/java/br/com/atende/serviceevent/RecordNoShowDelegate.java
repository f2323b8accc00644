package br.com.atende.serviceevent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordNoShow: the appointment passed and the client's arrival was not registered. */
@Component
public class RecordNoShowDelegate implements JavaDelegate {

  private final ServiceEventService service;

  public RecordNoShowDelegate(ServiceEventService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.event(execution).moveTo(EventStatus.NO_SHOW);
  }
}
