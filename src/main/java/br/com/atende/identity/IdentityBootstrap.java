package br.com.atende.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import br.com.atende.attendance.LeadAttendanceProcess;
import br.com.atende.callback.CallbackWindow;
import br.com.atende.proposal.ProposalProcess;
import br.com.atende.proposal.SituationMoves;
import br.com.atende.serviceevent.AgendaRules;
import br.com.atende.serviceevent.ServiceEventProcess;
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
 * On every start (idempotent): the role groups, what each may do in the engine, and the Tasklist
 * filters, each brought back to what is declared here if it was changed. Users are not created here: outside the demo profile the first admin comes from
 * configuration (camunda.bpm.admin-user) and creates the others in Admin.
 */
@Component
public class IdentityBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  public static final String FILTER_MY_ATTENDANCES = "Meus atendimentos";
  public static final String FILTER_MY_CALLBACKS = "Meus retornos";
  public static final String FILTER_MY_PENDENCIES = "Minhas pendências";
  public static final String FILTER_AUDIT = "Auditoria de propostas";
  public static final String FILTER_MAINTENANCE = "Manutenção de propostas";
  public static final String FILTER_DEALER_AGENDA = "Agenda de pós-venda";

  private static final List<Map<String, String>> LEAD_COLUMNS = List.of(
      Map.of("name", LeadAttendanceProcess.LEAD_NAME.name(), "label", "Cliente"),
      Map.of("name", LeadAttendanceProcess.LEAD_PHONE.name(), "label", "Telefone"),
      Map.of("name", LeadAttendanceProcess.CAMPAIGN_NAME.name(), "label", "Campanha"));
  private static final List<Map<String, String>> PROPOSAL_COLUMNS = List.of(
      Map.of("name", ProposalProcess.PROPOSAL_CODE.name(), "label", "Proposta"),
      Map.of("name", ProposalProcess.CLIENT_NAME.name(), "label", "Cliente"),
      Map.of("name", ProposalProcess.CURRENT_SITUATION_LABEL.name(), "label", "Situação"));
  private static final List<Map<String, String>> EVENT_COLUMNS = List.of(
      Map.of("name", ServiceEventProcess.EVENT_CODE.name(), "label", "Evento"),
      Map.of("name", ServiceEventProcess.APPOINTMENT_AT.name(), "label", "Agendado para"));

  private static final Map<String, String> ROLE_GROUPS = Map.of(
      Roles.AGENTS, "Consultores",
      Roles.SUPERVISORS, "Supervisores",
      Roles.AUDITORS, "Auditoria",
      Roles.MAINTENANCE, "Manutenção",
      Roles.PROCESS_OWNERS, "BI e processos");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
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
    // The definition only (Tasklist shows its name and diagram), not its instances.
    grants.add(Roles.AGENTS, Resources.PROCESS_DEFINITION, LeadAttendanceProcess.KEY, Permissions.READ);
    // Tasklist completion runs as the agent, and the completion check evaluates this decision.
    grants.add(Roles.AGENTS, Resources.DECISION_DEFINITION, CallbackWindow.DECISION_KEY, Permissions.CREATE_INSTANCE);

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
    // Proposals: the engine grants the seller their pendency and the groups their candidate tasks;
    // the definition is read for Tasklist, and the allowed situations are a decision evaluated as the user.
    for (String group : List.of(Roles.AGENTS, Roles.AUDITORS, Roles.MAINTENANCE)) {
      grants.add(group, Resources.PROCESS_DEFINITION, ProposalProcess.KEY, Permissions.READ);
      grants.add(group, Resources.DECISION_DEFINITION, SituationMoves.DECISION_KEY, Permissions.CREATE_INSTANCE);
    }
    // Dealer agenda: agents work their events; supervisors may work any (and lose a client's future events).
    grants.add(Roles.AGENTS, Resources.PROCESS_DEFINITION, ServiceEventProcess.KEY, Permissions.READ);
    grants.add(Roles.SUPERVISORS, Resources.PROCESS_DEFINITION, ServiceEventProcess.KEY, Permissions.READ,
        Permissions.TASK_WORK, Permissions.READ_TASK);
    for (String group : List.of(Roles.AGENTS, Roles.SUPERVISORS)) {
      grants.add(group, Resources.DECISION_DEFINITION, AgendaRules.ELIGIBILITY, Permissions.CREATE_INSTANCE);
      grants.add(group, Resources.DECISION_DEFINITION, AgendaRules.LOSS_REASONS, Permissions.CREATE_INSTANCE);
    }

    String myAttendances = ensureFilter(FILTER_MY_ATTENDANCES, 1, "Leads que você puxou e ainda não finalizou",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(LeadAttendanceProcess.TASK_ATTEND_LEAD).orderByTaskCreateTime().asc(), LEAD_COLUMNS);
    String myCallbacks = ensureFilter(FILTER_MY_CALLBACKS, 2, "Retornos agendados por você, pelo horário",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(LeadAttendanceProcess.TASK_CALL_BACK).orderByDueDate().asc(), LEAD_COLUMNS);
    String myPendencies = ensureFilter(FILTER_MY_PENDENCIES, 3, "Propostas que você vendeu e estão pendentes com você",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(ProposalProcess.TASK_RESOLVE_PENDENCY).orderByTaskCreateTime().asc(), PROPOSAL_COLUMNS);
    for (String filterId : List.of(myAttendances, myCallbacks, myPendencies)) {
      grants.add(Roles.AGENTS, Resources.FILTER, filterId, Permissions.READ);
      grants.add(Roles.SUPERVISORS, Resources.FILTER, filterId, Permissions.READ);
    }
    String audit = ensureFilter(FILTER_AUDIT, 4, "Propostas aguardando auditoria, das mais antigas",
        taskService.createTaskQuery().taskCandidateGroup(Roles.AUDITORS).includeAssignedTasks()
            .taskDefinitionKey(ProposalProcess.TASK_AUDIT_PROPOSAL).orderByTaskCreateTime().asc(), PROPOSAL_COLUMNS);
    grants.add(Roles.AUDITORS, Resources.FILTER, audit, Permissions.READ);
    grants.add(Roles.SUPERVISORS, Resources.FILTER, audit, Permissions.READ);
    String maintenance = ensureFilter(FILTER_MAINTENANCE, 5, "Propostas abertas na manutenção",
        taskService.createTaskQuery().taskCandidateGroup(Roles.MAINTENANCE).includeAssignedTasks()
            .taskDefinitionKey(ProposalProcess.TASK_MAINTAIN_PROPOSAL).orderByTaskCreateTime().asc(), PROPOSAL_COLUMNS);
    grants.add(Roles.MAINTENANCE, Resources.FILTER, maintenance, Permissions.READ);
    grants.add(Roles.SUPERVISORS, Resources.FILTER, maintenance, Permissions.READ);
    String dealerAgenda = ensureFilter(FILTER_DEALER_AGENDA, 6, "Fichas de agendamento e confirmações da concessionária",
        taskService.createTaskQuery().taskDefinitionKeyIn(ServiceEventProcess.TASK_EVENT_CONTACT,
            ServiceEventProcess.TASK_CONFIRM_APPOINTMENT).orderByTaskCreateTime().asc(), EVENT_COLUMNS);
    grants.add(Roles.AGENTS, Resources.FILTER, dealerAgenda, Permissions.READ);
    grants.add(Roles.SUPERVISORS, Resources.FILTER, dealerAgenda, Permissions.READ);
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
}
