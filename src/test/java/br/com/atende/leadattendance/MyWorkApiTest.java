package br.com.atende.leadattendance;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.lead.Outcome;
import br.com.atende.proposal.Situation;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent home's data: my attendances, my agenda, who I am; and linking a client by hand. */
@MariaDbIntegrationTest
class MyWorkApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  String store;
  Campaign campaign;
  String agent;
  Api api;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    store = fixtures.store();
    campaign = fixtures.campaign(List.of(store), 5);
    agent = fixtures.agent(store);
    api = Api.as(port, agent);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void thePagesReadTheLabelsOfTheEnums() {
    JsonNode labels = api.get("/api/labels").body();

    assertThat(labels.path("leadStatus").path("QUEUED").asText()).isEqualTo("Na fila");
    assertThat(labels.path("outcome").path("NO_ANSWER").asText()).isEqualTo(Outcome.NO_ANSWER.label());
    assertThat(labels.path("situation").size()).isEqualTo(Situation.values().length);
    assertThat(labels.path("cancelReason").path("OTHER").asText()).isEqualTo("Outro");
    assertThat(labels.path("dispatchKind").path("NO_SHOW").asText()).isEqualTo("No Show");
  }

  @Test
  void myAttendancesAreListedByStatusAndCampaignWithTheOpenTask() {
    JsonNode open = pull(api);
    JsonNode scheduled = pull(api);
    complete(scheduled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T10:00"));
    JsonNode refused = pull(api);
    complete(refused, Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Caro"));
    Api other = Api.as(port, fixtures.agent(store));
    pull(other);
    Campaign otherCampaign = fixtures.campaign(List.of(store), 1);
    JsonNode elsewhere = api.post("/api/attendances/next",
        Map.of("storeCode", store, "campaignCode", otherCampaign.getCode())).body();

    JsonNode all = api.get("/api/attendances/mine").body();
    assertThat(all.findValuesAsText("leadId")).containsExactlyInAnyOrder(id(open), id(scheduled), id(refused),
        id(elsewhere));

    JsonNode notWorked = api.get("/api/attendances/mine?status=NOT_WORKED&campaign=" + campaign.getCode()).body();
    assertThat(notWorked.findValuesAsText("leadId")).containsExactly(id(open));
    assertThat(notWorked.get(0).path("taskId").asText()).isEqualTo(open.path("taskId").asText());
    assertThat(notWorked.get(0).path("leadName").asText()).startsWith("Cliente ");
    assertThat(notWorked.get(0).path("campaignName").asText()).isEqualTo("Campanha de teste");

    JsonNode booked = api.get("/api/attendances/mine?status=SCHEDULED").body();
    assertThat(booked.findValuesAsText("leadId")).containsExactly(id(scheduled));
    assertThat(booked.get(0).path("callbackAt").asText()).isEqualTo("2026-12-01T10:00");

    JsonNode concluded = api.get("/api/attendances/mine?status=CONCLUDED").body();
    assertThat(concluded.findValuesAsText("leadId")).containsExactly(id(refused));
    assertThat(concluded.get(0).path("lastOutcome").asText()).isEqualTo("REFUSED");
    assertThat(concluded.get(0).path("taskId").isNull()).isTrue();
  }

  @Test
  void myAgendaListsMyCallbacksByTimeWithTheirKind() {
    JsonNode whatsapp = pull(api);
    complete(whatsapp, Map.of("outcome", "WHATSAPP_SENT", "callbackAt", "2026-12-02T15:00",
        "observation", "Retorno pelo WhatsApp"));
    JsonNode scheduled = pull(api);
    complete(scheduled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T09:30"));
    JsonNode later = pull(api);
    complete(later, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-18T11:00"));
    JsonNode someoneElses = pull(Api.as(port, fixtures.agent(store)));

    JsonNode week = api.get("/api/callbacks/mine?from=2026-11-30&days=7").body();

    assertThat(week.findValuesAsText("leadId")).containsExactly(id(scheduled), id(whatsapp))
        .doesNotContain(id(someoneElses));
    assertThat(week.get(0).path("kind").asText()).isEqualTo("SCHEDULED");
    assertThat(week.get(0).path("callbackAt").asText()).isEqualTo("2026-12-01T09:30");
    assertThat(week.get(1).path("kind").asText()).isEqualTo("WHATSAPP_SENT");
    assertThat(api.get("/api/callbacks/mine?from=2026-11-30").body().size()).isEqualTo(3);
    Response bad = api.get("/api/callbacks/mine?from=30/11/2026");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).isEqualTo("Data inválida: 30/11/2026. Use aaaa-mm-dd.");
  }

  @Test
  void meSaysWhoIsSignedInAndTheirStores() {
    JsonNode me = api.get("/api/me").body();

    assertThat(me.path("id").asText()).isEqualTo(agent);
    assertThat(me.path("stores").size()).isEqualTo(1);
    assertThat(me.path("stores").get(0).asText()).isEqualTo(store);
    assertThat(me.path("groups").toString()).contains(Roles.AGENTS);
  }

  @Test
  void aSupervisorLinksOneClientToARunningCampaignWithTheImportsChecks() {
    Api supervisor = Api.as(port, fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS)));
    String path = "/api/campaigns/" + campaign.getCode() + "/leads";

    Response linked = supervisor.post(path, Map.of("name", "Cliente Avulso", "phone", "(62) 98888-1234",
        "cpfCnpj", "529.982.247-25", "storeCode", store));
    assertThat(linked.status()).isEqualTo(201);
    long leadId = linked.body().path("leadId").asLong();
    JsonNode lead = supervisor.get("/api/leads/" + leadId).body();
    assertThat(lead.path("name").asText()).isEqualTo("Cliente Avulso");
    assertThat(lead.path("status").asText()).isEqualTo("NEW");

    Response duplicate = supervisor.post(path, Map.of("name", "Outro", "phone", "62988881234"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message()).isEqualTo("Este telefone já está na campanha.");
    Response invalid = supervisor.post(path, Map.of("name", "Sem DDD", "phone", "8888-1234"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.message()).isEqualTo("Telefone inválido: 8888-1234 (informe DDD e número).");
    assertThat(api.post(path, Map.of("name", "X", "phone", "62988880000")).status()).isEqualTo(403);

    // It went to the END of the queue: the five imported leads come first.
    for (int i = 0; i < 5; i++) {
      assertThat(pull(api).path("leadId").asLong()).isNotEqualTo(leadId);
    }
    assertThat(pull(api).path("leadId").asLong()).isEqualTo(leadId);
  }

  private JsonNode pull(Api as) {
    Response response = as.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode",
        campaign.getCode()));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  private void complete(JsonNode pulled, Map<String, String> variables) {
    Response done = api.completeTask(pulled.path("taskId").asText(), variables);
    assertThat(done.status()).as(done.text()).isEqualTo(204);
  }

  private static String id(JsonNode pulled) {
    return pulled.path("leadId").asText();
  }
}
