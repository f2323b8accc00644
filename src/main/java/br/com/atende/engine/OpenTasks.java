package br.com.atende.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one adapter for "the open task of these instances", which the agent's lists, the proposal
 * search and the dealer agenda show: controllers get plain records and never see the engine.
 */
@Component
public class OpenTasks {

  public record OpenTask(String id, String name, String taskKey, String assignee, String processInstanceId) {

    public static OpenTask of(Task task) {
      return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
          task.getProcessInstanceId());
    }
  }

  private final TaskService taskService;

  public OpenTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  /** Each instance's open task (the first, where an instance has several). */
  public Map<String, OpenTask> byInstance(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    return index(taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list());
  }

  public Optional<OpenTask> ofInstance(String processInstanceId) {
    return processInstanceId == null ? Optional.empty()
        : Optional.ofNullable(byInstance(List.of(processInstanceId)).get(processInstanceId));
  }

  /** A user's open tasks of one process, by instance. */
  public Map<String, OpenTask> assignedTo(String user, String processKey) {
    return index(taskService.createTaskQuery().taskAssignee(user).processDefinitionKey(processKey).list());
  }

  private static Map<String, OpenTask> index(List<Task> tasks) {
    return tasks.stream().map(OpenTask::of)
        .collect(Collectors.toMap(OpenTask::processInstanceId, Function.identity(), (first, other) -> first));
  }
}
