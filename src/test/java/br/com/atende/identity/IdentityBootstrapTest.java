package br.com.atende.identity;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Outside the demo profile: role groups, the first admin from configuration, no demo users. */
@MariaDbIntegrationTest
class IdentityBootstrapTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

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
  void agentsReadTheirTwoTasklistFiltersAndMayNotOpenCockpit() {
    List<Filter> filters = filterService.createTaskFilterQuery().list();
    assertThat(filters).extracting(Filter::getName).contains("Meus atendimentos", "Meus retornos");
    for (Filter filter : filters) {
      if (filter.getName().startsWith("Meus ")) {
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.AGENTS), Permissions.READ,
            Resources.FILTER, filter.getId())).as(filter.getName()).isTrue();
      }
    }
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.AGENTS), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.AGENTS), Permissions.CREATE,
        Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(Roles.PROCESS_OWNERS), Permissions.CREATE,
        Resources.DEPLOYMENT, "*")).isTrue();
  }
}
