package br.com.atende.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * What a feature needs of the engine at start-up, declared beside its process: the grants its
 * users need and its Tasklist filters. {@link IdentityBootstrap} runs every contribution on each
 * start and keeps the engine equal to what is declared, so the engine setup knows no feature.
 */
public interface EngineSetup {

  void declare(Declarations declarations);

  interface Declarations {

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions);

    TaskQuery taskQuery();

    /** A Tasklist filter, kept as declared, that the given groups may read; answers its id. */
    String filter(String name, int priority, String description, TaskQuery query, List<Map<String, String>> columns,
        String... readers);
  }
}
