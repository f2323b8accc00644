package br.com.atende.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.LeadQueue;
import br.com.atende.campaign.Campaign;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/campaigns/{code}/mailing over HTTP, on MariaDB. */
@MariaDbIntegrationTest
class MailingImportApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadQueue queue;

  String store;
  String otherStore;
  Campaign campaign;
  Api supervisor;

  @BeforeEach
  void setUp() {
    store = fixtures.store();
    otherStore = fixtures.store();
    campaign = fixtures.campaign(List.of(store, otherStore), 0);
    supervisor = Api.as(port, fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS)));
  }

  @Test
  void semicolonUtf8CsvIsImportedInFileOrderWithBadRowsReportedByLine() {
    String csv = """
        nome;telefone;telefone2;endereco;cidade;uf;cpf_cnpj;email;loja
        João da Silva;(62) 99111-0001;;Rua A, 10;Goiânia;GO;529.982.247-25;joao@example.com;
        ;(62) 99111-0002;;;;;;;
        Maria;123;;;;;;;
        Pedro;62991110004;;;;;111.111.111-11;;
        Ana Paula;+55 62 99111-0005;(62) 3222-1000;;;XX;;;
        Lucas;62 99111-0006;;;;;;email-sem-arroba;
        Carla;62991110007;;;;;;;999
        Beatriz;62991110008;;;;;11.222.333/0001-81;;%s
        Bruno;(62) 99111-0001;;;;;;;
        """.formatted(otherStore);

    Response response = supervisor.upload(path(), "file", "mailing.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("imported").asInt()).isEqualTo(2);
    assertThat(response.body().path("duplicates").asInt()).isEqualTo(1);
    assertThat(response.body().path("rejected").toString())
        .contains("{\"line\":3,\"message\":\"Nome não informado.\"}")
        .contains("{\"line\":4,\"message\":\"Telefone inválido: 123 (informe DDD e número).\"}")
        .contains("{\"line\":5,\"message\":\"CPF/CNPJ inválido: 111.111.111-11.\"}")
        .contains("{\"line\":6,\"message\":\"UF inválida: XX.\"}")
        .contains("{\"line\":7,\"message\":\"E-mail inválido: email-sem-arroba.\"}")
        .contains("{\"line\":8,\"message\":\"A loja 999 não participa desta campanha.\"}");
    assertThat(response.body().path("rejected").size()).isEqualTo(6);

    List<String> names = jdbc.queryForList(
        "SELECT name FROM leads WHERE campaign_code = ? ORDER BY id", String.class, campaign.getCode());
    assertThat(names).containsExactly("João da Silva", "Beatriz");
    assertThat(jdbc.queryForObject("SELECT phone FROM leads WHERE campaign_code = ? AND name = 'João da Silva'",
        String.class, campaign.getCode())).isEqualTo("+5562991110001");
    // Beatriz is for the other store only; João for any store.
    assertThat(queue.countReady(campaign.getCode(), store)).isEqualTo(1);
    assertThat(queue.countReady(campaign.getCode(), otherStore)).isEqualTo(2);
  }

  @Test
  void windows1252CommaCsvAsExcelSavesItKeepsTheAccents() {
    String csv = "Nome,Telefone,Endereço,Cidade,UF\r\n\"Conceição Araújo\",62991110101,\"Rua São João, 5\",Anápolis,go\r\n";

    Response response = supervisor.upload(path(), "file", "excel.csv", csv.getBytes(Charset.forName("windows-1252")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("imported").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForMap("SELECT name, address, city, uf FROM leads WHERE campaign_code = ?",
        campaign.getCode()))
        .containsEntry("name", "Conceição Araújo")
        .containsEntry("address", "Rua São João, 5")
        .containsEntry("city", "Anápolis")
        .containsEntry("uf", "GO");
  }

  @Test
  void xlsxIsImportedAndTheSameFileAgainAddsNothing() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(xlsx, "Atende", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Mailing");
      sheet.value(0, 0, "nome");
      sheet.value(0, 1, "telefone");
      sheet.value(0, 2, "cidade");
      sheet.value(1, 0, "Fernanda Lima");
      sheet.value(1, 1, 62991110201L);
      sheet.value(1, 2, "Goiânia");
      sheet.value(2, 0, "Rafael Souza");
      sheet.value(2, 1, "(62) 99111-0202");
      sheet.value(3, 0, "Sem telefone");
    }

    Response first = supervisor.upload(path(), "file", "mailing.xlsx", xlsx.toByteArray());
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("imported").asInt()).isEqualTo(2);
    assertThat(first.body().path("rejected").get(0).path("line").asInt()).isEqualTo(4);
    assertThat(first.body().path("rejected").get(0).path("message").asText()).isEqualTo("Telefone não informado.");

    Response again = supervisor.upload(path(), "file", "mailing.xlsx", xlsx.toByteArray());
    assertThat(again.body().path("imported").asInt()).isZero();
    assertThat(again.body().path("duplicates").asInt()).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE campaign_code = ?", Integer.class,
        campaign.getCode())).isEqualTo(2);
    assertThat(queue.countReady(campaign.getCode(), store)).isEqualTo(2);
  }

  @Test
  void aLargeMailingIsWrittenInBatchesAndQueuedInOrder() {
    int count = 2_500;
    Response response = supervisor.upload(path(), "file", "big.csv",
        Fixtures.mailing(count, null).getBytes(StandardCharsets.UTF_8));

    assertThat(response.body().path("imported").asInt()).isEqualTo(count);
    List<Long> queuedLeads = jdbc.queryForList(
        "SELECT lead_id FROM lead_queue WHERE campaign_code = ? ORDER BY id", Long.class, campaign.getCode());
    List<Long> leadsInFileOrder = jdbc.queryForList(
        "SELECT id FROM leads WHERE campaign_code = ? ORDER BY mailing_line", Long.class, campaign.getCode());
    assertThat(queuedLeads).hasSize(count).isEqualTo(leadsInFileOrder);
  }

  @Test
  void aDuplicateInALaterBatchOfTheSameFileIsCaught() {
    // 1,500 rows: the first batch (1,000) is committed before line 1,502 repeats line 2's phone.
    String csv = Fixtures.mailing(1_500, null) + "Repetido;" + Fixtures.phone(0) + ";;;;\n";

    Response response = supervisor.upload(path(), "file", "dup.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(response.body().path("imported").asInt()).isEqualTo(1_500);
    assertThat(response.body().path("duplicates").asInt()).isEqualTo(1);
  }

  @Test
  void aFailureInALaterBatchKeepsTheBatchesBeforeItInFileOrderAndImportingAgainCompletesIt() {
    // Batches are written by another thread while the next is read: a batch the database refuses
    // (here a trigger) must still leave exactly the batches before it, queued in file order.
    String csv = Fixtures.mailing(2_500, null).replace("Cliente 1700;", "Falha simulada;");
    jdbc.execute("""
        CREATE TRIGGER test_import_failure BEFORE INSERT ON leads FOR EACH ROW
        IF NEW.name = 'Falha simulada' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'falha simulada'; END IF""");
    Response failed;
    try {
      failed = supervisor.upload(path(), "file", "falha.csv", csv.getBytes(StandardCharsets.UTF_8));
    } finally {
      jdbc.execute("DROP TRIGGER test_import_failure");
    }

    assertThat(failed.status()).isEqualTo(500);
    Response mailings = supervisor.get("/api/campaigns/" + campaign.getCode() + "/mailings");
    assertThat(mailings.body().get(0).path("status").asText()).isEqualTo("INTERRUPTED");
    assertThat(mailings.body().get(0).path("imported").asInt()).isEqualTo(1_000);
    assertThat(queuedNames()).hasSize(1_000).isEqualTo(names(1_000));

    Response again = supervisor.upload(path(), "file", "falha.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(again.body().path("status").asText()).isEqualTo("FINISHED");
    assertThat(again.body().path("imported").asInt()).isEqualTo(1_500);
    assertThat(again.body().path("duplicates").asInt()).isEqualTo(1_000);
    List<String> inFileOrder = names(2_500).stream()
        .map(name -> name.equals("Cliente 1700") ? "Falha simulada" : name).toList();
    assertThat(queuedNames()).isEqualTo(inFileOrder);
  }

  /** The names Fixtures.mailing gives its first {@code count} rows, in file order. */
  private static List<String> names(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "Cliente " + i).toList();
  }

  private List<String> queuedNames() {
    return jdbc.queryForList("SELECT l.name FROM lead_queue q JOIN leads l ON l.id = q.lead_id "
        + "WHERE q.campaign_code = ? ORDER BY q.id", String.class, campaign.getCode());
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() {
    Response response = supervisor.upload(path(), "file", "wrong.csv",
        "name;phone\nJohn;62991110301\n".getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message())
        .isEqualTo("O arquivo precisa das colunas nome e telefone na primeira linha; faltando: nome, telefone.");
  }

  @Test
  void agentsCannotImportAndUnknownCampaignsAreNotFound() {
    Api agent = Api.as(port, fixtures.agent(store));
    byte[] csv = "nome;telefone\nA;62991110401\n".getBytes(StandardCharsets.UTF_8);

    assertThat(agent.upload(path(), "file", "m.csv", csv).status()).isEqualTo(403);
    Response unknown = supervisor.upload("/api/campaigns/NOPE/mailing", "file", "m.csv", csv);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("Campanha NOPE não encontrada.");
    assertThat(Api.anonymous(port).upload(path(), "file", "m.csv", csv).status()).isEqualTo(401);
  }

  private String path() {
    return "/api/campaigns/" + campaign.getCode() + "/mailing";
  }
}
