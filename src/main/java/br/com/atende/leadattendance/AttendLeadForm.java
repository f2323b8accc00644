package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_AGENT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_TASK;
import static br.com.atende.leadattendance.LeadAttendanceProcess.CALLBACK_AGENT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.CALLBACK_SLOT_OPTIONS;
import static br.com.atende.leadattendance.LeadAttendanceProcess.CLIENT_HISTORY;

import br.com.atende.common.TaskActor;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.leadattendance.LeadAttendanceProcess.UserTask;
import br.com.atende.proposal.SituationMoves;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * attend-lead.form, the form of AttendLead and CallBack. The lead's data comes with the lead when
 * it is pulled (AttendanceService); at creation the task gets the client's history (read then, so a
 * callback shows what happened since it was booked) and the free callback slots of its agent for
 * the picker (both task-local, so they go with the task), and a CallBack whose owner is away goes
 * to the store. Nothing from the browser is trusted: the completion is validated here, whether it
 * came from Tasklist, /engine-rest or Java, with the callback window in the lead's own clock. It
 * also notes who finished the attempt, for the lead's history, and who holds the next callback.
 */
@Component
public class AttendLeadForm implements UserTaskForm {

  private final CallbackWindow callbackWindow;
  private final SituationMoves situationMoves;
  private final LeadRepository leads;
  private final CallbackSlots slots;
  private final CallbackHandovers handovers;
  private final ClientHistory history;

  public AttendLeadForm(CallbackWindow callbackWindow, SituationMoves situationMoves, LeadRepository leads,
      CallbackSlots slots, CallbackHandovers handovers, ClientHistory history) {
    this.callbackWindow = callbackWindow;
    this.situationMoves = situationMoves;
    this.leads = leads;
    this.slots = slots;
    this.handovers = handovers;
    this.history = history;
  }

  /** Local to the task: they go with it, and no completion may write them (the contract accepts neither). */
  @Override
  public void load(DelegateTask task) {
    Lead lead = lead(task);
    task.setVariableLocal(CLIENT_HISTORY.name(), history.markdown(lead.getId()));
    if (UserTask.CallBack.id().equals(task.getTaskDefinitionKey())) {
      handovers.atCreation(task, lead);
    }
    if (task.getAssignee() != null) {
      CALLBACK_SLOT_OPTIONS.setLocal(task, slots.formOptions(lead, task.getAssignee()));
    }
  }

  @Override
  public void assigned(DelegateTask task) {
    if (!UserTask.CallBack.id().equals(task.getTaskDefinitionKey())) {
      return;
    }
    Lead lead = lead(task);
    // A colleague who takes a handed-over callback gets their own free slots.
    if (handovers.claimed(task, lead)) {
      CALLBACK_SLOT_OPTIONS.setLocal(task, slots.formOptions(lead, task.getAssignee()));
    }
  }

  @Override
  public void validate(DelegateTask task) {
    AttendanceCompletion.from(task).validate(callbackWindow, situationMoves, lead(task).getPhone());
    String actor = TaskActor.id(task);
    ATTEMPT_AGENT.set(task.getExecution(), actor);
    ATTEMPT_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
    // Whoever finishes this attempt holds the callback it may book.
    CALLBACK_AGENT.set(task.getExecution(), actor);
  }

  private Lead lead(DelegateTask task) {
    return leads.findById(Long.valueOf(task.getExecution().getProcessBusinessKey())).orElseThrow();
  }
}
