package br.com.atende.common;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.security.Roles;
import br.com.atende.mailing.InterruptedImports;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.RuntimeService;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What attackers tried on the demo: every bad input a pt-BR 4xx, exports and forms inert, CSRF refused. */
@MariaDbIntegrationTest
class InputHygieneApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired InterruptedImports interruptedImports;

  String store;
  Campaign campaign;
  String supervisorId;
  Api supervisor;

  @BeforeEach
  void setUp() {
    store = fixtures.store();
    campaign = fixtures.campaign(List.of(store), 0);
    supervisorId = fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS));
    supervisor = Api.as(port, supervisorId);
  }

  @Test
  void theCsvExportNeutralisesFormulaCells() {
    String csv = "nome;telefone;cidade\n"
        + "\"=HYPERLINK(\"\"https://phish.example\"\",\"\"Clique\"\")\";62991120001;Goiânia\n"
        + "+cmd|' /C calc'!A0;62991120002;Goiânia\n"
        + "-2+3;62991120003;Goiânia\n"
        + "@SUM(1+1);62991120004;Goiânia\n";
    assertThat(upload("formulas.csv", csv.getBytes(StandardCharsets.UTF_8)).body().path("imported").asInt())
        .isEqualTo(4);

    HttpResponse<byte[]> download = supervisor.download(
        "/api/reports/mailing/export?format=csv&campaign=" + campaign.getCode());
    String text = new String(download.body(), StandardCharsets.UTF_8);

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(text).contains("'=HYPERLINK(").contains("'+cmd|").contains("'@SUM(1+1)").contains("'-2+3");
    assertThat(text.lines().flatMap(line -> Arrays.stream(line.split(";"))).map(cell -> cell.replace("\"", "")))
        .noneMatch(cell -> !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0);
  }

  @Test
  void aLeadNameIsShownInTheFormAsTextNotAsALink() {
    String agent = fixtures.agent(store);
    upload("phish.csv", "nome;telefone;endereco\n[Clique aqui](https://phish.example) <b>x</b>;62991120101;Rua *A* #1\n"
        .getBytes(StandardCharsets.UTF_8));

    Response pulled = Api.as(port, agent).post("/api/attendances/next",
        Map.of("storeCode", store, "campaignCode", campaign.getCode()));

    assertThat(pulled.status()).isEqualTo(200);
    String instance = pulled.body().path("processInstanceId").asText();
    assertThat(runtimeService.getVariable(instance, "leadName"))
        .isEqualTo("\\[Clique aqui\\](https://phish.example) &lt;b&gt;x&lt;/b&gt;");
    assertThat((String) runtimeService.getVariable(instance, "leadAddress")).startsWith("Rua \\*A\\* #1");
    assertThat(Markdown.escape("- Maria-José (filha) & cia! _x_")).isEqualTo("\\- Maria-José (filha) & cia! \\_x\\_");
  }

  @Test
  void aFieldLongerThanItsColumnIsRefusedNamingItAndNothingIsStored() {
    String code = fixtures.unique("LONG");
    Map<String, Object> request = new HashMap<>(Map.of("code", code, "name", "Longa", "offer", "Combo",
        "storeCodes", List.of(store), "startsOn", "2026-01-01", "endsOn", "2099-12-31"));
    request.put("script", "x".repeat(4001));

    Response refused = Api.as(port, "admin").post("/api/campaigns", request);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("Roteiro: no máximo 4000 caracteres.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaigns WHERE code = ?", Integer.class, code)).isZero();

    request.put("script", null);
    request.put("offer", "o".repeat(1_000_000));
    Response huge = Api.as(port, "admin").post("/api/campaigns", request);
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.message()).isEqualTo("Oferta: no máximo 1000 caracteres.");
  }

  @Test
  void badParametersAndMethodsAreRefusedInPortugueseNamingTheParameter() {
    Api agent = Api.as(port, fixtures.agent(store));

    Response lead = agent.get("/api/leads/abc");
    assertThat(lead.status()).isEqualTo(400);
    assertThat(lead.message()).isEqualTo("Valor inválido para \"id\": \"abc\"; informe um número inteiro.");

    Response status = agent.get("/api/attendances/mine?status=X");
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.message()).startsWith("Valor inválido para \"status\": \"X\"; use um destes valores: ");

    Response days = agent.get("/api/callbacks/mine?days=abc");
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.message()).isEqualTo("Valor inválido para \"days\": \"abc\"; informe um número inteiro.");

    Response method = agent.send("DELETE", "/api/reports/mailing", "application/json", "");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.message()).startsWith("Método DELETE não aceito neste endereço.");

    Response media = Api.as(port, "admin").send("POST", "/api/campaigns", "text/plain", "code=X");
    assertThat(media.status()).isEqualTo(415);
    assertThat(media.message()).startsWith("Formato do corpo não aceito");

    Response missing = agent.get("/api/nada-aqui");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.message()).isEqualTo("Endereço não encontrado: /api/nada-aqui.");

    Response notMultipart = supervisor.send("POST", "/api/campaigns/" + campaign.getCode() + "/mailing",
        "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nnome");
    assertThat(notMultipart.status()).isEqualTo(400);

    for (Response answer : List.of(lead, status, days, method, media, missing, notMultipart)) {
      assertThat(answer.text()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("SQL");
    }
  }

  @Test
  void aCsvWithAStrayQuoteKeepsTheGoodRowsAndReportsTheLineWhereReadingStopped() {
    String csv = Fixtures.mailing(1_200, null) + "\"Aspas sem fim;62991129999;;;;\n" + "Depois;62991129998;;;;\n";

    Response response = upload("aspas.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("imported").asInt()).isEqualTo(1_200);
    assertThat(response.body().path("status").asText()).isEqualTo("STOPPED");
    assertThat(response.body().path("stoppedAtLine").asInt()).isEqualTo(1_202);
    assertThat(response.body().path("rejected").get(0).path("line").asInt()).isEqualTo(1_202);
    assertThat(response.body().path("rejected").get(0).path("message").asText()).startsWith("Aspas sem fechamento");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE campaign_code = ?", Integer.class,
        campaign.getCode())).isEqualTo(1_200);

    Response mailings = supervisor.get("/api/campaigns/" + campaign.getCode() + "/mailings");
    assertThat(mailings.body().get(0).path("status").asText()).isEqualTo("STOPPED");
    assertThat(mailings.body().get(0).path("imported").asInt()).isEqualTo(1_200);
    assertThat(mailings.body().get(0).path("note").asText()).startsWith("Linha 1202: Aspas sem fechamento");
  }

  @Test
  void aTruncatedXlsxIsRefusedAndNothingIsKept() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(xlsx, "Atende", "1.0")) {
      var sheet = workbook.newWorksheet("Mailing");
      sheet.value(0, 0, "nome");
      sheet.value(0, 1, "telefone");
      for (int row = 1; row <= 200; row++) {
        sheet.value(row, 0, "Cliente " + row);
        sheet.value(row, 1, Fixtures.phone(row));
      }
    }
    byte[] whole = xlsx.toByteArray();

    Response refused = upload("cortada.xlsx", Arrays.copyOf(whole, whole.length / 2));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).startsWith("Não foi possível ler a planilha XLSX: o arquivo está corrompido ou incompleto.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mailings WHERE campaign_code = ?", Integer.class,
        campaign.getCode())).isZero();
  }

  @Test
  void aZipBombXlsxIsRefusedFastWithoutReadingIt() throws Exception {
    byte[] bomb = xlsxWithOneCellOf(100 << 20);
    assertThat(bomb.length).isLessThan(200 * 1024);

    Instant start = Instant.now();
    Response refused = upload("bomba.xlsx", bomb);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).startsWith("A planilha XLSX descompactada é grande demais");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE campaign_code = ?", Integer.class,
        campaign.getCode())).isZero();

    // A cell past Excel's 32,767 characters, without a suspicious ratio: refused too.
    Response longCell = upload("celula.xlsx", xlsxWithOneCellOf(200_000));
    assertThat(longCell.status()).isEqualTo(400);
    assertThat(longCell.message()).contains("mais de 32.767 caracteres");
  }

  @Test
  void anImportLeftUnfinishedByAnEarlierRunIsMarkedInterruptedWithWhatItKept() {
    Response imported = upload("meio.csv", Fixtures.mailing(30, null).getBytes(StandardCharsets.UTF_8));
    long mailingId = imported.body().path("mailingId").asLong();
    // As a crash leaves it: rows kept, the mailing still importing, its counts behind.
    jdbc.update("UPDATE mailings SET status = 'IMPORTING', imported = 0, finished_at = NULL WHERE id = ?", mailingId);

    interruptedImports.markOlderThan(Instant.now().plusSeconds(3600));

    Response mailings = supervisor.get("/api/campaigns/" + campaign.getCode() + "/mailings");
    assertThat(mailings.body().get(0).path("id").asLong()).isEqualTo(mailingId);
    assertThat(mailings.body().get(0).path("status").asText()).isEqualTo("INTERRUPTED");
    assertThat(mailings.body().get(0).path("statusLabel").asText()).isEqualTo("Interrompida");
    assertThat(mailings.body().get(0).path("imported").asInt()).isEqualTo(30);
    assertThat(mailings.body().get(0).path("note").asText()).startsWith("Importação interrompida: 30 clientes");
    assertThat(mailings.body().get(0).path("finishedAt").isNull()).isFalse();
  }

  @Test
  void nullsInListsAndBytesThatAreNoTextAreCleanRefusals() {
    Api carla = Api.as(port, fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS)));
    Response nullStore = carla.post("/api/campaigns", Map.of("code", fixtures.unique("C"), "name", "n", "offer", "o",
        "storeCodes", java.util.Arrays.asList((String) null), "startsOn", "2026-12-01", "endsOn", "2026-12-31"));
    assertThat(nullStore.status()).isEqualTo(400);
    assertThat(nullStore.message()).startsWith("Código de loja");
    byte[] noise = new byte[3000];
    new java.util.Random(7).nextBytes(noise);
    Response junk = carla.upload("/api/campaigns/" + campaign.getCode() + "/mailing", "file", "m.csv", noise);
    assertThat(junk.status()).as(junk.text()).isBetween(200, 499);
  }

  @Test
  void sessionWritesFromAnotherSiteAreRefusedSameOriginAndBasicAreNot() {
    String agent = fixtures.agent(store);
    Api browser = Api.signedIn(port, agent);
    Map<String, String> next = Map.of("storeCode", store, "campaignCode", campaign.getCode());
    String self = "http://localhost:" + port;

    Response crossSite = browser.post("/api/attendances/next", next, Map.of("Origin", "https://evil.example"));
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(crossSite.message()).startsWith("Pedido recusado");
    Response noOrigin = browser.post("/api/attendances/next", next, Map.of());
    assertThat(noOrigin.status()).isEqualTo(403);
    Response otherPort = browser.post("/api/attendances/next", next, Map.of("Referer", "http://localhost:1/x"));
    assertThat(otherPort.status()).isEqualTo(403);

    // No leads in the campaign: the request got through to the service, which answers 404.
    Response sameOrigin = browser.post("/api/attendances/next", next, Map.of("Origin", self));
    assertThat(sameOrigin.status()).isEqualTo(404);
    Response sameReferer = browser.post("/api/attendances/next", next, Map.of("Referer", self + "/index.html"));
    assertThat(sameReferer.status()).isEqualTo(404);
    assertThat(browser.get("/api/me").status()).isEqualTo(200);

    Response basic = Api.as(port, agent).post("/api/attendances/next", next);
    assertThat(basic.status()).isEqualTo(404);
  }

  @Test
  void ourPagesSendSecurityHeadersAndCamundaKeepsItsOwnPolicy() {
    HttpResponse<byte[]> page = Api.as(port, "admin").download("/index.html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));

    HttpResponse<byte[]> tasklist = Api.as(port, "admin").download("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().allValues("Content-Security-Policy"))
        .noneMatch(policy -> policy.startsWith("default-src 'self'; script-src 'self';"));
  }

  private Response upload(String fileName, byte[] content) {
    return supervisor.upload("/api/campaigns/" + campaign.getCode() + "/mailing", "file", fileName, content);
  }

  /** A minimal XLSX whose one data cell holds {@code length} letters (deflate shrinks them ~1,000 times). */
  private static byte[] xlsxWithOneCellOf(int length) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
          </Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
          </Relationships>""");
      put(zip, "xl/workbook.xml", """
          <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
          <sheet name="Mailing" sheetId="1" r:id="rId1"/></sheets></workbook>""");
      put(zip, "xl/_rels/workbook.xml.rels", """
          <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nome</t></is></c>"
          + "<c r=\"B1\" t=\"inlineStr\"><is><t>telefone</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] letters = new byte[1 << 20];
      Arrays.fill(letters, (byte) 'A');
      for (int left = length; left > 0; left -= letters.length) {
        zip.write(letters, 0, Math.min(left, letters.length));
      }
      zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
