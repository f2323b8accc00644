package br.com.atende.engine;

import br.com.atende.leadattendance.LeadAttendanceSetup;
import br.com.atende.security.Roles;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Outside the demo profile: role groups, the first admin from configuration, no demo users. */
@MariaDbIntegrationTest
class IdentityBootstrapTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityBootstrap bootstrap;

  @Test
  void theRoleGroupsAndTheConfiguredAdminExistAndNoDemoUser() {
    for (String group : List.of(Roles.AGENTS, Roles.SUPERVISORS, Roles.AUDITORS, Roles.MAINTENANCE,
        Roles.PROCESS_OWNERS, Roles.ADMIN)) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.ADMIN).userId("admin").count()).isEqualTo(1);
    assertThat(identityService.checkPassword("admin", "admin")).isTrue();
    for (String demo : List.of("ana", "bruno", "carla", "diego", "elisa", "fabio")) {
      assertThat(identityService.createUserQuery().userId(demo).count()).as(demo).isZero();
    }
  }

  @Test
  void eachRoleReadsItsOwnTasklistFiltersAndAgentsMayNotOpenCockpit() {
    Map<String, List<String>> expected = Map.of(
        Roles.AGENTS, List.of("Meus atendimentos", "Meus retornos", "Retornos da loja", "Minhas pendências",
            "Agenda de pós-venda"),
        Roles.AUDITORS, List.of("Auditoria de propostas"),
        Roles.MAINTENANCE, List.of("Manutenção de propostas"));
    List<Filter> filters = filterService.createTaskFilterQuery().list();
    assertThat(filters).extracting(Filter::getName).containsAll(expected.values().stream().flatMap(List::stream).toList());
    expected.forEach((group, names) -> {
      for (Filter filter : filters) {
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ,
            Resources.FILTER, filter.getId())).as(group + " reads " + filter.getName())
            .isEqualTo(names.contains(filter.getName()));
      }
    });
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.AGENTS), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.AGENTS), Permissions.CREATE,
        Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.PROCESS_OWNERS), Permissions.CREATE,
        Resources.DEPLOYMENT, "*")).isTrue();
  }

  @Test
  void processOwnersDeployAndReadButMayNotChangeInstancesOrDeleteDeployments() {
    List<String> owners = List.of(Roles.PROCESS_OWNERS);
    assertThat(authorizationService.isUserAuthorized("nobody", owners, Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "*")).isTrue();
    assertThat(authorizationService.isUserAuthorized("nobody", owners, Permissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "*")).isTrue();
    assertThat(authorizationService.isUserAuthorized("nobody", owners, Permissions.UPDATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", owners, Permissions.DELETE,
        Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", owners, Permissions.UPDATE,
        Resources.DECISION_DEFINITION, "*")).isFalse();
  }

  @Test
  void aGrantOrFilterChangedByHandIsBroughtBackOnTheNextStart() {
    Authorization grant = authorizationService.createAuthorizationQuery().groupIdIn(Roles.PROCESS_OWNERS)
        .resourceType(Resources.DEPLOYMENT).resourceId("*").singleResult();
    grant.setPermissions(new Permissions[] {Permissions.ALL});
    authorizationService.saveAuthorization(grant);
    Filter filter = filterService.createTaskFilterQuery().filterName(LeadAttendanceSetup.FILTER_MY_CALLBACKS)
        .singleResult();
    filterService.saveFilter(filter.setQuery(taskService.createTaskQuery().taskAssignee("someone"))
        .setProperties(Map.of("priority", 99)));
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.PROCESS_OWNERS), Permissions.DELETE,
        Resources.DEPLOYMENT, "*")).isTrue();

    bootstrap.bootstrap();

    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.PROCESS_OWNERS), Permissions.DELETE,
        Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.PROCESS_OWNERS), Permissions.CREATE,
        Resources.DEPLOYMENT, "*")).isTrue();
    List<Filter> callbacks = filterService.createTaskFilterQuery().filterName(LeadAttendanceSetup.FILTER_MY_CALLBACKS)
        .list();
    assertThat(callbacks).hasSize(1);
    assertThat(callbacks.get(0).getId()).isEqualTo(filter.getId());
    assertThat(callbacks.get(0).getProperties()).containsEntry("priority", 2)
        .containsEntry("description", "Retornos agendados por você, pelo horário");
    assertThat(((TaskQueryImpl) callbacks.get(0).getQuery()).getAssignee()).isNull();
    assertThat(((TaskQueryImpl) callbacks.get(0).getQuery()).getKey())
        .isEqualTo("CallBack");
  }
}
