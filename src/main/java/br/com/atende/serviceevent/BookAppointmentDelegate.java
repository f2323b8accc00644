package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.BusinessTime;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BookAppointment ("Agenda", and "Remarcar" again): books the day and time and sets when LeadZap
 * confirms it and when it becomes a no-show, from the inputs on this task in the BPMN.
 */
@Component
public class BookAppointmentDelegate implements JavaDelegate {

  private final ServiceEventService service;

  public BookAppointmentDelegate(ServiceEventService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceEvent event = service.event(execution);
    Instant at = BusinessTime.toInstant(BusinessTime.parseLocal(APPOINTMENT_AT.from(execution)).orElseThrow());
    String technician = TECHNICIAN.from(execution);
    event.book(at, technician == null || technician.isBlank() ? event.getTechnician() : technician.trim());
    // Booked closer than the lead time: the reminder goes a minute from now instead.
    Instant confirmation = at.minus(Duration.ofHours(CONFIRMATION_LEAD_HOURS.from(execution)));
    Instant soonest = BusinessTime.now().plus(Duration.ofMinutes(1));
    CONFIRMATION_AT.set(execution, BusinessTime.toDate(confirmation.isBefore(soonest) ? soonest : confirmation));
    NO_SHOW_AT.set(execution, BusinessTime.toDate(at.plus(Duration.ofMinutes(NO_SHOW_GRACE_MINUTES.from(execution)))));
    COMPLETION_INPUTS.forEach(variable -> variable.remove(execution));
  }
}
