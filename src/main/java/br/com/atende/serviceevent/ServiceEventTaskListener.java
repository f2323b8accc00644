package br.com.atende.serviceevent;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.serviceevent.ServiceEventProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * service-event.bpmn's task listener: the Ficha and the confirmation, each its own form.
 * EventFactsListener, the tasks' start listener, has copied the responsible and the opt-out from
 * our tables just before.
 */
@Component
public class ServiceEventTaskListener extends UserTaskFormListener {

  public ServiceEventTaskListener(EventContactForm contact, ConfirmAppointmentForm confirmation) {
    super(Map.of(UserTask.EventContact, contact, UserTask.ConfirmAppointment, confirmation));
  }
}
