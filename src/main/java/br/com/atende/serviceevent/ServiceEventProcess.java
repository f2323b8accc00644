package br.com.atende.serviceevent;

import br.com.atende.common.BpmnId;
import br.com.atende.common.JsonVariable;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Ids, messages and variables of bpmn/service-event/service-event.bpmn (DESIGN contract). */
public final class ServiceEventProcess {

  public static final String KEY = "service-event";
  /** The external tasks' topic: LeadZap's dispatches. */
  public static final String TOPIC_LEADZAP = "leadzap-dispatch";

  /** Its user tasks, each with what its form submits (the trust boundary's whitelist). */
  public enum UserTask implements ProcessContract.Task {
    /** The Ficha de agendamento. */
    EventContact(EVENT_ACTION, APPOINTMENT_AT, TECHNICIAN, LOSS_REASON, LOSE_FUTURE_CYCLE_EVENTS, OBSERVATION),
    ConfirmAppointment(EVENT_ACTION, APPOINTMENT_AT, TECHNICIAN, OBSERVATION);

    private final Set<String> accepts;

    UserTask(ProcessVariable<?>... accepts) {
      this.accepts = Stream.of(accepts).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> accepts() {
      return accepts;
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    DispatchScheduled, DispatchNoShow, DispatchResend, Gateway_Rescheduled, Timer_Confirmation,
    Event_ConfirmedByClient, RecordConfirmation, WaitArrival, RecordArrival, Timer_NoShow,
    Timer_NoShowBeforeConfirmation, RecordNoShow, EndEvent_Success, EndEvent_Lost, EndEvent_LostWithOthers,
    EndEvent_Attended, EndEvent_NoShow, EndEvent_ScheduledSkipped, EndEvent_ConfirmationSkipped,
    /** Remarcar: from a confirmed appointment (boundary of WaitArrival) and after a no-show (WaitReschedule). */
    Event_RescheduleConfirmed, WaitReschedule, Timer_RescheduleExpired, CloseNoShow, BookAppointment
  }

  public enum Message implements BpmnId {
    AppointmentConfirmed, ClientArrived, ServiceEventLost, LeadZapResend,
    /** Remarcar after a confirmation or a no-show; carries {@link #RESCHEDULE_INPUTS}. */
    AppointmentRescheduled
  }

  // Kept for the whole instance. The event itself is the business key; this copy is for Tasklist and the forms.
  public static final ProcessVariable<String> EVENT_CODE = ProcessVariable.of("eventCode", String.class);
  /** JSON [{kind, label, dot, status, message, sentAt}]: the LeadZap control of the forms. */
  public static final JsonVariable DISPATCHES = JsonVariable.named("dispatches");
  public static final ProcessVariable<Date> CONFIRMATION_AT = ProcessVariable.of("confirmationAt", Date.class);
  public static final ProcessVariable<Date> NO_SHOW_AT = ProcessVariable.of("noShowAt", Date.class);
  /** Inputs of BookAppointment in the BPMN: how long before the appointment LeadZap confirms it, and the grace before a no-show. */
  public static final ProcessVariable<Integer> CONFIRMATION_LEAD_HOURS =
      ProcessVariable.of("confirmationLeadHours", Integer.class);
  public static final ProcessVariable<Integer> NO_SHOW_GRACE_MINUTES = ProcessVariable.of("noShowGraceMinutes", Integer.class);

  // Loaded when a task is created, for its form.
  public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("eventSummary", String.class);
  /** The next user task's assignee, written from our tables by eventFactsListener just before it is created. */
  public static final ProcessVariable<String> RESPONSIBLE = ProcessVariable.of("responsible", String.class);
  /** LGPD "Não quer WhatsApp": the client's flag, copied by eventFactsListener where a gateway or the form reads it. */
  public static final ProcessVariable<Boolean> NO_WHATSAPP = ProcessVariable.of("noWhatsapp", Boolean.class);
  public static final ProcessVariable<Boolean> AGENDA_ENABLED = ProcessVariable.of("agendaEnabled", Boolean.class);
  public static final ProcessVariable<String> AGENDA_REASON = ProcessVariable.of("agendaReason", String.class);
  public static final JsonVariable ACTION_OPTIONS = JsonVariable.named("actionOptions");
  public static final JsonVariable LOSS_REASON_OPTIONS = JsonVariable.named("lossReasonOptions");

  // What the agent submits (DESIGN: eventAction, lossReason, loseFutureCycleEvents, appointmentAt).
  public static final ProcessVariable<String> EVENT_ACTION = ProcessVariable.of("eventAction", String.class);
  public static final ProcessVariable<String> LOSS_REASON = ProcessVariable.of("lossReason", String.class);
  public static final ProcessVariable<Boolean> LOSE_FUTURE_CYCLE_EVENTS =
      ProcessVariable.of("loseFutureCycleEvents", Boolean.class);
  public static final ProcessVariable<String> APPOINTMENT_AT = ProcessVariable.of("appointmentAt", String.class);
  public static final ProcessVariable<String> TECHNICIAN = ProcessVariable.of("technician", String.class);
  public static final ProcessVariable<String> OBSERVATION = ProcessVariable.of("observation", String.class);
  /** Set by the complete listener: who acted, for the record. */
  public static final ProcessVariable<String> ACTED_BY = ProcessVariable.of("actedBy", String.class);

  // A dispatch: the external task's kind (input) and its row, set by the start listener.
  public static final ProcessVariable<String> KIND = ProcessVariable.of("kind", String.class);
  public static final ProcessVariable<Long> DISPATCH_ID = ProcessVariable.of("dispatchId", Long.class);

  /** What message AppointmentRescheduled may carry: the new time and technician, checked by the service first. */
  public static final List<ProcessVariable<?>> RESCHEDULE_INPUTS = List.of(EVENT_ACTION, APPOINTMENT_AT, TECHNICIAN);

  public static final List<ProcessVariable<?>> COMPLETION_INPUTS =
      List.of(LOSS_REASON, LOSE_FUTURE_CYCLE_EVENTS, OBSERVATION, TECHNICIAN);

  private ServiceEventProcess() {}

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
