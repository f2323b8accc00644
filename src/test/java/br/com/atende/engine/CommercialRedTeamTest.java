package br.com.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.common.BusinessTime;
import br.com.atende.followup.FollowUpRepository;
import br.com.atende.followup.FollowUpStatus;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hostile reading of seed 002 (client record, interactions, follow-ups, sales, availability,
 * boletos, quotes) over real HTTP: who may reach what on /api, /engine-rest and Tasklist, inputs
 * that must be pt-BR 4xx naming the field, races, deadlines. Each test is one finding or one attack
 * that must keep failing. Clock: Monday 30/11/2026 10:00 in São Paulo unless a test says otherwise.
 */
@MariaDbIntegrationTest
class CommercialRedTeamTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired FollowUpRepository followUps;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  String seller;
  String otherSeller;
  String supervisor;
  String agent;
  String auditor;
  Api sellerApi;
  long client;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    otherSeller = fixtures.user(fixtures.unique("helena"), List.of(Roles.SALES));
    supervisor = fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS));
    agent = fixtures.agent(fixtures.store());
    auditor = fixtures.user(fixtures.unique("diego"), List.of(Roles.AUDITORS));
    sellerApi = Api.as(port, seller);
    client = sellerApi.post("/api/clients", Map.of("name", "Cliente " + fixtures.unique("RT"), "phone",
        fixtures.uniquePhone(), "cpfCnpj", fixtures.cpf())).body().path("id").asLong();
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  /** An agent of a store and an auditor reach no seed 002 record, read or write. */
  @Test
  void storeAgentsAndAuditorsReachNoCommercialRecord() {
    String code = open(sellerApi, "SALE_WITH_CONTACT", "Intimação", null).path("code").asText();
    String quote = sellerApi.post("/api/clients/" + client + "/quotes", Map.of("items",
        List.of(Map.of("product", "Intimação", "quantity", "1", "unitPrice", "100,00")))).body().path("code").asText();
    for (String outsider : List.of(agent, auditor)) {
      Api api = Api.as(port, outsider);
      List<Response> answers = List.of(api.get("/api/clients/" + client), api.get("/api/clients?q=Cliente"),
          api.post("/api/clients", Map.of("name", "X", "phone", fixtures.uniquePhone())),
          api.put("/api/clients/" + client, Map.of("name", "X", "phone", fixtures.uniquePhone())),
          api.post("/api/clients/" + client + "/interactions", Map.of("channel", "PHONE", "purpose", "SALE",
              "summary", "Tentei vender")),
          api.post("/api/clients/" + client + "/follow-ups", Map.of("type", "SUPPORT", "product", "X",
              "observation", "Y")),
          api.get("/api/follow-ups/" + code), api.get("/api/follow-ups"),
          api.put("/api/follow-ups/" + code + "/owner", Map.of("owner", outsider)),
          api.post("/api/clients/" + client + "/sales", Map.of("product", "X", "description", "Y", "channel", "PHONE")),
          api.get("/api/sales"), api.get("/api/clients/" + client + "/invoices"),
          api.post("/api/clients/" + client + "/invoices", Map.of("number", "1", "dueOn", "2026-12-01", "amount", "10")),
          api.get("/api/quotes/" + quote + "/pdf"), api.get("/api/reports/follow-ups"),
          api.get("/api/users/" + seller + "/availability"),
          api.put("/api/users/" + seller + "/availability", Map.of("status", "VACATION")));
      for (Response answer : answers) {
        assertThat(answer.status()).as(outsider + ": " + answer.text()).isEqualTo(403);
        assertThat(answer.message()).doesNotContain("Exception", "select ", "ENGINE-");
      }
      assertThat(api.get("/api/follow-ups/mine").body()).isEmpty();
    }
  }

  /** A seller neither marks a colleague away nor sees the team's sales or the team view. */
  @Test
  void aSellerDoesNotChangeAColleaguesAvailabilityNorSeeTheTeamsSales() {
    Api other = Api.as(port, otherSeller);
    assertThat(other.put("/api/users/" + seller + "/availability", Map.of("status", "VACATION")).status())
        .isEqualTo(403);
    assertThat(other.get("/api/users/" + seller + "/availability").status()).isEqualTo(403);
    assertThat(other.get("/api/sales").status()).isEqualTo(403);
    assertThat(other.get("/api/follow-ups").status()).isEqualTo(403);
    assertThat(other.get("/api/reports/follow-ups?owner=" + seller).status()).isEqualTo(403);
  }

  /** Another seller reaches the follow-up's task by no door of the engine; its owner rewrites none of its variables. */
  @Test
  void anotherSellerReachesTheTaskByNoEngineDoorAndTheOwnerRewritesNoVariable() {
    String code = open(sellerApi, "SALE_WITH_CONTACT", "Intimação", null).path("code").asText();
    String task = taskOf(sellerApi, code);
    Api other = Api.as(port, otherSeller);
    Map<String, Object> conclude = Map.of("variables", Map.of("followUpAction", Map.of("value", "CONCLUDE"),
        "observation", Map.of("value", "Fechei eu")));
    for (String action : List.of("complete", "submit-form", "resolve", "claim", "unclaim", "assignee", "delegate")) {
      Response answer = other.post("/engine-rest/task/" + task + "/" + action,
          action.equals("claim") || action.equals("assignee") || action.equals("delegate")
              ? Map.of("userId", otherSeller) : conclude);
      assertThat(answer.status()).as(action + ": " + answer.text()).isIn(400, 403, 404);
    }
    assertThat(other.get("/engine-rest/task/" + task + "/variables").status()).isIn(403, 404);
    Api tasklist = Api.withSession(port, otherSeller);
    assertThat(tasklist.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    assertThat(tasklist.webappPost("/camunda/api/engine/engine/default/task/" + task + "/submit-form", conclude)
        .status()).isIn(400, 403, 404);
    assertThat(tasklist.webappPost("/camunda/api/engine/engine/default/task/" + task + "/claim",
        Map.of("userId", otherSeller)).status()).isIn(400, 403, 404);

    // The owner may work it, not hand it over nor move its timer.
    assertThat(sellerApi.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", otherSeller)).status())
        .isIn(400, 403);
    assertThat(sellerApi.post("/engine-rest/task/" + task + "/delegate", Map.of("userId", otherSeller)).status())
        .isIn(400, 403);
    assertThat(sellerApi.post("/engine-rest/task/" + task + "/variables", Map.of("modifications",
        Map.of("expiresAt", Map.of("value", "2099-01-01T00:00:00.000-0300", "type", "Date")))).status())
        .isEqualTo(403);
    assertThat(sellerApi.put("/engine-rest/task/" + task + "/variables/product", Map.of("value", "Outro")).status())
        .isEqualTo(403);
    assertThat(followUps.findByCode(code).orElseThrow().getOwner()).isEqualTo(seller);
    assertThat(taskOf(sellerApi, code)).isEqualTo(task);
  }

  /**
   * Finding (high, fixed): an observation within its 4000-character limit overflowed the history
   * line the follow-up writes ("Prazo de … para …. " + observation), so a renewal or a sale over
   * /engine-rest answered 500 with the SQL statement and the opening on /api a 400 that named no
   * field, though the observation was within its limit.
   */
  @Test
  void anObservationWithinItsLimitIsAcceptedWhenOpeningRenewingAndSelling() {
    String longest = "a".repeat(4000);
    Response opened = sellerApi.post("/api/clients/" + client + "/follow-ups", Map.of("type", "SALE_WITH_CONTACT",
        "product", "Intimação", "observation", longest));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    String code = opened.body().path("code").asText();

    Response renewed = sellerApi.completeTask(taskOf(sellerApi, code), Map.of("followUpAction", "RENEW",
        "observation", longest));
    assertThat(renewed.status()).as(renewed.text()).isEqualTo(204);
    Response sold = sellerApi.completeTask(taskOf(sellerApi, code), Map.of("followUpAction", "SOLD",
        "saleDescription", "b".repeat(2000), "observation", longest));
    assertThat(sold.status()).as(sold.text()).isEqualTo(204);
    assertThat(followUps.findByCode(code).orElseThrow().getStatus()).isEqualTo(FollowUpStatus.SOLD);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales WHERE client_id = ?", Long.class, client)).isOne();
  }

  /**
   * Finding (medium, fixed): the four-eyes rule of the validation looked only at the current owner,
   * so a supervisor who opened a follow-up of more than 7 days handed it to a seller and approved it
   * themselves.
   */
  @Test
  void aSupervisorDoesNotApproveAFollowUpTheyOpenedByHandingItToASeller() {
    Api carla = Api.as(port, supervisor);
    String code = open(carla, "SALE_WITH_CONTACT", "Intimação", "2026-12-08").path("code").asText();
    assertThat(followUps.findByCode(code).orElseThrow().getStatus()).isEqualTo(FollowUpStatus.PENDING_VALIDATION);
    assertThat(carla.put("/api/follow-ups/" + code + "/owner", Map.of("owner", seller)).status()).isEqualTo(200);

    Response approved = carla.post("/api/follow-ups/" + code + "/validation", Map.of("decision", "APPROVE"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(400);
    assertThat(approved.message()).contains("outro gestor");
    assertThat(followUps.findByCode(code).orElseThrow().getStatus()).isEqualTo(FollowUpStatus.PENDING_VALIDATION);
    // Another supervisor may.
    Api other = Api.as(port, fixtures.user(fixtures.unique("gestor"), List.of(Roles.SUPERVISORS)));
    assertThat(other.post("/api/follow-ups/" + code + "/validation", Map.of("decision", "APPROVE")).status())
        .isEqualTo(200);
  }

  /**
   * Finding (low, fixed): a quote whose total does not fit its column (100.000 × R$ 9.999.999.999,99)
   * reached the database, which refused it: a 400 "Um dos campos passa do tamanho permitido" naming no field.
   */
  @Test
  void aQuoteWhoseTotalIsTooHighIsA400NamingTheItems() {
    long quotes = jdbc.queryForObject("SELECT COUNT(*) FROM quotes", Long.class);
    Response huge = sellerApi.post("/api/clients/" + client + "/quotes", Map.of("items",
        List.of(Map.of("product", "Licença", "quantity", "100000", "unitPrice", "9.999.999.999,99"))));
    assertThat(huge.status()).as(huge.text()).isEqualTo(400);
    assertThat(huge.message()).startsWith("Itens (items)").contains("total");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quotes", Long.class)).isEqualTo(quotes);
  }

  /** Finding (low, fixed): a JSON value of the wrong type or an impossible date was refused naming no field. */
  @Test
  void aValueOfTheWrongTypeIsRefusedNamingItsField() {
    Response budget = sellerApi.post("/api/clients/" + client + "/follow-ups", Map.of("type", "SALE_WITH_CONTACT",
        "product", "Intimação", "observation", "Orçamento", "budgetSent", "talvez"));
    assertThat(budget.status()).isEqualTo(400);
    assertThat(budget.message()).contains("budgetSent");
    Response until = sellerApi.put("/api/users/" + seller + "/availability",
        Map.of("status", "VACATION", "until", "2026-02-30"));
    assertThat(until.status()).isEqualTo(400);
    assertThat(until.message()).contains("until").doesNotContain("Exception", "java.");
    Response items = sellerApi.post("/api/clients/" + client + "/quotes", Map.of("items", "tudo"));
    assertThat(items.status()).isEqualTo(400);
    assertThat(items.message()).contains("items");
    // Bodies that are no object at all.
    for (String body : List.of("null", "[]", "\"x\"", "")) {
      Response answer = sellerApi.post("/api/clients/" + client + "/interactions", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
    }
    assertThat(sellerApi.get("/api/clients/abc").status()).isEqualTo(400);
    assertThat(sellerApi.get("/api/sales?from=2026-02-30").status()).isIn(400, 403);
    assertThat(sellerApi.post("/api/clients/" + client + "/follow-ups", Map.of("type", "SALE_WITH_CONTACT",
        "product", "Intimação", "observation", "Orçamento", "dueOn", "2026-02-30")).status()).isEqualTo(400);
  }

  /**
   * Finding (medium, fixed): one part of the record that failed (here a checklist code no longer
   * known, as after a rename) made the whole client page a 500; now the rest shows, with an alert.
   */
  @Test
  void aFailingPartOfTheRecordDoesNotHideTheRest() {
    long other = sellerApi.post("/api/clients", Map.of("name", "Outra ficha", "phone", fixtures.uniquePhone()))
        .body().path("id").asLong();
    assertThat(sellerApi.post("/api/clients/" + client + "/interactions", Map.of("channel", "PHONE", "purpose", "SALE",
        "summary", "Liguei e ofereci a intimação")).status()).isEqualTo(201);
    jdbc.update("INSERT INTO duplicate_registrations (code, client_id, existing_id, status, kept_id, merged_id, "
        + "checklist, treated_at, created_at) VALUES (?, ?, ?, 'TREATED', ?, ?, 'NO_LONGER_AN_ITEM', NOW(3), NOW(3))",
        fixtures.unique("CD-RT"), other, client, client, other);

    Response record = sellerApi.get("/api/clients/" + client);
    assertThat(record.status()).as(record.text()).isEqualTo(200);
    assertThat(record.body().path("timeline").toString()).contains("Liguei e ofereci a intimação");
    assertThat(record.body().path("alerts").toString()).contains("indisponível").doesNotContain("Exception");
  }

  /**
   * Finding (medium, fixed): a CPF/CNPJ typed into an existing record (PUT) made an unflagged
   * duplicate: no alert, no task for the central team ("A central será a responsável por tratar
   * todos os cadastros duplicados").
   */
  @Test
  void aCpfTypedIntoAnExistingRecordGoesToTheCentralTeamToo() {
    String cpf = jdbc.queryForObject("SELECT cpf_cnpj FROM clients WHERE id = ?", String.class, client);
    long later = sellerApi.post("/api/clients", Map.of("name", "Sem documento", "phone", fixtures.uniquePhone()))
        .body().path("id").asLong();
    assertThat(sellerApi.put("/api/clients/" + later, Map.of("name", "Sem documento", "phone", fixtures.uniquePhone(),
        "cpfCnpj", cpf)).status()).isEqualTo(204);

    JsonNode record = sellerApi.get("/api/clients/" + later).body();
    assertThat(record.path("duplicateOf").asLong()).isEqualTo(client);
    assertThat(record.path("alerts").toString()).contains("Cadastro duplicado");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM duplicate_registrations WHERE client_id = ? AND existing_id = ?",
        Long.class, later, client)).isOne();
  }

  /** Seed 002 item 9 over Tasklist's door: the owner closing as sold records the sale and its commission. */
  @Test
  void soldOverTheEngineRecordsTheSaleWithItsCommission() {
    String code = open(sellerApi, "SALE_WITH_CONTACT", "Intimação", null).path("code").asText();
    open(Api.as(port, otherSeller), "SALE_WITH_CONTACT", "Intimação", null);
    Response sold = sellerApi.completeTask(taskOf(sellerApi, code), Map.of("followUpAction", "SOLD",
        "saleDescription", "Plano anual"));
    assertThat(sold.status()).as(sold.text()).isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT commission_to FROM sales WHERE client_id = ?", String.class, client))
        .isEqualTo("MANAGER_DECIDES");
  }

  /**
   * Finding (high, fixed): two sales of the same product at once. The second waited for the
   * follow-up's lock, then read the copy its transaction already held (still OPEN), closed it again
   * and correlated the message to an ended process: 500, and the second sale was lost.
   */
  @Test
  void twoSalesAtOnceCloseTheFollowUpOnce() throws Exception {
    String code = open(sellerApi, "SALE_WITH_CONTACT", "Intimação", null).path("code").asText();
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Response>> sales = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      sales.add(CompletableFuture.supplyAsync(() -> {
        await(start);
        return sellerApi.post("/api/clients/" + client + "/sales", Map.of("product", "Intimação", "description",
            "Plano anual", "channel", "PHONE"));
      }));
    }
    List<JsonNode> closed = new ArrayList<>();
    for (CompletableFuture<Response> sale : sales) {
      Response answer = sale.get();
      assertThat(answer.status()).as(answer.text()).isIn(201, 409);
      if (answer.status() == 201) {
        answer.body().path("closedFollowUps").forEach(closed::add);
      }
    }
    assertThat(closed).extracting(JsonNode::asText).containsExactly(code);
    assertThat(followUps.findByCode(code).orElseThrow().getStatus()).isEqualTo(FollowUpStatus.SOLD);
    assertThat(managementService.createJobQuery().processInstanceId(
        followUps.findByCode(code).orElseThrow().getProcessInstanceId()).count()).isZero();
  }

  /** Deadlines around a national holiday (20/11, Consciência Negra since 2024) and the São Paulo end of day. */
  @Test
  void theDeadlineSkipsTheHolidayAndExpiresAtTheEndOfTheSaoPauloDay() {
    Fixtures.setClock(LocalDateTime.of(2026, 11, 18, 22, 30)); // Wednesday, already 01:30 UTC of the 19th
    JsonNode opened = open(sellerApi, "NO_CONTACT", "Pesquisa", null);
    assertThat(opened.path("dueOn").asText()).isEqualTo("2026-11-23");
    Job timer = managementService.createJobQuery().processInstanceId(opened.path("processInstanceId").asText())
        .timers().singleResult();
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(BusinessTime.toInstant(LocalDate.of(2026, 11, 23).atTime(LocalTime.of(23, 59, 59))));
    Response holiday = sellerApi.post("/api/clients/" + client + "/follow-ups", Map.of("type", "NO_CONTACT",
        "product", "Pesquisa", "observation", "Liguei, ninguém atendeu", "dueOn", "2026-11-20"));
    assertThat(holiday.status()).isEqualTo(400);
    assertThat(holiday.message()).contains("não é dia útil");
  }

  private JsonNode open(Api api, String type, String product, String dueOn) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "product", product, "observation",
        "Orçamento enviado por e-mail"));
    if (dueOn != null) {
      body.put("dueOn", dueOn);
    }
    Response opened = api.post("/api/clients/" + client + "/follow-ups", body);
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    return opened.body();
  }

  private static String taskOf(Api owner, String code) {
    for (JsonNode row : owner.get("/api/follow-ups/mine").body()) {
      if (row.path("code").asText().equals(code)) {
        return row.path("taskId").asText();
      }
    }
    throw new AssertionError("No task of " + code);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
