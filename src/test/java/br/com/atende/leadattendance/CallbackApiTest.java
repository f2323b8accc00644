package br.com.atende.leadattendance;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutSource;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Callbacks over HTTP (issues 15 and 16): the slot picker's endpoint, a callback handed to the
 * store when its owner is absent, one that comes due for an opted-out number, and "Atender agora".
 */
@MariaDbIntegrationTest
class CallbackApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OptOutLedger ledger;

  String store;
  Campaign campaign;
  String agent;
  Api api;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    store = fixtures.store();
    campaign = fixtures.campaign(List.of(store), 0);
    agent = fixtures.agent(store);
    api = Api.as(port, agent);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void slotsAreTheWindowOfTheDayLessThePastInHalfHours() {
    JsonNode lead = pullLeadWith(fixtures.uniquePhone());

    JsonNode today = slots(lead, "2026-11-30").body();
    assertThat(today.path("slotMinutes").asInt()).isEqualTo(30);
    // Monday 10:00: 10:00 is not in the future any more; 20:00 is outside the window.
    assertThat(values(today)).startsWith("2026-11-30T10:30").endsWith("2026-11-30T19:30").hasSize(19);
    assertThat(values(slots(lead, "2026-12-05").body())).startsWith("2026-12-05T10:00").endsWith("2026-12-05T15:30")
        .hasSize(12);
    assertThat(values(slots(lead, "2026-12-06").body())).isEmpty();
    assertThat(values(slots(lead, "2026-11-29").body())).isEmpty();
    assertThat(values(slots(lead, "2026-12-31").body())).as("more than 30 days ahead").isEmpty();
  }

  @Test
  void aManausLeadsSlotsAreItsWindowInBrasiliaTime() {
    JsonNode lead = pullLeadWith(fixtures.uniquePhone().replace("(61)", "(92)"));

    assertThat(values(slots(lead, "2026-12-01").body()))
        .startsWith("2026-12-01T10:00").endsWith("2026-12-01T20:30").hasSize(22).doesNotContain("2026-12-01T09:30");
  }

  @Test
  void theAgentsOtherCallbacksTakeTheirSlots() {
    JsonNode booked = pullLeadWith(fixtures.uniquePhone());
    assertThat(api.completeTask(booked.path("taskId").asText(), Map.of("outcome", "SCHEDULED",
        "callbackAt", "2026-12-01T14:00")).status()).isEqualTo(204);
    JsonNode offCycle = pullLeadWith(fixtures.uniquePhone());
    assertThat(api.completeTask(offCycle.path("taskId").asText(), Map.of("outcome", "SCHEDULED",
        "callbackAt", "2026-12-01T16:15")).status()).isEqualTo(204);
    JsonNode lead = pullLeadWith(fixtures.uniquePhone());

    List<String> free = values(slots(lead, "2026-12-01").body());

    assertThat(free).doesNotContain("2026-12-01T14:00", "2026-12-01T16:00", "2026-12-01T16:30")
        .contains("2026-12-01T13:30", "2026-12-01T14:30", "2026-12-01T15:30", "2026-12-01T17:00");
    // A lead's own callback does not take its own slot.
    assertThat(values(slots(booked, "2026-12-01").body())).contains("2026-12-01T14:00");
  }

  @Test
  void slotsAreForTheAgentAttendingTheLeadOrAManagerAndABadDayIsRefused() {
    JsonNode lead = pullLeadWith(fixtures.uniquePhone());
    String path = "/api/leads/" + lead.path("leadId").asLong() + "/callback-slots?day=";

    Response colleague = Api.as(port, fixtures.agent(store)).get(path + "2026-12-01");
    assertThat(colleague.status()).isEqualTo(403);
    assertThat(colleague.message()).isEqualTo("Você não tem acesso a este lead.");
    Api supervisor = Api.as(port, fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS)));
    assertThat(supervisor.get(path + "2026-12-01").status()).isEqualTo(200);
    assertThat(api.get("/api/leads/999999999/callback-slots?day=2026-12-01").status()).isEqualTo(404);
    Response bad = api.get(path + "01/12/2026");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).isEqualTo("Dia (day) inválido: 01/12/2026. Use aaaa-mm-dd.");
    Response none = api.get("/api/leads/" + lead.path("leadId").asLong() + "/callback-slots");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.message()).isEqualTo("Informe o dia (day) no formato aaaa-mm-dd.");
  }

  @Test
  void anAbsentOwnersCallbackIsClaimedByAColleagueOfTheStoreOnlyAndTheReportCountsIt() {
    String colleague = fixtures.agent(store);
    String otherStoreAgent = fixtures.agent(fixtures.store());
    JsonNode lead = pullLeadWith(fixtures.uniquePhone());
    api.completeTask(lead.path("taskId").asText(), Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00"));
    reachCallBack(lead);
    String taskId = taskService.createTaskQuery().processInstanceId(lead.path("processInstanceId").asText())
        .singleResult().getId();

    Response away = api.put("/api/users/" + agent + "/availability", Map.of("status", "ABSENT",
        "until", "2026-11-30"));
    assertThat(away.status()).isEqualTo(200);

    Api stranger = Api.as(port, otherStoreAgent);
    assertThat(stranger.get("/engine-rest/task?candidateGroup=" + Roles.storeGroup(store)).body().size()).isZero();
    assertThat(stranger.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", otherStoreAgent)).status())
        .isIn(403, 404);
    Api mate = Api.as(port, colleague);
    assertThat(mate.get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    // Tasklist's filter "Retornos da loja" lists it for the store's agents only.
    String filter = mate.get("/engine-rest/filter?name=" + LeadAttendanceSetup.FILTER_STORE_CALLBACKS.replace(" ", "%20"))
        .body().get(0).path("id").asText();
    assertThat(mate.post("/engine-rest/filter/" + filter + "/list", Map.of()).body().findValuesAsText("id"))
        .contains(taskId);
    assertThat(stranger.post("/engine-rest/filter/" + filter + "/list", Map.of()).body().findValuesAsText("id"))
        .doesNotContain(taskId);
    assertThat(mate.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", colleague)).status())
        .isEqualTo(204);
    assertThat(mate.get("/api/callbacks/mine?from=2026-11-30&days=1").body().findValuesAsText("leadId"))
        .containsExactly(lead.path("leadId").asText());
    assertThat(mate.completeTask(taskId, Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra")).status())
        .isEqualTo(204);

    Api supervisor = Api.as(port, fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS)));
    JsonNode callbacks = supervisor.get("/api/reports/statistics?store=" + store).body().path("callbacks");
    assertThat(callbacks.path("handedOver").asLong()).isEqualTo(1);
    JsonNode history = api.get("/api/leads/" + lead.path("leadId").asLong()).body().path("history");
    assertThat(history.get(1).path("agent").asText()).isEqualTo(colleague);
  }

  @Test
  void aCallbackToAnOptedOutNumberStaysInTheAgendaClosedWithItsReason() {
    JsonNode lead = pullLeadWith(fixtures.uniquePhone());
    long leadId = lead.path("leadId").asLong();
    api.completeTask(lead.path("taskId").asText(), Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00"));
    ledger.record(phoneOf(leadId), OptOutChannel.ALL, OptOutSource.CLIENT_REQUEST, "ligação de 30/11", agent);

    reachCallBack(lead);

    assertThat(taskService.createTaskQuery().processInstanceId(lead.path("processInstanceId").asText()).count())
        .isZero();
    JsonNode agenda = api.get("/api/callbacks/mine?from=2026-11-30&days=1").body().get(0);
    assertThat(agenda.path("status").asText()).isEqualTo("OPTED_OUT");
    assertThat(agenda.path("closedReason").asText())
        .isEqualTo("Retorno de 30/11/2026 15:00 não feito: o número pediu para não receber ligações (opt-out).");
    assertThat(api.get("/api/leads/" + leadId).body().path("closedReason").asText()).contains("opt-out");
    assertThat(api.get("/api/labels").body().path("leadStatus").path("OPTED_OUT").asText())
        .isEqualTo("Não quer receber ligações");
  }

  @Test
  void atenderAgoraOpensTheCallBackForItsOwnerAndRefusesOthers() {
    JsonNode lead = pullLeadWith(fixtures.uniquePhone());
    long leadId = lead.path("leadId").asLong();
    String takeNow = "/api/leads/" + leadId + "/callback/take-now";
    assertThat(api.post(takeNow, Map.of()).status()).as("not booked yet").isEqualTo(409);
    api.completeTask(lead.path("taskId").asText(), Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-04T11:00"));

    assertThat(Api.as(port, fixtures.agent(store)).post(takeNow, Map.of()).status()).isEqualTo(403);
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).post(takeNow, Map.of()).status()).isEqualTo(403);
    Api supervisor = Api.as(port, fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS)));
    Response notTheirs = supervisor.post(takeNow, Map.of());
    assertThat(notTheirs.status()).isEqualTo(403);
    assertThat(notTheirs.message()).isEqualTo("Somente quem tem o retorno na agenda pode atendê-lo agora.");

    Response taken = api.post(takeNow, Map.of());

    assertThat(taken.status()).isEqualTo(200);
    String taskId = taken.body().path("taskId").asText();
    assertThat(api.get("/engine-rest/task/" + taskId).body().path("taskDefinitionKey").asText()).isEqualTo("CallBack");
    assertThat(api.get("/api/callbacks/mine?from=2026-12-04&days=1").body().get(0).path("taskId").asText())
        .isEqualTo(taskId);
    assertThat(api.completeTask(taskId, Map.of("outcome", "NO_ANSWER", "reason", "BUSY")).status()).isEqualTo(204);
    assertThat(api.get("/api/leads/" + leadId).body().path("status").asText()).isEqualTo("QUEUED");
  }

  private JsonNode pullLeadWith(String phone) {
    fixtures.importCsv(campaign.getCode(), "nome;telefone\nCliente;" + phone + "\n");
    Response pulled = api.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode", campaign.getCode()));
    assertThat(pulled.status()).isEqualTo(200);
    return pulled.body();
  }

  private Response slots(JsonNode lead, String day) {
    Response slots = api.get("/api/leads/" + lead.path("leadId").asLong() + "/callback-slots?day=" + day);
    assertThat(slots.status()).isEqualTo(200);
    return slots;
  }

  private static List<String> values(JsonNode slots) {
    List<String> values = new ArrayList<>();
    slots.path("slots").forEach(slot -> values.add(slot.asText()));
    return values;
  }

  /** The reminder timer, 15 minutes before the callback. */
  private void reachCallBack(JsonNode lead) {
    managementService.executeJob(managementService.createJobQuery()
        .processInstanceId(lead.path("processInstanceId").asText()).singleResult().getId());
  }

  private String phoneOf(long leadId) {
    return api.get("/api/leads/" + leadId).body().path("phone").asText()
        .replaceAll("[^0-9]", "").replaceFirst("^", "+55");
  }
}
