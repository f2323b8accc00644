package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.NO_WHATSAPP;
import static br.com.atende.serviceevent.ServiceEventProcess.RESPONSIBLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the user tasks and the "Quer WhatsApp?" gateways: copies the event's responsible
 * (the task's assignee; a team event gets its candidates in the task's create listener) and the client's opt-out from our tables into the variables the next element reads, at the moment
 * it reads them. Expressions in a model may only read variables (ModelSafety), and whatever a
 * variable held before (a completion cannot write these) is overwritten here.
 */
@Component
public class EventFactsListener implements ExecutionListener {

  private final EventAccess access;
  private final ServiceEventService service;

  public EventFactsListener(EventAccess access, ServiceEventService service) {
    this.access = access;
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RESPONSIBLE.set(execution, access.assignee(execution));
    NO_WHATSAPP.set(execution, !service.wantsWhatsapp(execution));
  }
}
