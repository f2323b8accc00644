package br.com.atende.report;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 000's reports over HTTP on MariaDB, against a campaign whose every lead is known: two
 * stores, store-specific and any-store leads, and one lead in each situation.
 */
@MariaDbIntegrationTest
class ReportsApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String storeA;
  String storeB;
  String agentA;
  Campaign campaign;
  String supervisor;

  /**
   * Mailing order: 1 (A), 2 (A), 3 (any), 4 (any), 5 (B), 6 (any). Agent A works 1 no answer,
   * 2 refused, 3 left in progress, 4 inconsistent; agent B sells 5; 6 is never pulled.
   */
  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    storeA = fixtures.store();
    storeB = fixtures.store();
    campaign = fixtures.campaign(List.of(storeA, storeB), 0);
    fixtures.importCsv(campaign.getCode(), "nome;telefone;loja\n"
        + "Um;62991230001;" + storeA + "\nDois;62991230002;" + storeA + "\nTrês;62991230003;\n"
        + "Quatro;62991230004;\nCinco;62991230005;" + storeB + "\nSeis;62991230006;\n");
    agentA = fixtures.agent(storeA);
    String agentB = fixtures.agent(storeB);
    complete(pull(agentA, storeA), Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    complete(pull(agentA, storeA), Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Caro"));
    pull(agentA, storeA);
    complete(pull(agentA, storeA), Map.of("outcome", "INCONSISTENT", "reason", "NONEXISTENT_PHONE"));
    complete(pull(agentB, storeB), Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500"));
    supervisor = fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS));
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void theConsolidatedViewCountsEachStoreAndLeavesOutInProgressAndInconsistent() {
    JsonNode report = Api.as(port, supervisor).get("/api/reports/mailing?campaign=" + campaign.getCode()).body();

    JsonNode rows = report.path("rows");
    assertThat(rows.size()).isEqualTo(3);
    JsonNode a = row(rows, storeA);
    assertThat(a.path("imported").asLong()).isEqualTo(4);
    assertThat(a.path("queued").asLong()).isEqualTo(1);
    assertThat(a.path("refused").asLong()).isEqualTo(1);
    assertThat(a.path("notWorked").asLong()).isZero();
    assertThat(a.path("contracted").asLong()).isZero();
    assertThat(a.path("attempts").asLong()).isEqualTo(3);
    assertThat(a.has("inProgress")).isFalse();
    assertThat(a.has("inconsistent")).isFalse();
    JsonNode b = row(rows, storeB);
    assertThat(b.path("imported").asLong()).isEqualTo(1);
    assertThat(b.path("contracted").asLong()).isEqualTo(1);
    JsonNode any = row(rows, MailingReport.ANY_STORE);
    assertThat(any.path("imported").asLong()).isEqualTo(1);
    assertThat(any.path("notWorked").asLong()).isEqualTo(1);
    assertThat(report.path("note").asText()).contains("só na visão não consolidada");
  }

  @Test
  void filtersNarrowTheCountsAndBadFiltersAreRefused() {
    Api api = Api.as(port, supervisor);
    String base = "/api/reports/mailing?campaign=" + campaign.getCode();

    assertThat(api.get(base + "&store=" + storeB).body().path("rows").size()).isEqualTo(1);
    JsonNode refused = api.get(base + "&outcome=REFUSED").body().path("rows");
    assertThat(refused.size()).isEqualTo(1);
    assertThat(refused.get(0).path("refused").asLong()).isEqualTo(1);
    assertThat(refused.get(0).path("imported").asLong()).isEqualTo(1);
    assertThat(row(api.get(base + "&agent=" + agentA).body().path("rows"), storeA).path("imported").asLong())
        .isEqualTo(4);
    assertThat(api.get(base + "&from=2026-12-01").body().path("rows").size()).isZero();
    assertThat(api.get(base + "&from=2026-11-30&to=2026-11-30").body().path("rows").size()).isEqualTo(3);

    Response badDate = api.get(base + "&from=30/11/2026");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.message()).isEqualTo("Data de início inválida: 30/11/2026. Use aaaa-mm-dd.");
    assertThat(api.get(base + "&from=2026-12-02&to=2026-12-01").message())
        .isEqualTo("O fim do período não pode ser anterior ao início.");
    assertThat(api.get(base + "&outcome=MAYBE").message()).isEqualTo("Resultado inválido: MAYBE.");
  }

  @Test
  void eachRoleSeesOnlyItsShare() {
    String base = "/api/reports/mailing?campaign=" + campaign.getCode();
    String supervisorOfB = fixtures.user(fixtures.unique("supb"), List.of(Roles.SUPERVISORS, Roles.storeGroup(storeB)));
    JsonNode ofB = Api.as(port, supervisorOfB).get(base).body().path("rows");
    assertThat(ofB.findValuesAsText("store")).containsExactlyInAnyOrder(storeB, MailingReport.ANY_STORE);
    assertThat(Api.as(port, supervisorOfB).get(base + "&store=" + storeA).status()).isEqualTo(403);

    JsonNode mine = Api.as(port, agentA).get(base).body().path("rows");
    assertThat(mine.findValuesAsText("store")).containsExactly(storeA);
    Response someoneElse = Api.as(port, agentA).get(base + "&agent=" + supervisor);
    assertThat(someoneElse.status()).isEqualTo(403);
    assertThat(someoneElse.message()).isEqualTo("Você só vê os seus próprios números.");

    String auditor = fixtures.user(fixtures.unique("aud"), List.of(Roles.AUDITORS));
    assertThat(Api.as(port, auditor).get(base).status()).isEqualTo(403);
  }

  @Test
  void theXlsxExportHasOneTypedRowPerLeadAndAttemptIncludingInProgressAndInconsistent() throws Exception {
    HttpResponse<byte[]> download = download("xlsx");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Relatório mailing — visão não consolidada");
      assertThat(rows.get(1).getCellText(0)).contains("Campanha: " + campaign.getCode());
      // The reader skips the blank 4th row: the header is the 5th row of the sheet.
      Row header = rows.get(3);
      assertThat(header.getRowNum()).isEqualTo(5);
      assertThat(header.getCellText(0)).isEqualTo("Lead");
      assertThat(header.getCellText(5)).isEqualTo("Situação do lead");
      List<Row> data = rows.subList(4, rows.size());
      assertThat(data).hasSize(6);
      assertThat(data).extracting(row -> row.getCellText(5))
          .containsExactlyInAnyOrder("Na fila", "Recusado", "Em andamento", "Inconsistente", "Contratado", "Novo");
      Row refused = data.stream().filter(row -> "Recusado".equals(row.getCellText(5))).findFirst().orElseThrow();
      assertThat(refused.getCell(7).getType()).isEqualTo(CellType.NUMBER);
      assertThat(refused.getCell(7).asNumber().intValue()).isEqualTo(1);
      assertThat(refused.getCell(9).getType()).isEqualTo(CellType.NUMBER);
      assertThat(refused.getCell(9).asDate()).isEqualTo(MONDAY_10AM);
      assertThat(refused.getCellText(8)).isEqualTo(agentA);
      assertThat(refused.getCellText(11)).isEqualTo("Recusado");
      assertThat(refused.getCellText(12)).isEqualTo("Preço");
    }
  }

  @Test
  void theCsvExportIsWhatExcelInBrazilOpens() throws Exception {
    HttpResponse<byte[]> download = download("csv");
    byte[] bytes = download.body();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(4)).startsWith("Lead;Cliente;Telefone;Campanha;Loja;Situação do lead");
    assertThat(lines.subList(5, lines.size())).hasSize(6)
        .anySatisfy(line -> assertThat(line).contains(";Inconsistente;").contains(";Atendimento inconsistente;")
            .contains(";Telefone inexistente;").contains("30/11/2026 10:00"))
        .anySatisfy(line -> assertThat(line).contains(";Na fila;").contains(";Não atendido;Ocupado;"))
        .noneSatisfy(line -> assertThat(line).containsAnyOf("QUEUED", "NO_ANSWER", "BUSY", "INCONSISTENT",
            "NONEXISTENT_PHONE", "IN_PROGRESS", "CONTRACTED"));
  }

  /** Seed 001's action type is written by its name, as the campaign declares it, not by its code. */
  @Test
  void theExportNamesTheActionTypeAndTheFiltersInPortuguese() {
    Campaign withTypes = fixtures.campaign(List.of(storeA), 0,
        List.of(new NewActionType("LIGACAO", "Ligação", "Bom dia, aqui é da loja.")));
    fixtures.importCsv(withTypes.getCode(), "nome;telefone;loja\nOito;62991230008;" + storeA + "\n");
    Pulled pulled = attendance.pullNext(new AtendeUser(agentA, Set.of(Roles.AGENTS, Roles.storeGroup(storeA))),
        storeA, withTypes.getCode());
    complete(pulled, Map.of("outcome", "WHATSAPP_SENT", "actionType", "LIGACAO", "observation", "Sem resposta"));

    HttpResponse<byte[]> download = Api.as(port, supervisor).download("/api/reports/mailing/export?format=csv"
        + "&outcome=WHATSAPP_SENT&campaign=" + withTypes.getCode());
    String csv = new String(download.body(), StandardCharsets.UTF_8);

    assertThat(csv).contains("Resultado: WhatsApp enviado")
        .contains(";WhatsApp sem resposta;").contains(";Ligação;WhatsApp enviado;;Sem resposta;")
        .doesNotContain("LIGACAO").doesNotContain("WHATSAPP_SENT").doesNotContain("WHATSAPP_NO_REPLY");
  }

  @Test
  void conversionCountsAttemptsContactsAndSalesPerAgentAndDay() {
    JsonNode report = Api.as(port, supervisor).get("/api/reports/conversion?campaign=" + campaign.getCode()).body();

    JsonNode rows = report.path("rows");
    assertThat(rows.size()).isEqualTo(2);
    JsonNode a = rows.get(0).path("agent").asText().equals(agentA) ? rows.get(0) : rows.get(1);
    JsonNode b = a == rows.get(0) ? rows.get(1) : rows.get(0);
    // Agent A: no answer, refused, inconsistent (one left in progress is no attempt yet).
    assertThat(a.path("store").asText()).isEqualTo(storeA);
    assertThat(a.path("attempts").asLong()).isEqualTo(3);
    assertThat(a.path("contacts").asLong()).isEqualTo(1);
    assertThat(a.path("sales").asLong()).isZero();
    assertThat(a.path("conversion").asDouble()).isZero();
    assertThat(b.path("store").asText()).isEqualTo(storeB);
    assertThat(b.path("attempts").asLong()).isEqualTo(1);
    assertThat(b.path("sales").asLong()).isEqualTo(1);
    assertThat(b.path("conversion").asDouble()).isEqualTo(100.0);
    JsonNode days = report.path("days");
    assertThat(days.size()).isEqualTo(1);
    assertThat(days.get(0).path("day").asText()).isEqualTo("2026-11-30");
    assertThat(days.get(0).path("attempts").asLong()).isEqualTo(4);
    assertThat(days.get(0).path("sales").asLong()).isEqualTo(1);
    assertThat(days.get(0).path("conversion").asDouble()).isEqualTo(25.0);

    JsonNode agentsOwn = Api.as(port, agentA).get("/api/reports/conversion?campaign=" + campaign.getCode()).body();
    assertThat(agentsOwn.path("rows").findValuesAsText("agent")).containsExactly(agentA);
    assertThat(Api.as(port, supervisor).get("/api/reports/conversion?campaign=" + campaign.getCode()
        + "&from=2026-12-01").body().path("rows").size()).isZero();
  }

  @Test
  void statisticsCountAttemptsPerAgentAndDayOutcomesReasonsCallbacksAndTheAveragePerLead() {
    fixtures.importCsv(campaign.getCode(), "nome;telefone;loja\nSete;62991230007;" + storeA + "\n");
    // Pending: booked for tomorrow. Kept: its CallBack task was done. Missed: an hour past, nothing done.
    complete(pull(agentA, storeA), Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T10:00"));
    Pulled kept = pull(agentA, storeA);
    complete(kept, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T10:30"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(kept.processInstanceId())
        .singleResult().getId());
    taskService.complete(taskService.createTaskQuery().processInstanceId(kept.processInstanceId()).singleResult()
        .getId(), Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Pensou melhor"));
    complete(pull(agentA, storeA), Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T10:45"));
    Fixtures.setClock(MONDAY_10AM.plusHours(2));

    JsonNode stats = Api.as(port, supervisor).get("/api/reports/statistics?campaign=" + campaign.getCode()).body();

    assertThat(stats.path("callbacks").path("kept").asLong()).isEqualTo(1);
    assertThat(stats.path("callbacks").path("missed").asLong()).isEqualTo(1);
    assertThat(stats.path("callbacks").path("pending").asLong()).isEqualTo(1);
    JsonNode perDay = stats.path("attemptsPerAgentPerDay");
    assertThat(perDay.toString())
        .contains("{\"agent\":\"" + agentA + "\",\"day\":\"2026-11-30\",\"attempts\":7}");
    assertThat(perDay.size()).isEqualTo(2);
    assertThat(stats.path("outcomes").toString())
        .contains("{\"outcome\":\"SCHEDULED\",\"reason\":null,\"reasonLabel\":null,\"attempts\":3}")
        .contains("{\"outcome\":\"REFUSED\",\"reason\":null,\"reasonLabel\":null,\"attempts\":2}")
        .contains("{\"outcome\":\"CONTRACTED\",\"reason\":null,\"reasonLabel\":null,\"attempts\":1}");
    assertThat(stats.path("reasons").toString())
        .contains("{\"outcome\":\"REFUSED\",\"reason\":\"PRICE\",\"reasonLabel\":\"Preço\",\"attempts\":2}")
        .contains("{\"outcome\":\"NO_ANSWER\",\"reason\":\"BUSY\",\"reasonLabel\":\"Ocupado\",\"attempts\":1}")
        .doesNotContain("\"reason\":null");
    // 8 attempts over the 6 leads that have one (the lead left in progress has none yet).
    assertThat(stats.path("averageAttemptsPerLead").asDouble()).isEqualTo(1.33);
  }

  @Test
  void theConversionExportHasNumbersAsNumbers() throws Exception {
    HttpResponse<byte[]> download = download("/api/reports/conversion/export", "xlsx");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Conversão");
      assertThat(rows.get(3).getCellText(6)).isEqualTo("Conversão (%)");
      Row sold = rows.stream().filter(row -> "1".equals(row.getCellText(5))).findFirst().orElseThrow();
      assertThat(sold.getCell(6).getType()).isEqualTo(CellType.NUMBER);
      assertThat(sold.getCell(6).asNumber().doubleValue()).isEqualTo(100.0);
    }
  }

  private HttpResponse<byte[]> download(String format) {
    return download("/api/reports/mailing/export", format);
  }

  private HttpResponse<byte[]> download(String path, String format) {
    return Api.as(port, supervisor).download(path + "?format=" + format + "&campaign=" + campaign.getCode());
  }

  private Pulled pull(String agent, String store) {
    return attendance.pullNext(new AtendeUser(agent, Set.of(Roles.AGENTS, Roles.storeGroup(store))), store,
        campaign.getCode());
  }

  private void complete(Pulled pulled, Map<String, Object> variables) {
    taskService.complete(pulled.taskId(), variables);
  }

  private static JsonNode row(JsonNode rows, String store) {
    for (JsonNode row : rows) {
      if (store.equals(row.path("store").asText())) {
        return row;
      }
    }
    throw new AssertionError("no row for store " + store + " in " + rows);
  }
}
