package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.client.VehicleRepository;
import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** confirm-appointment.form, of ConfirmAppointment: confirm the booking, or move it to another time. */
@Component
public class ConfirmAppointmentForm extends ServiceEventForm {

  public ConfirmAppointmentForm(ServiceEventService service, EventTypeRepository eventTypes,
      VehicleRepository vehicles, EventAccess access) {
    super(service, eventTypes, vehicles, access);
  }

  /** The summary says it all. */
  @Override
  void load(DelegateTask task, ServiceEvent event, EventType type) {}

  @Override
  void check(DelegateTask task, ServiceEvent event, EventType type) {
    EventAction action = Codes.parse(EventAction.class, EVENT_ACTION.from(task));
    if (action != EventAction.CONFIRM && action != EventAction.RESCHEDULE) {
      throw UserFacingException.badRequest("Escolha Confirmar ou Remarcar.");
    }
    if (action == EventAction.RESCHEDULE) {
      requireAppointment(task, event.getAppointmentAt());
    }
  }
}
