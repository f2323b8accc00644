package br.com.atende.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seed 002's open boletos over HTTP: by hand, by the finance sheet, the alert on the record and for the sale. */
@MariaDbIntegrationTest
class InvoiceApiTest {

  /** A Sunday at 03:00 in São Paulo: the alert counts days, not business hours. */
  static final LocalDateTime SUNDAY_3AM = LocalDateTime.of(2026, 11, 29, 3, 0);

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired InvoiceService invoices;

  Api sales;
  Api central;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(SUNDAY_3AM);
    sales = Api.as(port, fixtures.user(fixtures.unique("seller"), List.of(Roles.SALES)));
    central = Api.as(port, fixtures.user(fixtures.unique("central"), List.of(Roles.CENTRAL)));
  }

  @AfterEach
  void resetClock() {
    Fixtures.resetClock();
  }

  @Test
  void pastDueBoletosAlertWhoeverTalksToTheClientUntilPaid() {
    long client = client(null);
    String path = "/api/clients/" + client + "/invoices";
    Response first = sales.post(path, Map.of("number", "1001", "dueOn", "10/11/2026", "amount", "150,00",
        "description", "Intimação outubro"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().path("statusLabel").asText()).isEqualTo("Em aberto");
    assertThat(first.body().path("pastDue").asBoolean()).isTrue();
    assertThat(sales.post(path, Map.of("number", "1002", "dueOn", "2026-11-28", "amount", 200)).status()).isEqualTo(201);
    // Due today (Sunday) is not late yet, nor is one paid.
    assertThat(sales.post(path, Map.of("number", "1003", "dueOn", "29/11/2026", "amount", "1.234,56")).status())
        .isEqualTo(201);
    assertThat(sales.post(path, Map.of("number", "1004", "dueOn", "01/10/2026", "amount", "99,90", "status", "PAID"))
        .status()).isEqualTo(201);

    String alert = "Boletos em aberto: 2 (R$ 350,00, o mais antigo venceu em 10/11/2026). Alerte o cliente; numa nova "
        + "venda, pode-se efetuar a venda e cobrar o cliente educadamente.";
    JsonNode record = central.get("/api/clients/" + client).body();
    assertThat(texts(record.path("alerts"))).containsExactly(alert);
    assertThat(invoices.openInvoicesAlert(client)).contains(alert);
    List<String> titles = new ArrayList<>();
    record.path("timeline").forEach(line -> titles.add(line.path("title").asText()));
    assertThat(titles).contains("Boleto 1001 · R$ 150,00 · venceu em 10/11/2026 · Em aberto",
        "Boleto 1003 · R$ 1.234,56 · vencimento 29/11/2026 · Em aberto",
        "Boleto 1004 · R$ 99,90 · vencimento 01/10/2026 · Pago");
    assertThat(invoices.debtsOlderThan(client, LocalDate.of(2026, 11, 11))).extracting(InvoiceService.InvoiceView::number)
        .containsExactly("1001");

    JsonNode listed = sales.get(path).body();
    assertThat(listed.size()).isEqualTo(4);
    assertThat(listed.get(0).path("number").asText()).isEqualTo("1004");
    assertThat(listed.get(3).path("amountLabel").asText()).isEqualTo("R$ 1.234,56");

    Response paid = central.put("/api/invoices/" + first.body().path("id").asLong() + "/status", Map.of("status", "PAID"));
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.body().path("statusLabel").asText()).isEqualTo("Pago");
    assertThat(invoices.openInvoicesAlert(client)).contains("Boleto em aberto: 1 (R$ 200,00, venceu em 28/11/2026). "
        + "Alerte o cliente; numa nova venda, pode-se efetuar a venda e cobrar o cliente educadamente.");
    long second = listed.get(2).path("id").asLong();
    assertThat(central.put("/api/invoices/" + second + "/status", Map.of("status", "CANCELLED")).status()).isEqualTo(200);
    assertThat(invoices.openInvoicesAlert(client)).isEmpty();
    assertThat(texts(central.get("/api/clients/" + client).body().path("alerts"))).isEmpty();
  }

  @Test
  void badBoletosAreRefusedByFieldInPortugueseAndStoreNothing() {
    long client = client(null);
    String path = "/api/clients/" + client + "/invoices";
    assertThat(sales.post(path, Map.of("dueOn", "10/11/2026", "amount", "10")).message())
        .isEqualTo("Número do boleto (number): informe o número.");
    assertThat(sales.post(path, Map.of("number", "1", "dueOn", "31/11/2026", "amount", "10")).message())
        .isEqualTo("Vencimento (dueOn): \"31/11/2026\" não é uma data; use dd/mm/aaaa (ex.: 30/11/2026).");
    assertThat(sales.post(path, Map.of("number", "1", "amount", "10")).message())
        .isEqualTo("Vencimento (dueOn): informe a data (dd/mm/aaaa).");
    assertThat(sales.post(path, Map.of("number", "1", "dueOn", "10/11/2026", "amount", "12,345")).message())
        .startsWith("Valor (amount): \"12,345\" não é um valor em reais");
    assertThat(sales.post(path, Map.of("number", "1", "dueOn", "10/11/2026", "amount", "-5,00")).message())
        .isEqualTo("Valor (amount): o valor não pode ser negativo (foi -5,00).");
    assertThat(sales.post(path, Map.of("number", "1", "dueOn", "10/11/2026", "amount", "0")).message())
        .isEqualTo("Valor (amount): deve ser maior que zero.");
    assertThat(sales.post(path, Map.of("number", "1", "dueOn", "10/11/2026", "amount", "10", "status", "LATE"))
        .message()).isEqualTo("Situação (status): \"LATE\" não é válido; use um destes valores: OPEN, PAID, CANCELLED, WAIVED.");
    assertThat(sales.post(path, Map.of("number", "1".repeat(41), "dueOn", "10/11/2026", "amount", "10")).message())
        .isEqualTo("Número do boleto (number): no máximo 40 caracteres (foram 41).");
    assertThat(sales.post("/api/clients/999999999/invoices", Map.of("number", "1", "dueOn", "10/11/2026",
        "amount", "10")).status()).isEqualTo(404);

    Response agent = Api.as(port, fixtures.agent(fixtures.store()))
        .post(path, Map.of("number", "1", "dueOn", "10/11/2026", "amount", "10"));
    assertThat(agent.status()).isEqualTo(403);
    assertThat(agent.message()).startsWith("Cadastrar ou alterar clientes é do comercial");
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).get(path).status()).isEqualTo(403);
    assertThat(count(client)).isZero();

    long id = sales.post(path, Map.of("number", "7", "dueOn", "10/11/2026", "amount", "10")).body().path("id").asLong();
    Response again = sales.post(path, Map.of("number", "7", "dueOn", "10/12/2026", "amount", "20"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).startsWith("Número do boleto (number): o cliente já tem o boleto 7");
    assertThat(sales.put("/api/invoices/" + id + "/status", Map.of("status", "PAGO")).message())
        .isEqualTo("Situação (status): \"PAGO\" não é válido; use um destes valores: OPEN, PAID, CANCELLED, WAIVED.");
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).put("/api/invoices/" + id + "/status",
        Map.of("status", "PAID")).status()).isEqualTo(403);
    assertThat(sales.put("/api/invoices/999999999/status", Map.of("status", "PAID")).status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select status from invoices where id = ?", String.class, id)).isEqualTo("OPEN");
    assertThat(count(client)).isOne();
  }

  @Test
  void theFinanceSheetKeepsGoodRowsAnswersBadOnesByLineAndUpdatesOnReimport() {
    String cpf = fixtures.cpf();
    long byCpf = client(cpf);
    String phone = fixtures.uniquePhone();
    long byPhone = sales.post("/api/clients", Map.of("name", "Cliente Telefone", "phone", phone)).body().path("id")
        .asLong();
    String formattedCpf = cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-"
        + cpf.substring(9);
    // Excel's "CSV (separado por vírgulas)": Windows-1252 and ";".
    String sheet = "CPF_CNPJ;Telefone;Número;Descrição;Vencimento;Valor;Status\n"
        + formattedCpf + ";;B-1;Intimação março;10/11/2026;1.234,56;Em aberto\n"
        + ";" + phone + ";B-2;;20/11/2026;80,00;\n"
        + formattedCpf + ";;B-3;;32/11/2026;10,00;\n"
        + "000.000.000-00;;B-4;;10/11/2026;10,00;\n"
        + ";;B-5;;10/11/2026;10,00;\n"
        + formattedCpf + ";;B-6;;10/11/2026;dez reais;\n";
    Response imported = central.upload("/api/invoices/import", "file", "boletos.csv",
        sheet.getBytes(Charset.forName("windows-1252")));
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.body().path("imported").asInt()).isEqualTo(2);
    JsonNode rejected = imported.body().path("rejected");
    assertThat(rejected.size()).isEqualTo(4);
    assertThat(rejected.get(0).path("line").asInt()).isEqualTo(4);
    assertThat(rejected.get(0).path("message").asText())
        .isEqualTo("Coluna vencimento: \"32/11/2026\" não é uma data; use dd/mm/aaaa (ex.: 30/11/2026).");
    assertThat(rejected.get(1).path("line").asInt()).isEqualTo(5);
    assertThat(rejected.get(1).path("message").asText()).isEqualTo("Coluna cpf_cnpj: CPF/CNPJ inválido: 000.000.000-00.");
    assertThat(rejected.get(2).path("message").asText()).isEqualTo("Informe o cliente na coluna cpf_cnpj ou telefone.");
    assertThat(rejected.get(3).path("line").asInt()).isEqualTo(7);
    assertThat(rejected.get(3).path("message").asText()).startsWith("Coluna valor: \"dez reais\" não é um valor em reais");

    JsonNode mine = sales.get("/api/clients/" + byCpf + "/invoices").body();
    assertThat(mine.size()).isEqualTo(1);
    assertThat(mine.get(0).path("description").asText()).isEqualTo("Intimação março");
    assertThat(mine.get(0).path("amount").decimalValue()).isEqualByComparingTo("1234.56");
    assertThat(sales.get("/api/clients/" + byPhone + "/invoices").body().get(0).path("number").asText())
        .isEqualTo("B-2");

    // The same sheet again, now in UTF-8 with ",", with the boleto paid: updated, not repeated.
    Response again = central.upload("/api/invoices/import", "file", "boletos.csv",
        ("cpf_cnpj,numero,vencimento,valor,status\n" + cpf + ",B-1,10/11/2026,\"1.234,56\",pago\n")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(again.body().path("imported").asInt()).isZero();
    assertThat(again.body().path("updated").asInt()).isOne();
    assertThat(sales.get("/api/clients/" + byCpf + "/invoices").body().get(0).path("status").asText()).isEqualTo("PAID");
    assertThat(invoices.openInvoicesAlert(byCpf)).isEmpty();

    Response noColumns = central.upload("/api/invoices/import", "file", "x.csv", "cpf_cnpj;valor\n1;2\n".getBytes());
    assertThat(noColumns.status()).isEqualTo(400);
    assertThat(noColumns.message()).isEqualTo(
        "O arquivo precisa das colunas numero, vencimento e valor na primeira linha; faltando: numero, vencimento.");
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).upload("/api/invoices/import", "file", "boletos.csv",
        sheet.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    assertThat(count(byCpf)).isOne();
  }

  @Test
  void aRecontractWaivesOnlyTheDebtsOverAYearOldAndTheRecordSaysSo() {
    long client = client(null);
    String path = "/api/clients/" + client + "/invoices";
    sales.post(path, Map.of("number", "OLD", "dueOn", "28/11/2025", "amount", "300,00"));
    sales.post(path, Map.of("number", "YEAR", "dueOn", "29/11/2025", "amount", "40,00"));
    sales.post(path, Map.of("number", "PAID", "dueOn", "01/01/2025", "amount", "10,00", "status", "PAID"));
    long recent = sales.post(path, Map.of("number", "NEW", "dueOn", "01/11/2026", "amount", "20,00")).body().path("id")
        .asLong();
    assertThat(sales.put("/api/invoices/" + recent + "/status", Map.of("status", "WAIVED")).message())
        .startsWith("Situação (status): a dívida só é abonada na recontratação do cliente");

    // Today is 29/11/2026: due on 29/11/2025 is exactly a year, not more.
    assertThat(invoices.waiveDebtsOverAYearOld(client, "ana")).extracting(InvoiceService.InvoiceView::number)
        .containsExactly("OLD");
    assertThat(invoices.debtsOlderThan(client, LocalDate.of(2026, 11, 29))).extracting(InvoiceService.InvoiceView::number)
        .containsExactly("YEAR", "NEW");
    List<String> titles = new ArrayList<>();
    central.get("/api/clients/" + client).body().path("timeline").forEach(line -> titles.add(line.path("title").asText()));
    assertThat(titles).contains("Dívida abonada na recontratação: boleto OLD · R$ 300,00 · venceu em 28/11/2025",
        "Boleto OLD · R$ 300,00 · vencimento 28/11/2025 · Abonado na recontratação");
    assertThat(invoices.openInvoicesAlert(client).orElseThrow()).startsWith("Boletos em aberto: 2 (R$ 60,00, o mais "
        + "antigo venceu em 29/11/2025)");
  }

  private long client(String cpf) {
    Map<String, String> body = cpf == null
        ? Map.of("name", "Cliente " + fixtures.unique("B"), "phone", fixtures.uniquePhone())
        : Map.of("name", "Cliente " + fixtures.unique("B"), "phone", fixtures.uniquePhone(), "cpfCnpj", cpf);
    return sales.post("/api/clients", body).body().path("id").asLong();
  }

  private int count(long client) {
    return jdbc.queryForObject("select count(*) from invoices where client_id = ?", Integer.class, client);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
