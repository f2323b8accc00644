package br.com.atende.followup;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 002's follow-ups over HTTP as the teams meet them: opening one on /api, working it on
 * /engine-rest (engine authorization on, the trust boundary in front), my list, the team's,
 * validation, reassignment and the report; and every bad input refused in pt-BR, storing nothing.
 * Clock: Monday 30/11/2026 10:00 in São Paulo.
 */
@MariaDbIntegrationTest
class FollowUpApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ClientRepository clients;
  @Autowired FollowUpRepository followUps;

  long clientId;
  String seller;
  String otherSeller;
  String supervisor;
  String auditor;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    clientId = clients.save(new Client("Rosa & Lima Advogados", "+5562990002222", null, null, false)).getId();
    seller = fixtures.user(fixtures.unique("ana"), List.of(Roles.SALES));
    otherSeller = fixtures.user(fixtures.unique("diego"), List.of(Roles.SUPPORT));
    supervisor = fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS));
    auditor = fixtures.user(fixtures.unique("auditor"), List.of(Roles.AUDITORS));
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aSellerOpensRenewsAndSellsAFollowUpThatLeavesTheirList() {
    Api ana = Api.as(port, seller);
    Response opened = ana.post("/api/clients/" + clientId + "/follow-ups", Map.of("type", "SALE_WITH_CONTACT",
        "product", "Intimação eletrônica", "budgetSent", true, "observation", "Orçamento enviado por e-mail"));
    assertThat(opened.status()).isEqualTo(201);
    assertThat(opened.body().path("code").asText()).matches("AG-\\d{6}");
    assertThat(opened.body().path("dueOn").asText()).isEqualTo("2026-12-02");
    assertThat(opened.body().path("maxDueOn").asText()).isEqualTo("2026-12-08");
    assertThat(opened.body().path("status").asText()).isEqualTo("OPEN");
    String code = opened.body().path("code").asText();

    JsonNode mine = only(ana.get("/api/follow-ups/mine").body(), code);
    assertThat(mine.path("typeLabel").asText()).isEqualTo("#venda/tratativas com contato");
    assertThat(mine.path("clientName").asText()).isEqualTo("Rosa & Lima Advogados");
    assertThat(mine.path("bucket").asText()).isEqualTo("LATER");
    String taskId = mine.path("taskId").asText();
    JsonNode form = ana.get("/engine-rest/task/" + taskId + "/form-variables").body();
    assertThat(form.path("clientName").path("value").asText()).isEqualTo("Rosa & Lima Advogados");
    assertThat(form.path("renewalHint").path("value").asText()).contains("08/12/2026");

    // Nobody else completes it, and a completion carries only what the form asks.
    assertThat(Api.as(port, otherSeller).completeTask(taskId, Map.of("followUpAction", "CONCLUDE",
        "observation", "Atendi eu")).status()).isIn(403, 404);
    Response smuggled = ana.completeTask(taskId, Map.of("followUpAction", "CONCLUDE", "observation", "Feito",
        "owner", otherSeller));
    assertThat(smuggled.status()).isEqualTo(400);
    assertThat(smuggled.message()).contains("não aceita o campo owner");
    Response placeholder = ana.completeTask(taskId, Map.of("followUpAction", "CONCLUDE", "observation", "[...]"));
    assertThat(placeholder.status()).isEqualTo(400);
    assertThat(placeholder.message()).startsWith("Observação (observation)");
    Response pastMax = ana.completeTask(taskId, Map.of("followUpAction", "RENEW", "newDueOn", "2026-12-10"));
    assertThat(pastMax.status()).isEqualTo(400);
    assertThat(pastMax.message()).contains("Novo prazo (newDueOn)", "passa do prazo máximo");

    assertThat(ana.completeTask(taskId, Map.of("followUpAction", "RENEW")).status()).isEqualTo(204);
    mine = only(ana.get("/api/follow-ups/mine").body(), code);
    assertThat(mine.path("dueOn").asText()).isEqualTo("2026-12-08");
    assertThat(mine.path("renewals").asInt()).isEqualTo(1);
    Response sold = ana.completeTask(mine.path("taskId").asText(), Map.of("followUpAction", "SOLD",
        "saleDescription", "Intimação eletrônica, plano anual"));
    assertThat(sold.status()).isEqualTo(204);

    assertThat(ana.get("/api/follow-ups/mine").body().findValuesAsText("code")).doesNotContain(code);
    JsonNode detail = ana.get("/api/follow-ups/" + code).body();
    assertThat(detail.path("followUp").path("status").asText()).isEqualTo("SOLD");
    assertThat(detail.path("history").findValuesAsText("kind")).containsExactly("OPENED", "RENEWED", "SOLD");
  }

  @Test
  void aNotRenewableFollowUpRefusesTheRenewalAndTheTaskStaysOpen() {
    Api ana = Api.as(port, seller);
    String code = open(ana, Map.of("type", "NO_CONTACT", "product", "Dúvida de uso", "observation",
        "Liguei, ninguém atendeu")).path("code").asText();
    String taskId = only(ana.get("/api/follow-ups/mine").body(), code).path("taskId").asText();

    Response renew = ana.completeTask(taskId, Map.of("followUpAction", "RENEW"));
    assertThat(renew.status()).isEqualTo(400);
    assertThat(renew.message()).contains("Renovação não permitida", "#tratativas sem contato");
    assertThat(only(ana.get("/api/follow-ups/mine").body(), code).path("taskId").asText()).isEqualTo(taskId);
  }

  @Test
  void badInputIsRefusedInPortugueseNamingTheFieldAndStoresNothing() {
    Api ana = Api.as(port, seller);
    long before = followUps.count();
    Map<String, Object> valid = Map.of("type", "SALE_WITH_CONTACT", "product", "Intimação", "observation",
        "Orçamento enviado");

    assertRefused(ana, with(valid, "type", "VENDA"), 400, "Tipo (type) inválido: VENDA.");
    assertRefused(ana, with(valid, "type", null), 400, "Tipo (type): informe o tipo");
    assertRefused(ana, with(valid, "product", " "), 400, "Produto (product)");
    assertRefused(ana, with(valid, "observation", "..."), 400, "Observação (observation)");
    assertRefused(ana, with(valid, "dueOn", "2026-12-09"), 400, "Prazo (dueOn): 09/12/2026 passa do prazo máximo");
    assertRefused(ana, with(valid, "dueOn", "2026-11-27"), 400, "Prazo (dueOn): 27/11/2026 já passou.");
    assertRefused(ana, with(valid, "dueOn", "02/12/2026"), 400, "Prazo (dueOn): data inválida");
    Response unknownClient = ana.post("/api/clients/999999999/follow-ups", valid);
    assertThat(unknownClient.status()).isEqualTo(404);
    assertThat(unknownClient.message()).isEqualTo("Cliente 999999999 não encontrado.");
    Response notATeam = Api.as(port, auditor).post("/api/clients/" + clientId + "/follow-ups", valid);
    assertThat(notATeam.status()).isEqualTo(403);

    assertThat(followUps.count()).isEqualTo(before);
  }

  @Test
  void theSupervisorSeesTheTeamValidatesReassignsAndReadsTheReport() {
    Api ana = Api.as(port, seller);
    Api carla = Api.as(port, supervisor);
    String pending = open(ana, Map.of("type", "SALE_WITH_CONTACT", "product", "Pesquisa", "observation",
        "Cliente volta de férias dia 08", "dueOn", "2026-12-08")).path("code").asText();
    String open = open(ana, Map.of("type", "SUPPORT", "product", "Treinamento", "observation",
        "Agendar treinamento")).path("code").asText();

    assertThat(ana.get("/api/follow-ups").status()).isEqualTo(403);
    JsonNode team = carla.get("/api/follow-ups?owner=" + seller).body();
    assertThat(team.findValuesAsText("code")).containsExactlyInAnyOrder(pending, open);
    assertThat(only(team, pending).path("status").asText()).isEqualTo("PENDING_VALIDATION");
    assertThat(only(team, pending).path("taskKey").asText()).isEqualTo("ValidateFollowUp");
    assertThat(carla.get("/api/follow-ups?status=PENDING_VALIDATION&owner=" + seller).body()
        .findValuesAsText("code")).containsExactly(pending);
    assertThat(carla.get("/api/follow-ups?type=PROMO").status()).isEqualTo(400);
    assertThat(ana.get("/api/follow-ups/mine").body().findValuesAsText("code")).containsExactly(open);

    assertThat(ana.post("/api/follow-ups/" + pending + "/validation", Map.of("decision", "APPROVE")).status())
        .isEqualTo(403);
    Response approved = carla.post("/api/follow-ups/" + pending + "/validation", Map.of("decision", "APPROVE"));
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.body().path("status").asText()).isEqualTo("OPEN");
    assertThat(ana.get("/api/follow-ups/mine").body().findValuesAsText("code")).containsExactly(open, pending);

    Response notATeam = carla.put("/api/follow-ups/" + open + "/owner", Map.of("owner", auditor));
    assertThat(notATeam.status()).isEqualTo(400);
    assertThat(notATeam.message()).startsWith("Responsável (owner)");
    assertThat(ana.put("/api/follow-ups/" + open + "/owner", Map.of("owner", otherSeller)).status()).isEqualTo(403);
    assertThat(carla.put("/api/follow-ups/" + open + "/owner", Map.of("owner", otherSeller)).status()).isEqualTo(200);
    JsonNode moved = only(Api.as(port, otherSeller).get("/api/follow-ups/mine").body(), open);
    assertThat(moved.path("taskId").asText()).isNotBlank();
    assertThat(ana.get("/api/follow-ups/mine").body().findValuesAsText("code")).containsExactly(pending);

    JsonNode report = carla.get("/api/reports/follow-ups?from=2026-11-30&to=2026-11-30&owner=" + seller).body();
    assertThat(report.path("rows").findValuesAsText("type")).containsExactly("SALE_WITH_CONTACT");
    assertThat(report.path("rows").get(0).path("opened").asInt()).isEqualTo(1);
    assertThat(Api.as(port, otherSeller).get("/api/reports/follow-ups?owner=" + seller).status()).isEqualTo(403);
    assertThat(Api.as(port, auditor).get("/api/reports/follow-ups").status()).isEqualTo(403);
    HttpResponse<byte[]> csv = carla.download("/api/reports/follow-ups/export?format=csv&owner=" + otherSeller);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("relatorio-agendamentos");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Responsável", "#suporte", otherSeller);
  }

  private JsonNode open(Api api, Map<String, Object> body) {
    Response response = api.post("/api/clients/" + clientId + "/follow-ups", body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.body();
  }

  private void assertRefused(Api api, Map<String, Object> body, int status, String message) {
    Response response = api.post("/api/clients/" + clientId + "/follow-ups", body);
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.message()).contains(message);
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(base);
    copy.put(key, value);
    return copy;
  }

  private static JsonNode only(JsonNode list, String code) {
    for (JsonNode row : list) {
      if (code.equals(row.path("code").asText())) {
        return row;
      }
    }
    throw new AssertionError(code + " not in " + list);
  }
}
