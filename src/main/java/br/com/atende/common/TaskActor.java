package br.com.atende.common;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who acts on a task inside its listeners: the engine's authenticated user, else its assignee. */
public final class TaskActor {

  private TaskActor() {}

  /**
   * The user completing or claiming: authenticated in Tasklist and on /engine-rest; Java callers
   * that set no authentication act as the task's assignee.
   */
  public static String id(DelegateTask task) {
    var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
  }

  /** Whether the authenticated user is in one of these groups; code run with no authentication is trusted. */
  public static boolean isInAnyOf(DelegateTask task, String... groups) {
    var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current == null) {
      return true;
    }
    if (current.getGroupIds() == null) {
      return false;
    }
    for (String group : groups) {
      if (current.getGroupIds().contains(group)) {
        return true;
      }
    }
    return false;
  }
}
