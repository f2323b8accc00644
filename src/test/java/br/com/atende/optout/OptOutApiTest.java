package br.com.atende.optout;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.common.Phones;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The opt-out ledger over HTTP on MariaDB: manual entries and who may make them, the Não Me
 * Perturbe / Não Me Ligue import, the attendance's refusal and the dealer's "Não quer WhatsApp"
 * writing the same ledger, and a number's evidence as JSON and CSV. Numbers here are DDD 48 or
 * {@link Fixtures#uniquePhone()}, never the mailing numbers other tests' queues serve.
 */
@MariaDbIntegrationTest
@RecordApplicationEvents
class OptOutApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;
  @Autowired OptOutImporter importer;
  @Autowired OptOutLedger ledger;

  String store;
  String agent;
  Api supervisor;
  Api agentApi;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    store = fixtures.store();
    agent = fixtures.agent(store);
    agentApi = Api.as(port, agent);
    supervisor = Api.as(port, fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS)));
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aSupervisorRecordsAnOptOutInAnyFormatAndReadsItBackOnce() {
    String phone = fixtures.uniquePhone();
    String e164 = Phones.toE164(phone).orElseThrow();

    Response created = supervisor.post("/api/opt-outs", Map.of("phone", phone, "channel", "VOICE", "source", "LGPD",
        "proof", "E-mail do titular de 30/11/2026"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.body().path("phone").asText()).isEqualTo(e164);
    // The same request again (E.164 this time) keeps the first row and its proof.
    assertThat(supervisor.post("/api/opt-outs", Map.of("phone", e164, "channel", "VOICE", "source", "LGPD",
        "proof", "outra")).status()).isEqualTo(201);

    JsonNode rows = supervisor.get("/api/opt-outs?phone=" + e164.substring(3)).body();
    assertThat(rows).hasSize(1);
    JsonNode row = rows.get(0);
    assertThat(row.path("channelLabel").asText()).isEqualTo("Ligação");
    assertThat(row.path("sourceLabel").asText()).isEqualTo("LGPD");
    assertThat(row.path("proof").asText()).isEqualTo("E-mail do titular de 30/11/2026");
    assertThat(row.path("recordedAt").asText()).isEqualTo("30/11/2026 10:00");
    assertThat(row.path("recordedBy").asText()).isNotBlank();
  }

  @Test
  void aBadPhoneOrCodeIsA400NamingTheFieldAndAgentsMayNotKeepTheLedger() {
    Response badPhone = supervisor.post("/api/opt-outs", Map.of("phone", "12345", "channel", "VOICE",
        "source", "LGPD"));
    assertThat(badPhone.status()).isEqualTo(400);
    assertThat(badPhone.message()).isEqualTo("Telefone (phone): \"12345\" não é um número brasileiro válido com DDD.");
    Response noPhone = supervisor.get("/api/opt-outs");
    assertThat(noPhone.status()).isEqualTo(400);
    assertThat(noPhone.message()).startsWith("Telefone (phone)");
    Response badChannel = supervisor.post("/api/opt-outs", Map.of("phone", fixtures.uniquePhone(), "channel", "FAX",
        "source", "LGPD"));
    assertThat(badChannel.status()).isEqualTo(400);
    assertThat(badChannel.message()).isEqualTo("Canal (channel): \"FAX\" não é válido; use um destes valores: "
        + "VOICE, WHATSAPP, SMS, ALL.");

    String phone = fixtures.uniquePhone();
    Response list = agentApi.post("/api/opt-outs", Map.of("phone", phone, "channel", "VOICE", "source",
        "NAO_ME_PERTURBE"));
    assertThat(list.status()).isEqualTo(403);
    assertThat(list.message()).isEqualTo(OptOutService.SUPERVISORS_ONLY);
    Response notAttending = agentApi.post("/api/opt-outs", Map.of("phone", phone, "channel", "VOICE", "source",
        "CLIENT_REQUEST"));
    assertThat(notAttending.status()).isEqualTo(403);
    assertThat(notAttending.message()).isEqualTo(OptOutService.AGENT_OWN_LEAD);
    assertThat(agentApi.get("/api/opt-outs?phone=" + q(phone)).status()).isEqualTo(403);
    Response upload = agentApi.upload("/api/opt-outs/import?source=NAO_ME_PERTURBE", "file", "nmp.csv",
        "telefone\n(48) 99100-0001\n".getBytes(StandardCharsets.UTF_8));
    assertThat(upload.status()).isEqualTo(403);
    assertThat(agentApi.get("/api/evidence?phone=" + q(phone)).status()).isEqualTo(403);
    assertThat(agentApi.download("/api/evidence.csv?phone=" + q(phone)).statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opt_outs WHERE phone IN (?, ?)", Integer.class,
        Phones.toE164(phone).orElseThrow(), "+5548991000001")).isZero();
  }

  @Test
  void anAgentRecordsTheClientsRequestForTheLeadTheyAreAttending() {
    String phone = fixtures.uniquePhone();
    Campaign campaign = campaignWith(phone);
    assertThat(next(agentApi, campaign).status()).isEqualTo(200);

    Response recorded = agentApi.post("/api/opt-outs", Map.of("phone", phone, "channel", "WHATSAPP", "source",
        "CLIENT_REQUEST", "proof", "Pediu durante a ligação"));

    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    assertThat(recorded.body().path("proof").asText()).startsWith("Pedido do cliente ao atendente " + agent
        + " no atendimento do lead ").endsWith(": Pediu durante a ligação");
    assertThat(recorded.body().path("recordedBy").asText()).isEqualTo(agent);
  }

  @Test
  void aListOfFiftyThousandNumbersImportsAtDatabaseSpeedAndAgainAddsNothing() {
    int rows = 50_000;
    StringBuilder csv = new StringBuilder("nome;telefone\n");
    for (int i = 0; i < rows; i++) {
      if (i == 10) {
        csv.append("Sem número;\n");
      } else if (i == 20) {
        csv.append("Curto;12345\n");
      } else if (i == 30) {
        csv.append("Repetido;").append(nmp(0)).append('\n');
      } else {
        csv.append("Cliente;").append(i % 2 == 0 ? nmp(i) : nmp(i).replaceAll("\\D", "")).append('\n');
      }
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    long started = System.nanoTime();
    Response first = supervisor.upload("/api/opt-outs/import?source=NAO_ME_PERTURBE", "file", "nmp.csv", file);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("Opt-out import: %d rows in %d ms (%d rows/s)%n", rows, millis, rows * 1000L / Math.max(1, millis));

    assertThat(first.status()).as(first.text()).isEqualTo(200);
    JsonNode result = first.body();
    assertThat(result.path("channel").asText()).isEqualTo("VOICE");
    assertThat(result.path("read").asInt()).isEqualTo(rows);
    assertThat(result.path("recorded").asInt()).isEqualTo(rows - 3);
    assertThat(result.path("alreadyThere").asInt()).isEqualTo(1);
    assertThat(result.path("invalid").asInt()).isEqualTo(2);
    // The header is line 1, so row i is line i + 2.
    assertThat(result.path("invalidLines").findValuesAsText("line")).containsExactly("12", "22");
    assertThat(result.path("invalidLines").get(1).path("message").asText())
        .isEqualTo("Telefone inválido (\"12345\"): informe o número com DDD.");
    assertThat(result.path("message").asText()).isEqualTo("Lidas 50000 linhas da lista Não Me Perturbe: 49997 números "
        + "registrados, 1 já estavam no registro, 2 inválidos.");
    long firstId = result.path("firstId").asLong();
    long lastId = result.path("lastId").asLong();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opt_outs WHERE id BETWEEN ? AND ? AND source = 'NAO_ME_PERTURBE'",
        Integer.class, firstId, lastId)).isEqualTo(rows - 3);
    JsonNode row = supervisor.get("/api/opt-outs?phone=" + q(nmp(1))).body().get(0);
    assertThat(row.path("proof").asText()).startsWith("Lista Não Me Perturbe, arquivo nmp.csv, importada em ");

    Response again = supervisor.upload("/api/opt-outs/import?source=NAO_ME_PERTURBE", "file", "nmp.csv", file);
    assertThat(again.body().path("recorded").asInt()).isZero();
    assertThat(again.body().path("alreadyThere").asInt()).isEqualTo(rows - 2);
    assertThat(again.body().path("firstId").isNull()).isTrue();
  }

  @Test
  void aBadFileIsA400AndLeavesNothingBehind() {
    Response noColumn = supervisor.upload("/api/opt-outs/import?source=NAO_ME_LIGUE", "file", "x.csv",
        "nome;celular\nMaria;(48) 99200-0001\n".getBytes(StandardCharsets.UTF_8));
    assertThat(noColumn.status()).isEqualTo(400);
    assertThat(noColumn.message()).isEqualTo("O arquivo precisa da coluna telefone na primeira linha.");

    // Good rows first, more than a batch of them, then a quote that never closes.
    StringBuilder csv = new StringBuilder("telefone\n");
    for (int i = 0; i < 2_500; i++) {
      csv.append("(48) 99200-").append(String.format("%04d", i)).append('\n');
    }
    csv.append("\"(48) 99201-0000\n(48) 99201-0001\n");
    Response broken = supervisor.upload("/api/opt-outs/import?source=NAO_ME_LIGUE", "file", "x.csv",
        csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.message()).contains("aspas sem fechamento").contains("nenhum número gravado");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opt_outs WHERE phone LIKE '+554899200%'", Integer.class))
        .isZero();

    Response wrongList = supervisor.upload("/api/opt-outs/import?source=CLIENT_REQUEST", "file", "x.csv",
        "telefone\n(48) 99200-0001\n".getBytes(StandardCharsets.UTF_8));
    assertThat(wrongList.status()).isEqualTo(400);
    assertThat(wrongList.message()).startsWith("Lista (source): importe NAO_ME_PERTURBE ou NAO_ME_LIGUE");
    assertThat(supervisor.upload("/api/opt-outs/import", "file", "x.csv", "telefone\n".getBytes(StandardCharsets.UTF_8))
        .message()).startsWith("Lista (source): informe");
  }

  @Test
  void anImportPublishesOneEventForItsRowsAndARecordOneForItsNumber() throws IOException {
    Path file = Files.createTempFile("nml-", ".csv");
    try {
      Files.writeString(file, "telefone\n(48) 99400-0001\n(48) 99400-0002\n(48) 99400-0001\n");
      OptOutImporter.Result result = importer.importFile(file, OptOutSource.NAO_ME_LIGUE, OptOutChannel.ALL, "teste",
          "test");
      assertThat(result.recorded()).isEqualTo(2);
      assertThat(result.lastId() - result.firstId()).isEqualTo(1);
      assertThat(events.stream(OptOutsImported.class))
          .containsExactly(new OptOutsImported(result.firstId(), result.lastId()));
      assertThat(importer.importFile(file, OptOutSource.NAO_ME_LIGUE, OptOutChannel.ALL, "teste", "test").recorded())
          .isZero();
      assertThat(events.stream(OptOutsImported.class)).hasSize(1);
    } finally {
      Files.deleteIfExists(file);
    }
    ledger.record("+5548994000003", OptOutChannel.SMS, OptOutSource.LGPD, null, "test");
    assertThat(events.stream(OptedOut.class)).containsExactly(new OptedOut("+5548994000003", OptOutChannel.SMS));
    assertThat(ledger.blocks("+5548994000001", OptOutChannel.WHATSAPP)).isTrue();
    assertThat(ledger.blocks("+5548994000003", OptOutChannel.VOICE)).isFalse();
  }

  @Test
  void theDealersNoWhatsappIsTheLedgersWhatsappChannel() {
    String phone = fixtures.uniquePhone();
    Response created = supervisor.post("/api/clients", Map.of("name", "Maria", "phone", phone, "noWhatsapp", true,
        "wantsNewCar", false));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long client = created.body().path("id").asLong();

    JsonNode rows = supervisor.get("/api/opt-outs?phone=" + q(phone)).body();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).path("channel").asText()).isEqualTo("WHATSAPP");
    assertThat(rows.get(0).path("source").asText()).isEqualTo("CLIENT_REQUEST");
    assertThat(rows.get(0).path("proof").asText()).startsWith("\"Não quer WhatsApp\" no cadastro do cliente " + client);
    Response optIn = supervisor.patch("/api/clients/" + client + "/flags", Map.of("noWhatsapp", false));
    assertThat(optIn.status()).isEqualTo(409);
    assertThat(optIn.message()).startsWith("O número deste cliente está no registro de descadastros de WhatsApp "
        + "(Pedido do cliente, WhatsApp, em 30/11/2026 10:00)");
    assertThat(supervisor.get("/api/clients/" + client).body().path("noWhatsapp").asBoolean()).isTrue();

    // A number on São Paulo's Não Me Ligue (every channel) is no WhatsApp client either.
    String listed = "(48) 99300-0001";
    long other = supervisor.post("/api/clients", Map.of("name", "João", "phone", listed, "noWhatsapp", false,
        "wantsNewCar", false)).body().path("id").asLong();
    assertThat(supervisor.get("/api/clients/" + other).body().path("noWhatsapp").asBoolean()).isFalse();
    Response imported = supervisor.upload("/api/opt-outs/import?source=NAO_ME_LIGUE", "file", "nml.csv",
        ("telefone\n" + listed + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(imported.body().path("channel").asText()).isEqualTo("ALL");
    assertThat(supervisor.get("/api/clients/" + other).body().path("noWhatsapp").asBoolean()).isTrue();
  }

  @Test
  void theRefusalNoMoreCallsWritesTheLedgerAndTheEvidenceShowsEveryAttemptAndItsOptOuts() {
    String phone = fixtures.uniquePhone();
    String e164 = Phones.toE164(phone).orElseThrow();
    Campaign campaign = campaignWith(phone);
    String taskId = next(agentApi, campaign).body().path("taskId").asText();
    Response done = agentApi.completeTask(taskId, Map.of("outcome", "REFUSED", "reason", "NO_MORE_CALLS",
        "observation", "Pediu para não ligarem mais"));
    assertThat(done.status()).as(done.text()).isEqualTo(204);

    JsonNode rows = supervisor.get("/api/opt-outs?phone=" + q(e164)).body();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).path("channel").asText()).isEqualTo("VOICE");
    assertThat(rows.get(0).path("source").asText()).isEqualTo("CLIENT_REQUEST");
    assertThat(rows.get(0).path("recordedBy").asText()).isEqualTo(agent);
    assertThat(rows.get(0).path("proof").asText()).startsWith("Recusa \"Não quer mais receber ligações\" na tentativa 1 "
        + "do lead ").contains("(campanha " + campaign.getCode() + "), atendente " + agent + ", em 30/11/2026 10:00")
        .endsWith("Observações: Pediu para não ligarem mais");
    // A formula in a proof is text in the export.
    supervisor.post("/api/opt-outs", Map.of("phone", phone, "channel", "SMS", "source", "LGPD",
        "proof", "=HYPERLINK(\"http://x\")"));

    JsonNode evidence = supervisor.get("/api/evidence?phone=" + e164.substring(3)).body();
    assertThat(evidence.path("phone").asText()).isEqualTo(e164);
    assertThat(evidence.path("attempts")).hasSize(1);
    JsonNode attempt = evidence.path("attempts").get(0);
    assertThat(attempt.path("at").asText()).isEqualTo("30/11/2026 10:00");
    assertThat(attempt.path("campaignCode").asText()).isEqualTo(campaign.getCode());
    assertThat(attempt.path("storeCode").asText()).isEqualTo(store);
    assertThat(attempt.path("agent").asText()).isEqualTo(agent);
    assertThat(attempt.path("outcomeLabel").asText()).isEqualTo("Recusado");
    assertThat(attempt.path("reasonLabel").asText()).isEqualTo("Não quer mais receber ligações");
    assertThat(attempt.path("allowedBy").asText()).isNotBlank();
    assertThat(evidence.path("optOuts").findValuesAsText("channel")).containsExactly("VOICE", "SMS");
    assertThat(evidence.path("optedOutOf").toString()).isEqualTo("[\"Ligação\",\"SMS\"]");

    HttpResponse<byte[]> csv = supervisor.download("/api/evidence.csv?phone=" + q(phone));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("evidencias-" + e164.substring(1));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).contains("Número: " + Phones.display(e164) + " · Descadastrado de: Ligação, SMS")
        .contains("Data e hora;Campanha;Código da campanha;Loja;Atendente;Resultado;Motivo;Regra que permitiu a ligação")
        .contains("30/11/2026 10:00;Campanha de teste;" + campaign.getCode())
        .contains("Recusado;Não quer mais receber ligações")
        .contains("'=HYPERLINK(")
        .doesNotContain(";=HYPERLINK(");

    Response bad = supervisor.get("/api/evidence?phone=abc");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).isEqualTo("Telefone (phone): \"abc\" não é um número brasileiro válido com DDD.");
  }

  @Test
  void aStoreSupervisorSeesTheirStoresAttemptsAndHowManyOthersThereAre() {
    String phone = fixtures.uniquePhone();
    Campaign campaign = campaignWith(phone);
    String taskId = next(agentApi, campaign).body().path("taskId").asText();
    agentApi.completeTask(taskId, Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    Api otherStoreSupervisor = Api.as(port, fixtures.user(fixtures.unique("supervisor"),
        List.of(Roles.SUPERVISORS, Roles.storeGroup(fixtures.store()))));

    JsonNode evidence = otherStoreSupervisor.get("/api/evidence?phone=" + q(phone)).body();

    assertThat(evidence.path("attempts")).isEmpty();
    assertThat(evidence.path("otherStoresAttempts").asInt()).isEqualTo(1);
    assertThat(supervisor.get("/api/evidence?phone=" + q(phone)).body().path("attempts")).hasSize(1);
  }

  private static String q(String phone) {
    return URLEncoder.encode(phone, StandardCharsets.UTF_8);
  }

  /** DDD 48 numbers for the lists, far from every other test's. */
  private static String nmp(int i) {
    return String.format("(48) 98%03d-%04d", i / 10_000, i % 10_000);
  }

  private Campaign campaignWith(String phone) {
    Campaign campaign = fixtures.campaign(List.of(store), 0);
    fixtures.importCsv(campaign.getCode(), "nome;telefone\nCliente Teste;" + phone + "\n");
    return campaign;
  }

  private Response next(Api api, Campaign campaign) {
    return api.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode", campaign.getCode()));
  }
}
