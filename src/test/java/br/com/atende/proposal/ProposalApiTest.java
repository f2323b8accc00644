package br.com.atende.proposal;

import br.com.atende.common.BusinessTime;
import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 003 over HTTP as its users meet it: the sale and every task through /engine-rest (HTTP Basic,
 * engine authorization on), the search, one proposal's log, maintenance and the confirmed export on /api.
 */
@MariaDbIntegrationTest
class ProposalApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  String store;
  String campaign;
  String seller;
  String otherSeller;
  String auditor;
  String keeper;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    store = fixtures.store();
    campaign = fixtures.campaign(List.of(store), 4).getCode();
    seller = fixtures.agent(store);
    otherSeller = fixtures.agent(store);
    auditor = fixtures.user(fixtures.unique("auditor"), List.of(Roles.AUDITORS));
    keeper = fixtures.user(fixtures.unique("keeper"), List.of(Roles.MAINTENANCE));
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void pendingToAuditReturnedResolvedConfirmedAndExportedAsTheManualDescribes() throws Exception {
    Api ana = Api.as(port, seller);
    Api diego = Api.as(port, auditor);
    JsonNode sale = sell(ana, "PENDING_OPERATOR");
    String code = sale.path("proposalCode").asText();
    assertThat(code).matches("2026-\\d{6}");
    assertThat(ana.get("/api/attendances/mine").body().findValuesAsText("proposalCode")).contains(code);

    // Only the seller sees the pendency; the auditors see nothing yet.
    String pendency = onlyTask(ana, "ResolvePendency", code);
    assertThat(Api.as(port, otherSeller).get("/engine-rest/task?processInstanceBusinessKey=" + code).body().size())
        .isZero();
    assertThat(diego.get("/engine-rest/task?processInstanceBusinessKey=" + code).body().size()).isZero();
    assertThat(ana.completeTask(pendency, Map.of("situation", "PENDING_AUDIT")).status()).isEqualTo(204);

    String audit = onlyTask(diego, "AuditProposal", code);
    JsonNode form = diego.get("/engine-rest/task/" + audit + "/form-variables?deserializeValues=false").body();
    assertThat(form.path("history").path("value").asText()).contains("Contratado");
    assertThat(form.path("situationOptions").path("value").asText())
        .contains("CONFIRMED_IN_AUDIT", "CANCELLED_IN_AUDIT", "RETURNED_TO_OPERATOR", "PENDING_AUDIT");
    Response noObservation = diego.completeTask(audit, Map.of("situation", "RETURNED_TO_OPERATOR"));
    assertThat(noObservation.status()).isEqualTo(400);
    assertThat(noObservation.message()).isEqualTo("Ao devolver ao operador, descreva em Observação o que está pendente.");
    assertThat(diego.completeTask(audit, Map.of("situation", "RETURNED_TO_OPERATOR",
        "observation", "Confirmar o endereço de instalação")).status()).isEqualTo(204);

    pendency = onlyTask(ana, "ResolvePendency", code);
    assertThat(ana.completeTask(pendency, Map.of("situation", "PENDING_AUDIT",
        "address", "Rua 10, 100, Setor Oeste, Goiânia - GO")).status()).isEqualTo(204);
    assertThat(diego.completeTask(onlyTask(diego, "AuditProposal", code), Map.of("situation", "CONFIRMED_IN_AUDIT"))
        .status()).isEqualTo(204);

    JsonNode proposal = ana.get("/api/proposals/" + code).body();
    assertThat(proposal.path("situation").asText()).isEqualTo("CONFIRMED_IN_AUDIT");
    assertThat(proposal.path("address").asText()).isEqualTo("Rua 10, 100, Setor Oeste, Goiânia - GO");
    assertThat(proposal.path("openTask").isNull()).isTrue();
    assertThat(proposal.path("changes").findValuesAsText("to")).containsExactly("PENDING_OPERATOR", "PENDING_AUDIT",
        "RETURNED_TO_OPERATOR", "PENDING_AUDIT", "CONFIRMED_IN_AUDIT");
    assertThat(proposal.path("changes").findValuesAsText("changedBy"))
        .containsExactly(seller, seller, auditor, seller, auditor);

    // A second sale is cancelled by maintenance while it waits for the audit.
    String other = sell(ana, "PENDING_AUDIT").path("proposalCode").asText();
    Api elisa = Api.as(port, keeper);
    assertThat(Api.as(port, seller).post("/api/proposals/" + other + "/maintenance", "").status()).isEqualTo(403);
    Response opened = elisa.post("/api/proposals/" + other + "/maintenance", "");
    assertThat(opened.status()).isEqualTo(200);
    String maintain = opened.body().path("taskId").asText();
    assertThat(onlyTask(elisa, "MaintainProposal", other)).isEqualTo(maintain);
    assertThat(elisa.completeTask(maintain, Map.of("situation", "CANCELLED_IN_MAINTENANCE",
        "cancelReason", "CLIENT_GAVE_UP", "observation", "Cliente desistiu por telefone")).status()).isEqualTo(204);
    assertThat(ana.get("/api/proposals/" + other).body().path("situation").asText())
        .isEqualTo("CANCELLED_IN_MAINTENANCE");

    // The export holds the confirmed one only, for the operation's client.
    assertThat(Api.as(port, seller).download("/api/proposals/export").statusCode()).isEqualTo(403);
    HttpResponse<byte[]> download = diego.download("/api/proposals/export?format=xlsx&from=2026-11-30&to=2026-11-30");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("propostas-confirmadas");
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
      workbook.getFirstSheet().openStream().forEach(row -> rows.add(texts(row)));
    }
    assertThat(rows.get(0).get(0)).isEqualTo("Propostas confirmadas");
    int header = rows.indexOf(rows.stream().filter(row -> row.get(0).equals("Código da proposta")).findFirst()
        .orElseThrow());
    assertThat(rows.get(header)).startsWith("Código da proposta", "Data da venda", "Cliente");
    List<String> codes = rows.subList(header + 1, rows.size()).stream().map(row -> row.get(0)).toList();
    assertThat(codes).contains(code).doesNotContain(other);
    List<String> confirmed = rows.stream().filter(row -> row.get(0).equals(code)).findFirst().orElseThrow();
    assertThat(confirmed).contains("Confirmada na Auditoria Off-line", auditor, seller, "(62) 99000-0000");
  }

  @Test
  void theSearchFiltersAsTheManualListsAndAnAgentFindsOnlyWhatTheySold() {
    Api ana = Api.as(port, seller);
    Api bruno = Api.as(port, otherSeller);
    String mine = sell(ana, "PENDING_AUDIT").path("proposalCode").asText();
    String his = sell(bruno, "PENDING_AUDIT").path("proposalCode").asText();

    assertThat(codes(ana.get("/api/proposals"))).contains(mine).doesNotContain(his);
    assertThat(ana.get("/api/proposals/" + his).status()).isEqualTo(403);
    assertThat(codes(Api.as(port, auditor).get("/api/proposals"))).contains(mine, his);

    Api diego = Api.as(port, auditor);
    assertThat(codes(diego.get("/api/proposals?code=" + mine))).containsExactly(mine);
    assertThat(codes(diego.get("/api/proposals?name=cliente%20&code=" + his))).containsExactly(his);
    assertThat(codes(diego.get("/api/proposals?name=ninguem"))).isEmpty();
    assertThat(codes(diego.get("/api/proposals?from=2026-11-30&to=2026-11-30&auditType=OFFLINE"))).contains(mine, his);
    assertThat(codes(diego.get("/api/proposals?from=2026-12-01"))).doesNotContain(mine, his);
    assertThat(codes(diego.get("/api/proposals?situation=CONFIRMED_IN_AUDIT&code=" + mine))).isEmpty();
    assertThat(codes(diego.get("/api/proposals?cpfCnpj=529.982.247-25&code=" + mine))).isEmpty();
    Response badDate = diego.get("/api/proposals?from=30/11/2026");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.message()).isEqualTo("Data início inválida: 30/11/2026 (use AAAA-MM-DD).");

    JsonNode found = diego.get("/api/proposals?code=" + mine).body().path("proposals").get(0);
    assertThat(found.path("openTask").path("step").asText()).isEqualTo("AuditProposal");
    assertThat(found.path("proposal").path("situationLabel").asText())
        .isEqualTo("Pré-venda/Pendente Auditoria Off-line (Não venda)");
  }

  /** Seed 003's audit type is the campaign's: a sale of an on-line campaign makes an on-line proposal. */
  @Test
  void theProposalTakesTheAuditTypeOfTheCampaignItWasSoldIn() {
    campaign = fixtures.unique("ONLINE");
    Api fabio = Api.as(port, fixtures.user(fixtures.unique("bi"), List.of(Roles.PROCESS_OWNERS)));
    assertThat(fabio.post("/api/campaigns", Map.of("code", campaign, "name", "Pós on-line", "offer", "Pós 50 GB",
        "storeCodes", List.of(store), "startsOn", BusinessTime.today().toString(), "endsOn",
        BusinessTime.today().plusDays(10).toString(), "auditType", "ONLINE",
        // Not about the calling hours: the suite runs at any hour.
        "contactPolicy", "CONSENTED")).status()).isEqualTo(201);
    fixtures.importCsv(campaign, Fixtures.mailing(1, store));

    String code = sell(Api.as(port, seller), "PENDING_AUDIT").path("proposalCode").asText();

    Api diego = Api.as(port, auditor);
    JsonNode found = diego.get("/api/proposals?code=" + code).body().path("proposals").get(0);
    assertThat(found.path("proposal").path("auditType").asText()).isEqualTo("Auditoria on-line");
    assertThat(codes(diego.get("/api/proposals?auditType=ONLINE&code=" + code))).containsExactly(code);
    assertThat(codes(diego.get("/api/proposals?auditType=OFFLINE&code=" + code))).isEmpty();
  }

  @Test
  void whoSoldCannotAuditItOverHttpEither() {
    String both = fixtures.user(fixtures.unique("agentauditor"), List.of(Roles.AGENTS, Roles.storeGroup(store),
        Roles.AUDITORS));
    Api api = Api.as(port, both);
    String code = sell(api, "PENDING_AUDIT").path("proposalCode").asText();
    String audit = onlyTask(Api.as(port, auditor), "AuditProposal", code);

    Response claim = api.post("/engine-rest/task/" + audit + "/claim", Map.of("userId", both));
    assertThat(claim.status()).isEqualTo(400);
    assertThat(claim.message()).isEqualTo(ProposalForm.OWN_SALE_REFUSED);
    Response refused = api.completeTask(audit, Map.of("situation", "CONFIRMED_IN_AUDIT"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo(ProposalForm.OWN_SALE_REFUSED);
  }

  /** Pulls a lead and completes it as a sale; answers the lead as GET /api/leads/{id} shows it. */
  private JsonNode sell(Api agent, String situation) {
    JsonNode pulled = agent.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode", campaign)).body();
    Response done = agent.completeTask(pulled.path("taskId").asText(),
        Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500 Mega", "situation", situation));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    return agent.get("/api/leads/" + pulled.path("leadId").asLong()).body();
  }

  private static String onlyTask(Api api, String definitionKey, String code) {
    JsonNode tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + code).body();
    assertThat(tasks.findValuesAsText("taskDefinitionKey")).containsOnly(definitionKey);
    assertThat(tasks.size()).as(definitionKey + " tasks visible").isEqualTo(1);
    return tasks.get(0).path("id").asText();
  }

  private static List<String> codes(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body().path("proposals").findValuesAsText("code");
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      texts.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
    }
    return texts;
  }
}
