package br.com.atende.leadattendance;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agent's journey as an integrator sees it over HTTP: /api to pull and read leads, and the
 * engine's /engine-rest (HTTP Basic, engine authorization on) to complete tasks.
 */
@MariaDbIntegrationTest
class AttendanceApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired TaskService taskService;

  String store;
  Campaign campaign;
  String agent;
  Api api;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    store = fixtures.store();
    campaign = fixtures.campaign(List.of(store), 2);
    agent = fixtures.agent(store);
    api = Api.as(port, agent);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void anAgentPullsALeadSeesItsTaskAndABadCompletionIsRefusedWithTheTaskUnchanged() {
    JsonNode pulled = next(api).body();
    String taskId = pulled.path("taskId").asText();

    Response mine = api.get("/engine-rest/task?assignee=" + agent);
    assertThat(mine.body().findValuesAsText("id")).containsExactly(taskId);
    Response otherAgent = Api.as(port, fixtures.agent(store)).get("/engine-rest/task");
    assertThat(otherAgent.body().size()).isZero();

    Response refused = api.completeTask(taskId, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-06T11:00"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message())
        .isEqualTo("O retorno só pode ser marcado de segunda a sexta das 9h às 20h e aos sábados das 10h às 16h.");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(api.get("/engine-rest/task/" + taskId + "/variables").body().has("outcome")).isFalse();

    Response done = api.completeTask(taskId, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T14:30",
        "observation", "Ligar após o almoço"));
    assertThat(done.status()).isEqualTo(204);

    JsonNode lead = api.get("/api/leads/" + pulled.path("leadId").asLong()).body();
    assertThat(lead.path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(lead.path("callbackAt").asText()).isEqualTo("2026-12-01T14:30");
    assertThat(lead.path("attempts").asInt()).isEqualTo(1);
    JsonNode attempt = lead.path("history").get(0);
    assertThat(attempt.path("agent").asText()).isEqualTo(agent);
    assertThat(attempt.path("outcome").asText()).isEqualTo("SCHEDULED");
    assertThat(attempt.path("observation").asText()).isEqualTo("Ligar após o almoço");
  }

  @Test
  void tasklistShowsARefusalAsJustOurMessage() {
    String taskId = next(api).body().path("taskId").asText();
    Api tasklist = Api.withSession(port, agent);
    assertThat(tasklist.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);

    Response refused = tasklist.webappPost("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("outcome", Map.of("value", "REFUSED"), "reason", Map.of("value", "PRICE"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("Na recusa, descreva em Observações o motivo da recusa.");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    Response accepted = tasklist.webappPost("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("outcome", Map.of("value", "REFUSED"), "reason", Map.of("value", "PRICE"),
            "observation", Map.of("value", "Achou caro"))));
    assertThat(accepted.status()).isEqualTo(204);
  }

  @Test
  void anotherAgentCannotCompleteTheTask() {
    String taskId = next(api).body().path("taskId").asText();

    Response stranger = Api.as(port, fixtures.agent(store)).completeTask(taskId, Map.of("outcome", "REFUSED"));

    assertThat(stranger.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void whenNoLeadIsLeftTheAnswerIs404WithAMessage() {
    next(api);
    next(api);

    Response none = next(api);

    assertThat(none.status()).isEqualTo(404);
    assertThat(none.message()).isEqualTo("Não há clientes a acionar nesta campanha.");
  }

  @Test
  void anAgentPullsOnlyFromTheirStoresAndActiveCampaigns() {
    String otherStore = fixtures.store();
    Response foreign = Api.as(port, fixtures.agent(otherStore))
        .post("/api/attendances/next", Map.of("storeCode", store, "campaignCode", campaign.getCode()));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.message()).isEqualTo("Você não atende a loja " + store + " - Loja " + store + ".");

    Response notOfStore = Api.as(port, fixtures.agent(otherStore))
        .post("/api/attendances/next", Map.of("storeCode", otherStore, "campaignCode", campaign.getCode()));
    assertThat(notOfStore.status()).isEqualTo(404);

    Response missing = api.post("/api/attendances/next", Map.of("storeCode", store));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.message()).isEqualTo("Informe a campanha.");

    assertThat(Api.anonymous(port).post("/api/attendances/next", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void theSchedulingAgentReschedulesAndCancelsThroughTheApi() {
    JsonNode pulled = next(api).body();
    long leadId = pulled.path("leadId").asLong();
    api.completeTask(pulled.path("taskId").asText(), Map.of("outcome", "WHATSAPP_SENT",
        "callbackAt", "2026-12-01T14:30", "observation", "Retorno pelo WhatsApp"));

    Response sunday = api.put("/api/leads/" + leadId + "/callback", Map.of("callbackAt", "2026-12-06T10:00"));
    assertThat(sunday.status()).isEqualTo(400);
    assertThat(sunday.message()).contains("segunda a sexta");

    Response moved = api.put("/api/leads/" + leadId + "/callback", Map.of("callbackAt", "2026-12-02T09:15"));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.body().path("callbackAt").asText()).isEqualTo("2026-12-02T09:15");
    assertThat(moved.body().path("status").asText()).isEqualTo("SCHEDULED");

    Response cancelled = api.delete("/api/leads/" + leadId + "/callback");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body().path("status").asText()).isEqualTo("QUEUED");
    Response again = api.delete("/api/leads/" + leadId + "/callback");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).isEqualTo("Este lead não tem retorno agendado.");
  }

  @Test
  void agentsHaveTasklistOnlyAndSupervisorsAlsoCockpit() {
    Api agentBrowser = Api.withSession(port, agent);
    assertThat(agentBrowser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    Response agentApps = agentBrowser.get("/camunda/api/admin/auth/user/default");
    assertThat(agentApps.status()).isEqualTo(200);
    assertThat(agentApps.body().path("userId").asText()).isEqualTo(agent);
    assertThat(agentApps.body().path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");

    String supervisor = fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS));
    Api supervisorBrowser = Api.withSession(port, supervisor);
    assertThat(supervisorBrowser.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    Response supervisorApps = supervisorBrowser.get("/camunda/api/admin/auth/user/default");
    assertThat(supervisorApps.body().path("authorizedApps").toString()).contains("cockpit");

    String pi = next(api).body().path("processInstanceId").asText();
    Response seen = Api.as(port, supervisor).get("/engine-rest/process-instance?processInstanceIds=" + pi);
    assertThat(seen.body().size()).isEqualTo(1);
    Response variables = Api.as(port, supervisor).get("/engine-rest/process-instance/" + pi + "/variables");
    assertThat(variables.body().path("leadStatus").isMissingNode()).isTrue();
    assertThat(variables.body().path("agent").path("value").asText()).isEqualTo(agent);
    assertThat(api.get("/engine-rest/process-instance?processInstanceIds=" + pi).body().size()).isZero();
  }

  private Response next(Api as) {
    return as.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode", campaign.getCode()));
  }
}
