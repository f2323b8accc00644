package br.com.atende.common;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a BPMN promises the outside world: for each of its user tasks, the variables a completion
 * may carry. Anything else sent on complete, submit-form or resolve is refused, so a completion can
 * never write who or what a task is about (the lead, the proposal, the seller...). Each process
 * contributes one as a Spring bean, built from its contract class's UserTask enum.
 */
public abstract class ProcessContract {

  /** A user task of the diagram, with the completion variables it accepts. */
  public interface Task extends BpmnId {

    Set<String> accepts();
  }

  private final String processKey;
  private final Map<String, Set<String>> completionVariables;

  protected ProcessContract(String processKey, Task... tasks) {
    this.processKey = processKey;
    this.completionVariables = Stream.of(tasks).collect(Collectors.toUnmodifiableMap(Task::id, Task::accepts));
  }

  public String processKey() {
    return processKey;
  }

  /** Task id → the completion variables it accepts; a task missing here accepts none. */
  public Map<String, Set<String>> completionVariables() {
    return completionVariables;
  }

  /**
   * Variables the server sets only for a form to show, copies of what our tables keep (names,
   * offers, the client's history...): the runtime has them for the form and Cockpit, the history
   * does not keep them. None by default.
   */
  public Set<String> displayCopies() {
    return Set.of();
  }
}
