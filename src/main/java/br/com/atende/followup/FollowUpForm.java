package br.com.atende.followup;

import static br.com.atende.followup.FollowUpProcess.*;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.TaskActor;
import br.com.atende.engine.UserTaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the two forms of a follow-up share: on create, the row's facts for the form and the task due
 * at the end of the deadline; on complete, the form's check of who acts and what they chose, then who
 * acted for the recording delegate. The row comes from the business key, never from a variable.
 */
abstract class FollowUpForm implements UserTaskForm {

  final FollowUpService service;

  FollowUpForm(FollowUpService service) {
    this.service = service;
  }

  /** This form's own part of the creation, after the facts. */
  void load(DelegateTask task, FollowUp followUp) {}

  /** This form's check of the completion by {@code actor}; a refusal leaves the task open, unchanged. */
  abstract void check(DelegateTask task, FollowUp followUp, String actor);

  @Override
  public final void load(DelegateTask task) {
    FollowUp followUp = followUp(task);
    task.getExecution().setVariables(service.facts(followUp));
    load(task, followUp);
    task.setDueDate(BusinessTime.toDate(followUp.expiresAt()));
  }

  @Override
  public final void validate(DelegateTask task) {
    String actor = TaskActor.id(task);
    check(task, followUp(task), actor);
    ACTED_BY.set(task.getExecution(), actor);
  }

  final FollowUp followUp(DelegateTask task) {
    return service.byCode(code(task.getExecution()));
  }
}
