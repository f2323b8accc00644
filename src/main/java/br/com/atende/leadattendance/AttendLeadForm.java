package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_AGENT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_TASK;

import br.com.atende.common.TaskActor;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.proposal.SituationMoves;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * attend-lead.form, the form of AttendLead and CallBack. Its data comes with the lead when it is
 * pulled (AttendanceService), so there is nothing to load at creation. Nothing from the browser is
 * trusted: the completion is validated here, whether it came from Tasklist, /engine-rest or Java.
 * It also notes who finished the attempt, for the lead's history.
 */
@Component
public class AttendLeadForm implements UserTaskForm {

  private final CallbackWindow callbackWindow;
  private final SituationMoves situationMoves;

  public AttendLeadForm(CallbackWindow callbackWindow, SituationMoves situationMoves) {
    this.callbackWindow = callbackWindow;
    this.situationMoves = situationMoves;
  }

  @Override
  public void validate(DelegateTask task) {
    AttendanceCompletion.from(task).validate(callbackWindow, situationMoves);
    ATTEMPT_AGENT.set(task.getExecution(), TaskActor.id(task));
    ATTEMPT_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
  }
}
