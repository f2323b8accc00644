package br.com.atende.engine;

import br.com.atende.common.BpmnId;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A process's one task listener (create, assignment, complete in its BPMN): hands each event to
 * the form of the task it is about.
 */
public abstract class UserTaskFormListener implements TaskListener {

  private final Map<String, UserTaskForm> forms;

  protected UserTaskFormListener(Map<? extends BpmnId, ? extends UserTaskForm> forms) {
    this.forms = forms.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().id(), Map.Entry::getValue));
  }

  @Override
  public final void notify(DelegateTask task) {
    UserTaskForm form = forms.get(task.getTaskDefinitionKey());
    if (form == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " has no form for " + task.getTaskDefinitionKey());
    }
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> form.load(task);
      case EVENTNAME_ASSIGNMENT -> form.assigned(task);
      case EVENTNAME_COMPLETE -> form.validate(task);
      default -> { }
    }
  }
}
