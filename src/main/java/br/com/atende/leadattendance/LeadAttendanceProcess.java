package br.com.atende.leadattendance;

import br.com.atende.common.BpmnId;
import br.com.atende.common.JsonVariable;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ids, messages and variables of bpmn/lead-attendance/lead-attendance.bpmn (DESIGN contract). */
public final class LeadAttendanceProcess {

  public static final String KEY = "lead-attendance";

  /** Its user tasks, each with the completion variables it accepts (the trust boundary's whitelist). */
  public enum UserTask implements ProcessContract.Task {
    AttendLead, CallBack;

    /** AttendLead and CallBack share the form, so they accept the same inputs. */
    @Override
    public Set<String> accepts() {
      return ACCEPTED_COMPLETION;
    }
  }

  /** The other elements code and tests name: where an instance waits, what it passes. */
  public enum Element implements BpmnId {
    WaitInQueue, CloseLead, CreateProposal, RequeueLead, Gateway_CallbackEvents,
    /** A callback cancelled while it waits for its time. */
    Event_CallbackCancelled,
    /** A callback cancelled or rescheduled once its CallBack task is open. */
    Event_CallBackCancelled, Event_CallBackRescheduled,
    /** "Atender agora" in the agenda: the CallBack task opens before its reminder. */
    Event_CallbackTakenNow,
    /** A callback that came due for an opted-out number, and where it ends. */
    CloseOptedOutCallback, EndEvent_CallbackOptedOut,
    /** The CallBack task not done in time, and its hand-over to the store. */
    Timer_CallBackUnattended, OfferCallBackToStore
  }

  public enum Message implements BpmnId {
    LeadPulled, CallbackRescheduled, CallbackCancelled, CampaignClosed,
    /** "Atender agora": the agent opens a booked callback now (issue 16 item 2). */
    CallbackTakenNow
  }

  // Set when the lead is pulled; the form shows them read-only. Code takes the lead from the business key.
  public static final ProcessVariable<String> CAMPAIGN_CODE = ProcessVariable.of("campaignCode", String.class);
  public static final ProcessVariable<String> AGENT = ProcessVariable.of("agent", String.class);
  public static final ProcessVariable<String> LEAD_NAME = ProcessVariable.of("leadName", String.class);
  public static final ProcessVariable<String> LEAD_PHONE = ProcessVariable.of("leadPhone", String.class);
  public static final ProcessVariable<String> LEAD_PHONE2 = ProcessVariable.of("leadPhone2", String.class);
  public static final ProcessVariable<String> LEAD_ADDRESS = ProcessVariable.of("leadAddress", String.class);
  public static final ProcessVariable<String> CAMPAIGN_NAME = ProcessVariable.of("campaignName", String.class);
  public static final ProcessVariable<String> STORE_NAME = ProcessVariable.of("storeName", String.class);
  public static final ProcessVariable<String> OFFER = ProcessVariable.of("offer", String.class);
  public static final ProcessVariable<String> MATERIALS_URL = ProcessVariable.of("materialsUrl", String.class);
  /** The campaign's script as the agent edits it (the conversation field starts with it). */
  public static final ProcessVariable<String> SCRIPT = ProcessVariable.of("script", String.class);
  /** The same script escaped for the form's markdown "Roteiro". */
  public static final ProcessVariable<String> SCRIPT_SHOWN = ProcessVariable.of("scriptShown", String.class);
  /** JSON [{label, value}] for the form's action type select; absent when the campaign has none. */
  public static final JsonVariable ACTION_TYPE_OPTIONS = JsonVariable.named("actionTypeOptions");
  /** JSON {code: script}, so the form shows the chosen action type's script. */
  public static final JsonVariable ACTION_SCRIPTS = JsonVariable.named("actionScripts");
  /**
   * Seed 001's "histórico das ações": the client's earlier attempts (this lead and the leads with
   * the same phone or CPF/CNPJ in any campaign), escaped markdown set on the task when it is created.
   */
  public static final ProcessVariable<String> CLIENT_HISTORY = ProcessVariable.of("clientHistory", String.class);

