package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_AGENT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_TASK;

import br.com.atende.common.TaskActor;
import br.com.atende.proposal.SituationMoves;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of AttendLead and CallBack. Nothing from the browser is trusted: the completion
 * is validated here, on the server, whether it came from Tasklist, /engine-rest or Java; a refusal
 * rolls the completion back and the task stays open, unchanged. It also notes who finished the
 * attempt, for the lead's history.
 */
@Component
public class AttendanceCompletionListener implements TaskListener {

  private final CallbackWindow callbackWindow;
  private final SituationMoves situationMoves;

  public AttendanceCompletionListener(CallbackWindow callbackWindow, SituationMoves situationMoves) {
    this.callbackWindow = callbackWindow;
    this.situationMoves = situationMoves;
  }

  @Override
  public void notify(DelegateTask task) {
    AttendanceCompletion.from(task).validate(callbackWindow, situationMoves);
    ATTEMPT_AGENT.set(task.getExecution(), TaskActor.id(task));
    ATTEMPT_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
  }
}
