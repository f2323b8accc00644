package br.com.atende.serviceevent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CloseNoShow: nobody rescheduled the missed appointment in time, so it leaves the agenda. */
@Component
public class CloseNoShowDelegate implements JavaDelegate {

  private final ServiceEventService service;

  public CloseNoShowDelegate(ServiceEventService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.event(execution).moveTo(EventStatus.NOT_RESCHEDULED);
  }
}
