package br.com.atende.support;

import br.com.atende.common.BpmnId;
import br.com.atende.security.AtendeUser;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every process test needs, in one place: camunda-bpm-assert bound to the application's
 * engine, the engine clock on Monday 10:00 in São Paulo (so a test passes at 03:00 and on a Sunday)
 * and reset afterwards, and work done as a user with their groups, as Tasklist does it. Register it
 * in a {@link MariaDbIntegrationTest} as
 * {@code @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();}
 */
public final class ProcessEngineExtension implements BeforeEachCallback, AfterEachCallback {

  private ProcessEngine engine;

  @Override
  public void beforeEach(ExtensionContext context) {
    engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    BpmnAwareTests.init(engine);
    Fixtures.setClock(Fixtures.MONDAY_10AM);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    engine.getIdentityService().clearAuthentication();
    Fixtures.resetClock();
  }

  /** Moves the engine clock to this São Paulo time. */
  public void clock(LocalDateTime saoPaulo) {
    Fixtures.setClock(saoPaulo);
  }

  /** The user with the groups the engine knows them by, as the API sees them after login. */
  public AtendeUser user(String id) {
    return new AtendeUser(id, Set.copyOf(groups(id)));
  }

  /** Completes the task as {@code user}, with the groups the engine knows them by, as Tasklist would. */
  public void completeAs(String user, String taskId, Map<String, ?> variables) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groups(user));
    try {
      engine.getTaskService().complete(taskId, new HashMap<>(variables));
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> groups(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  /** The open task of this instance (by business key) waiting in that user task, or null. */
  public Task task(String businessKey, BpmnId userTask) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(userTask.id()).singleResult();
  }

  /** The ids of these elements, for camunda-bpm-assert's isWaitingAt, hasPassed... */
  public static String[] ids(BpmnId... elements) {
    return List.of(elements).stream().map(BpmnId::id).toArray(String[]::new);
  }
}