  // What the agent submits when completing AttendLead or CallBack.
  public static final ProcessVariable<String> ACTION_TYPE = ProcessVariable.of("actionType", String.class);
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);
  public static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);
  public static final ProcessVariable<String> OBSERVATION = ProcessVariable.of("observation", String.class);
  /**
   * The same Observações when the outcome requires one: form-js 16 takes "required" only as true or
   * false, so the form shows this required field instead of OBSERVATION for those outcomes, and the
   * attempt stores whichever was sent ({@link AttendanceCompletion}).
   */
  public static final ProcessVariable<String> REQUIRED_OBSERVATION =
      ProcessVariable.of("requiredObservation", String.class);
  public static final ProcessVariable<String> CALLBACK_AT = ProcessVariable.of("callbackAt", String.class);
  /** The free slot chosen in the form's picker ("yyyy-MM-ddTHH:mm", São Paulo), instead of a typed callbackAt. */
  public static final ProcessVariable<String> CALLBACK_SLOT = ProcessVariable.of("callbackSlot", String.class);
  public static final ProcessVariable<String> SALE_DESCRIPTION = ProcessVariable.of("saleDescription", String.class);
  public static final ProcessVariable<String> CONVERSATION = ProcessVariable.of("conversation", String.class);
  /** With CONTRACTED: the "Situação do pedido" the proposal starts in (PENDING_AUDIT when absent). */
  public static final ProcessVariable<String> SITUATION = ProcessVariable.of("situation", String.class);
  /**
   * With INCONSISTENT: the form's "Confirmo que o cliente não voltará para a fila" (seed 000's
   * "deseja realmente encerrar?"). Tasklist requires it; an integrator that omits it confirms by
   * calling, one that sends false is refused. Read as text: the form sends a boolean, REST a string.
   */
  public static final ProcessVariable<String> INCONSISTENT_CONFIRMED =
      ProcessVariable.of("inconsistentConfirmed", String.class);
  /** Cleared once recorded, so the next task's form starts empty. */
  public static final List<ProcessVariable<String>> COMPLETION_INPUTS = List.of(ACTION_TYPE, OUTCOME, REASON,
      OBSERVATION, REQUIRED_OBSERVATION, CALLBACK_AT, CALLBACK_SLOT, SALE_DESCRIPTION, CONVERSATION, SITUATION,
      INCONSISTENT_CONFIRMED);

  /** What AttendLead and CallBack accept from a completion: the form's inputs, nothing else. */
  public static final Set<String> ACCEPTED_COMPLETION =
      COMPLETION_INPUTS.stream().map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

  // Kept by the process between steps.
  public static final ProcessVariable<String> ATTEMPT_AGENT = ProcessVariable.of("attemptAgent", String.class);
  public static final ProcessVariable<String> ATTEMPT_TASK = ProcessVariable.of("attemptTask", String.class);
  public static final ProcessVariable<String> LAST_OUTCOME = ProcessVariable.of("lastOutcome", String.class);
  public static final ProcessVariable<Integer> NO_ANSWER_COUNT = ProcessVariable.of("noAnswerCount", Integer.class);
  public static final ProcessVariable<Boolean> HAS_CALLBACK = ProcessVariable.of("hasCallback", Boolean.class);
  public static final ProcessVariable<Date> CALLBACK_DUE_AT = ProcessVariable.of("callbackDueAt", Date.class);
  public static final ProcessVariable<Date> CALLBACK_REMINDER_AT = ProcessVariable.of("callbackReminderAt", Date.class);
  public static final ProcessVariable<Integer> REMINDER_MINUTES = ProcessVariable.of("reminderMinutes", Integer.class);
  /** ScheduleCallback's input: how long after its time an undone CallBack waits for its owner. */
  public static final ProcessVariable<Integer> OFFER_TO_STORE_AFTER_MINUTES =
      ProcessVariable.of("offerToStoreAfterMinutes", Integer.class);
  /** When Timer_CallBackUnattended offers the CallBack task to the store's agents. */
  public static final ProcessVariable<Date> CALLBACK_OFFER_AT = ProcessVariable.of("callbackOfferAt", Date.class);
  /** Set when a callback comes due: the ledger blocks calls to the lead's phone. */
  public static final ProcessVariable<Boolean> CALLBACK_OPTED_OUT = ProcessVariable.of("callbackOptedOut", Boolean.class);
  /** JSON [{label, value}] of free slots for the form's picker, set on the task when it is created. */
  public static final JsonVariable CALLBACK_SLOT_OPTIONS = JsonVariable.named("callbackSlotOptions");
  public static final ProcessVariable<String> CALLBACK_AGENT = ProcessVariable.of("callbackAgent", String.class);
  public static final ProcessVariable<String> LEAD_STATUS = ProcessVariable.of("leadStatus", String.class);
  /** The situation a sale's proposal starts in, kept from the completion for CreateProposal. */
  public static final ProcessVariable<String> SALE_SITUATION = ProcessVariable.of("saleSituation", String.class);
  /** Set by CreateProposal: the business key of the sale's `proposal` instance. */
  public static final ProcessVariable<String> PROPOSAL_CODE = ProcessVariable.of("proposalCode", String.class);

  private LeadAttendanceProcess() {}

  /**
   * What the pull and the task's creation set for attend-lead.form to show, copied from our tables
   * (leads, campaigns, stores, lead_attempts, the agent's callbacks): kept out of the history.
   */
  public static final Set<String> DISPLAY_COPIES = Set.of(LEAD_NAME.name(), LEAD_PHONE.name(), LEAD_PHONE2.name(),
      LEAD_ADDRESS.name(), CAMPAIGN_NAME.name(), STORE_NAME.name(), OFFER.name(), MATERIALS_URL.name(), SCRIPT.name(),
      SCRIPT_SHOWN.name(), ACTION_TYPE_OPTIONS.name(), ACTION_SCRIPTS.name(), CLIENT_HISTORY.name(),
      CALLBACK_SLOT_OPTIONS.name());

  /** The lead an instance is about: its business key, never a variable a completion could write. */
  public static Long leadId(DelegateExecution execution) {
    return Long.valueOf(execution.getProcessBusinessKey());
  }

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }

    @Override
    public Set<String> displayCopies() {
      return DISPLAY_COPIES;
    }
  }
}
