package br.com.atende.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The one shape of a user task's server side: {@link #load} fills the form's data when the task is
 * created (from our tables, never from what a completion sent), {@link #validate} parses and checks
 * a completion, whatever the client (Tasklist, /engine-rest, Java). A refusal is a
 * {@code UserFacingException}, never a BpmnError: it rolls the completion back and the task stays
 * open, unchanged. Each process has one {@link UserTaskFormListener} that calls these by task id.
 */
public interface UserTaskForm {

  default void load(DelegateTask task) {}

  /** A claim, an unclaim or any other change of assignee: refuse it if it must not happen. */
  default void assigned(DelegateTask task) {}

  void validate(DelegateTask task);
}
