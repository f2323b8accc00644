package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_AGENT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_TASK;
import static br.com.atende.leadattendance.LeadAttendanceProcess.CLIENT_HISTORY;

import br.com.atende.common.TaskActor;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.proposal.SituationMoves;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * attend-lead.form, the form of AttendLead and CallBack. Its data comes with the lead when it is
 * pulled (AttendanceService); the client's history is read when the task is created, so a callback
 * shows what happened since it was booked. Nothing from the browser is
 * trusted: the completion is validated here, whether it came from Tasklist, /engine-rest or Java.
 * It also notes who finished the attempt, for the lead's history.
 */
@Component
public class AttendLeadForm implements UserTaskForm {

  private final CallbackWindow callbackWindow;
  private final SituationMoves situationMoves;
  private final ClientHistory history;

  AttendLeadForm(CallbackWindow callbackWindow, SituationMoves situationMoves, ClientHistory history) {
    this.callbackWindow = callbackWindow;
    this.situationMoves = situationMoves;
    this.history = history;
  }

  /** Local to the task: it goes with it, and no completion may write it (the contract accepts none). */
  @Override
  public void load(DelegateTask task) {
    task.setVariableLocal(CLIENT_HISTORY.name(),
        history.markdown(LeadAttendanceProcess.leadId(task.getExecution())));
  }

  @Override
  public void validate(DelegateTask task) {
    AttendanceCompletion.from(task).validate(callbackWindow, situationMoves);
    ATTEMPT_AGENT.set(task.getExecution(), TaskActor.id(task));
    ATTEMPT_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
  }
}
