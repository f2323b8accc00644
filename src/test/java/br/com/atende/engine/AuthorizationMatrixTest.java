package br.com.atende.engine;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what, as a table: seven roles (an agent of store A, an agent of store B, a supervisor
 * of store A, an auditor, maintenance, a process owner, the admin) against /api, /engine-rest and
 * Tasklist's submit. Each row lists the status every role gets; DENIED is 403, or 404 where the
 * engine hides what the caller may not read. Every mismatch is reported at once.
 */
@MariaDbIntegrationTest
class AuthorizationMatrixTest {

  private static final int DENIED = -1;
  private static final List<String> ROLES =
      List.of("agentA", "agentB", "supervisorA", "auditor", "maintenance", "processOwner", "admin");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  final Map<String, String> users = new LinkedHashMap<>();
  final List<String> mismatches = new ArrayList<>();
  String storeA;
  String campaignA;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    storeA = fixtures.store();
    String storeB = fixtures.store();
    campaignA = fixtures.campaign(List.of(storeA), 6).getCode();
    fixtures.campaign(List.of(storeB), 1);
    users.put("agentA", fixtures.agent(storeA));
    users.put("agentB", fixtures.agent(storeB));
    users.put("supervisorA", fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS, Roles.storeGroup(storeA))));
    users.put("auditor", fixtures.user(fixtures.unique("aud"), List.of(Roles.AUDITORS)));
    users.put("maintenance", fixtures.user(fixtures.unique("man"), List.of(Roles.MAINTENANCE)));
    users.put("processOwner", fixtures.user(fixtures.unique("bi"), List.of(Roles.PROCESS_OWNERS)));
    users.put("admin", "admin");
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void everyRoleGetsWhatItsJobNeedsAndNothingMore() {
    Api agentA = api("agentA");
    JsonNode lead = pull(agentA);
    long leadId = lead.path("leadId").asLong();
    String task = lead.path("taskId").asText();
    String instance = lead.path("processInstanceId").asText();
    String code = sale(agentA);

    check("GET /api/leads/{id}", role -> api(role).get("/api/leads/" + leadId),
        200, DENIED, 200, DENIED, DENIED, 200, 200);
    check("GET /api/proposals/{code}", role -> api(role).get("/api/proposals/" + code),
        200, DENIED, 200, 200, 200, 200, 200);
    check("GET /api/reports/mailing?store=A", role -> api(role).get("/api/reports/mailing?store=" + storeA),
        200, DENIED, 200, DENIED, DENIED, 200, 200);
    check("POST /api/campaigns/{code}/leads", role -> api(role).post("/api/campaigns/" + campaignA + "/leads",
        Map.of("name", "Cliente Matriz", "phone", "(62) 3210-40" + (10 + ROLES.indexOf(role)))),
        DENIED, DENIED, 201, DENIED, DENIED, 201, 201);
    check("POST /api/proposals/{code}/maintenance", role -> api(role).post("/api/proposals/" + code + "/maintenance", ""),
        DENIED, DENIED, DENIED, DENIED, 200, DENIED, 200);

    check("GET /engine-rest/task/{id}", role -> api(role).get("/engine-rest/task/" + task),
        200, DENIED, 200, DENIED, DENIED, 200, 200);
    check("PUT /engine-rest/process-instance/{id}/variables/agent",
        role -> api(role).put("/engine-rest/process-instance/" + instance + "/variables/agent",
            Map.of("value", users.get(role), "type", "String")),
        DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, 204);
    check("POST /engine-rest/deployment/create", role -> api(role).upload("/engine-rest/deployment/create",
        "data", "matrix-probe.form",
        "{\"id\":\"matrix-probe\",\"type\":\"default\",\"components\":[]}".getBytes(StandardCharsets.UTF_8)),
        DENIED, DENIED, DENIED, DENIED, DENIED, 200, 200);
    // Only the assignee and the admin complete an attendance; the admin gets a task of its own.
    String adminsTask = pull(agentA).path("taskId").asText();
    check("POST /engine-rest/task/{id}/complete", role -> api(role).completeTask(
            role.equals("admin") ? adminsTask : task, Map.of("outcome", "NO_ANSWER", "reason", "BUSY")),
        204, DENIED, DENIED, DENIED, DENIED, DENIED, 204);

    String submitTask = pull(agentA).path("taskId").asText();
    String adminsSubmit = pull(agentA).path("taskId").asText();
    check("POST Tasklist submit-form", role -> {
      Api browser = Api.withSession(port, users.get(role));
      // The webapps hand out their XSRF cookie on a page the user may open (cockpit-only users too).
      browser.get("/camunda/app/tasklist/default/");
      browser.get("/camunda/app/welcome/default/");
      return browser.webappPost("/camunda/api/engine/engine/default/task/"
              + (role.equals("admin") ? adminsSubmit : submitTask) + "/submit-form",
          Map.of("variables", Map.of("outcome", Map.of("value", "NO_ANSWER"), "reason", Map.of("value", "BUSY"))));
    }, 204, DENIED, DENIED, DENIED, DENIED, DENIED, 204);

    assertThat(mismatches).as("role × operation mismatches").isEmpty();
  }

  /**
   * Runs the operation as each role and records every status that differs from the table. The
   * refused roles go first, so an allowed one that consumes the task (a completion) comes after them.
   */
  private void check(String operation, Function<String, Response> call, int... expected) {
    List<Integer> order = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < ROLES.size(); i++) {
        if ((expected[i] == DENIED) == (pass == 0)) {
          order.add(i);
        }
      }
    }
    for (int i : order) {
      String role = ROLES.get(i);
      Response response = call.apply(role);
      boolean ok = expected[i] == DENIED ? response.status() == 403 || response.status() == 404
          : response.status() == expected[i];
      if (!ok) {
        mismatches.add(operation + " as " + role + ": expected " + (expected[i] == DENIED ? "403/404" : expected[i])
            + ", got " + response.status() + " " + response.text());
      }
      assertThat(response.text()).as(operation + " as " + role).doesNotContain("java.", "SQL");
    }
  }

  private Api api(String role) {
    return Api.as(port, users.get(role));
  }

  private JsonNode pull(Api agent) {
    Response response = agent.post("/api/attendances/next", Map.of("storeCode", storeA, "campaignCode", campaignA));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  private String sale(Api agent) {
    JsonNode pulled = pull(agent);
    Response done = agent.completeTask(pulled.path("taskId").asText(),
        Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500 Mega"));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    return agent.get("/api/leads/" + pulled.path("leadId").asLong()).body().path("proposalCode").asText();
  }
}
