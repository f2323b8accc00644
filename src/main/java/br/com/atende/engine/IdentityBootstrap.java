package br.com.atende.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import br.com.atende.security.Roles;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start (idempotent): the role groups and their applications here, then what each
 * process contributes ({@link EngineSetup}: its grants and Tasklist filters), each brought back to
 * what is declared if it was changed. Users are not created here: outside the demo profile the first admin comes from
 * configuration (camunda.bpm.admin-user) and creates the others in Admin.
 */
@Component
public class IdentityBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private static final Map<String, String> ROLE_GROUPS = Map.of(
      Roles.AGENTS, "Consultores",
      Roles.SUPERVISORS, "Supervisores",
      Roles.AUDITORS, "Auditoria",
      Roles.MAINTENANCE, "Manutenção",
      Roles.PROCESS_OWNERS, "BI e processos",
      Roles.SALES, "Comercial",
      Roles.SUPPORT, "Suporte",
      Roles.CENTRAL, "Central de cadastros");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final List<EngineSetup> contributions;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, List<EngineSetup> contributions) {
    this.contributions = contributions;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void bootstrap() {
    ROLE_GROUPS.forEach(this::ensureGroup);
    Grants grants = new Grants();
    declare(grants);
    grants.apply();
  }

  private void declare(Grants grants) {

    // Agents work in Tasklist only; the engine itself grants each assignee its own tasks.
    grants.add(Roles.AGENTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    // Supervisors follow everything in Cockpit, read-only.
    grants.add(Roles.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.add(Roles.SUPERVISORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantReadAll(grants, Roles.SUPERVISORS);

    // Process owners deploy BPMN/DMN (Camunda Modeler → /engine-rest) and watch the result in Cockpit.
    // Not DELETE: a cascading delete removes running instances, and a wrong model is fixed by deploying
    // the next version. Not UPDATE_INSTANCE: that would let them edit any instance's variables.
    grants.add(Roles.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.add(Roles.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grantReadAll(grants, Roles.PROCESS_OWNERS);

    grants.add(Roles.AUDITORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.add(Roles.MAINTENANCE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Seed 002's teams work their follow-ups and inbound contacts in Tasklist.
    grants.add(Roles.SALES, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.add(Roles.SUPPORT, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.add(Roles.CENTRAL, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    // What each process needs of the engine, declared beside it.
    Setup setup = new Setup(grants);
    contributions.forEach(contribution -> contribution.declare(setup));
  }

  private void grantReadAll(Grants grants, String group) {
    grants.add(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
    grants.add(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grants.add(group, Resources.TASK, ANY, Permissions.READ);
    grants.add(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.add(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.add(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.add(group, Resources.USER, ANY, Permissions.READ);
    grants.add(group, Resources.GROUP, ANY, Permissions.READ);
  }

  private void ensureGroup(String id, String name) {
    tolerateRace("group " + id, () -> {
      if (identityService.createGroupQuery().groupId(id).count() == 0) {
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        LOG.info("Created group {}", id);
      }
    });
  }

  /** One grant to a group on one resource, as the unique key of ACT_RU_AUTHORIZATION has it. */
  private record GrantKey(String groupId, Resource resource, String resourceId) {}

  /**
   * The declared grants of one run, merged per key (two lines may grant the same resource), then
   * written so that each stored grant holds exactly the declared permissions.
   */
  private final class Grants {

    private final Map<GrantKey, Set<Permission>> declared = new LinkedHashMap<>();

    void add(String groupId, Resource resource, String resourceId, Permission... permissions) {
      declared.computeIfAbsent(new GrantKey(groupId, resource, resourceId), key -> new LinkedHashSet<>())
          .addAll(List.of(permissions));
    }

    void apply() {
      declared.forEach((key, permissions) -> tolerateRace("grant " + key, () -> write(key, permissions)));
    }

    private void write(GrantKey key, Set<Permission> permissions) {
      Authorization stored = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(key.groupId()).resourceType(key.resource()).resourceId(key.resourceId()).singleResult();
      Authorization authorization = stored == null ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT) : stored;
      int before = ((AuthorizationEntity) authorization).getPermissions();
      authorization.setPermissions(permissions.toArray(Permission[]::new));
      if (stored != null && before == ((AuthorizationEntity) authorization).getPermissions()) {
        return;
      }
      authorization.setGroupId(key.groupId());
      authorization.setResource(key.resource());
      authorization.setResourceId(key.resourceId());
      authorizationService.saveAuthorization(authorization);
      if (stored != null) {
        LOG.info("Rewrote the grant of {} on {} {} to the declared permissions", key.groupId(),
            key.resource().resourceName(), key.resourceId());
      }
    }
  }

  /**
   * Two nodes starting at once both find a row missing and both insert it (unique key) or update it
   * (optimistic lock). The loser reads again and, seeing the winner's row, does what is still needed.
   */
  private static void tolerateRace(String what, Runnable write) {
    try {
      write.run();
    } catch (ProcessEngineException first) {
      LOG.info("Another node wrote {} at the same time; reading it again", what);
      write.run();
    }
  }

  /**
   * The filter named {@code name}, created or brought back to the declared query and properties.
   * Filter names are not unique in the engine: if two nodes both created it, the one with the lowest
   * id wins on both, and the node whose copy lost deletes it.
   */
  private String ensureFilter(String name, int priority, String description, TaskQuery query,
      List<Map<String, String>> columns) {
    Map<String, Object> properties = Map.of(
        "priority", priority,
        "description", description,
        "refresh", true,
        "variables", columns);
    Filter declared = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    List<Filter> stored = filtersNamed(name);
    if (stored.isEmpty()) {
      String created = filterService.saveFilter(declared).getId();
      Filter winner = filtersNamed(name).get(0);
      if (!winner.getId().equals(created)) {
        LOG.info("Another node created filter {} at the same time; keeping its copy", name);
        filterService.deleteFilter(created);
      }
      return winner.getId();
    }
    Filter existing = stored.get(0);
    String declaredQuery = ((FilterEntity) declared).getQueryInternal();
    if (!declaredQuery.equals(((FilterEntity) existing).getQueryInternal())
        || !properties.equals(existing.getProperties())) {
      tolerateRace("filter " + name, () -> {
        Filter current = filterService.getFilter(existing.getId());
        filterService.saveFilter(current.setQuery(query).setProperties(properties));
      });
      LOG.info("Updated filter {} to the declared query and properties", name);
    }
    return existing.getId();
  }

  private List<Filter> filtersNamed(String name) {
    return filterService.createTaskFilterQuery().filterName(name).orderByFilterId().asc().list();
  }

  /** What a contribution may declare: grants to groups and Tasklist filters, each kept as declared. */
  private final class Setup implements EngineSetup.Declarations {

    private final Grants grants;

    Setup(Grants grants) {
      this.grants = grants;
    }

    @Override
    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      grants.add(groupId, resource, resourceId, permissions);
    }

    @Override
    public TaskQuery taskQuery() {
      return taskService.createTaskQuery();
    }

    @Override
    public String filter(String name, int priority, String description, TaskQuery query,
        List<Map<String, String>> columns, String... readers) {
      String id = ensureFilter(name, priority, description, query, columns);
      for (String group : readers) {
        grants.add(group, Resources.FILTER, id, Permissions.READ);
      }
      return id;
    }
  }
}
