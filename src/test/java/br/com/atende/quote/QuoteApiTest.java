package br.com.atende.quote;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Seed 002's quotes over HTTP: checked items, a real PDF, the timeline line and the event for the follow-up. */
@MariaDbIntegrationTest
@RecordApplicationEvents
class QuoteApiTest {

  /** Sunday 03:00 in São Paulo. */
  static final LocalDateTime SUNDAY_3AM = LocalDateTime.of(2026, 11, 29, 3, 0);

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired QuoteService quotes;
  // Recorded on the test's own thread: the event is checked on a quote made through the service.
  @Autowired ApplicationEvents events;

  String seller;
  Api sales;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(SUNDAY_3AM);
    seller = fixtures.user(fixtures.unique("seller"), List.of(Roles.SALES));
    sales = Api.as(port, seller);
  }

  @AfterEach
  void resetClock() {
    Fixtures.resetClock();
  }

  @Test
  void aQuoteIsARealPdfOnTheClientsTimelineAndTellsTheFollowUp() throws Exception {
    String name = "Conceição Araújo " + fixtures.unique("Q");
    long client = sales.post("/api/clients", Map.of("name", name, "phone", fixtures.uniquePhone(),
        "email", "conceicao@example.com")).body().path("id").asLong();
    Response created = sales.post("/api/clients/" + client + "/quotes", Map.of("items", List.of(
            Map.of("product", "Intimação (advogado adicional)", "quantity", 2, "unitPrice", "1.234,50"),
            Map.of("product", "Pesquisa", "quantity", "3", "unitPrice", 19.9)),
        "notes", "Pagamento por boleto."));
    assertThat(created.status()).isEqualTo(201);
    String code = created.body().path("code").asText();
    assertThat(code).matches("OR-\\d{6}");
    assertThat(created.body().path("total").decimalValue()).isEqualByComparingTo("2528.70");
    assertThat(created.body().path("totalLabel").asText()).isEqualTo("R$ 2.528,70");
    // A week by default, counted from the São Paulo day (still Sunday at 03:00).
    assertThat(created.body().path("validUntil").asText()).isEqualTo("2026-12-06");
    String pdfUrl = created.body().path("pdfUrl").asText();
    assertThat(pdfUrl).isEqualTo("/api/quotes/" + code + "/pdf");

    HttpResponse<byte[]> download = sales.download(pdfUrl);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(code + ".pdf");
    assertThat(new String(download.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(download.body());
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    reader.close();
    assertThat(text).contains("Orçamento " + code, name, "conceicao@example.com", "Intimação (advogado adicional)",
        "R$ 1.234,50", "R$ 2.469,00", "R$ 59,70", "R$ 2.528,70", "Válido até 06/12/2026", "Pagamento por boleto.",
        "Vendedor: " + seller + " Teste");

    JsonNode line = null;
    for (JsonNode entry : sales.get("/api/clients/" + client).body().path("timeline")) {
      if (entry.path("kind").asText().equals("QUOTE")) {
        line = entry;
      }
    }
    assertThat(line).isNotNull();
    assertThat(line.path("title").asText()).isEqualTo("Orçamento " + code + " · R$ 2.528,70 · válido até 06/12/2026");
    assertThat(line.path("detail").asText())
        .isEqualTo("Intimação (advogado adicional) × 2, Pesquisa × 3. Pagamento por boleto.");
    assertThat(line.path("link").asText()).isEqualTo(pdfUrl);
    assertThat(line.path("by").asText()).isEqualTo(seller);
    // "Deve cobrar retorno desse e-mail - aguarda até 2 dias": the seller's follow-up is open.
    JsonNode chase = sales.get("/api/clients/" + client).body().path("openFollowUps").get(0);
    assertThat(chase.path("type").asText()).isEqualTo("SALE_WITH_CONTACT");
    assertThat(chase.path("product").asText()).isEqualTo("Intimação (advogado adicional), Pesquisa");
    assertThat(chase.path("owner").asText()).isEqualTo(seller);
    assertThat(chase.path("dueOn").asText()).as("2 business days from Sunday 29/11").isEqualTo("2026-12-01");

    QuoteService.Created direct = quotes.create(client, new QuoteService.NewQuote(List.of(
        new QuoteService.NewItem("Beneficiário", "1", "80")), null, null), new AtendeUser(seller, Set.of(Roles.SALES)));
    assertThat(events.stream(QuoteSent.class))
        .containsExactly(new QuoteSent(direct.code(), client, seller, List.of("Beneficiário")));

    assertThat(Api.as(port, fixtures.agent(fixtures.store())).download(pdfUrl).statusCode()).isEqualTo(403);
    assertThat(sales.download("/api/quotes/OR-999999/pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void badQuotesAreRefusedByFieldInPortugueseAndStoreNothing() {
    long client = sales.post("/api/clients", Map.of("name", "Cliente " + fixtures.unique("Q"),
        "phone", fixtures.uniquePhone())).body().path("id").asLong();
    String path = "/api/clients/" + client + "/quotes";
    Map<String, Object> good = Map.of("product", "Intimação", "quantity", 1, "unitPrice", "100,00");

    assertThat(sales.post(path, Map.of("notes", "x")).message())
        .isEqualTo("Itens (items): informe ao menos um item (produto, quantidade e valor).");
    assertThat(sales.post(path, Map.of("items", List.of())).message())
        .isEqualTo("Itens (items): informe ao menos um item (produto, quantidade e valor).");
    assertThat(sales.post(path, Map.of("items", List.of(good, Map.of("product", " ", "quantity", 1, "unitPrice", "1"))))
        .message()).isEqualTo("Item 2: informe o produto/serviço (product).");
    assertThat(sales.post(path, Map.of("items", List.of(Map.of("product", "A", "quantity", 0, "unitPrice", "1"))))
        .message()).isEqualTo("Item 1: a quantidade (quantity) deve ser maior que zero (foi 0).");
    assertThat(sales.post(path, Map.of("items", List.of(Map.of("product", "A", "quantity", -2, "unitPrice", "1"))))
        .message()).isEqualTo("Item 1: a quantidade (quantity) deve ser maior que zero (foi -2).");
    assertThat(sales.post(path, Map.of("items", List.of(Map.of("product", "A", "quantity", 1.5, "unitPrice", "1"))))
        .message()).isEqualTo("Item 1: a quantidade (quantity) deve ser um número inteiro (foi 1.5).");
    assertThat(sales.post(path, Map.of("items", List.of(Map.of("product", "A", "quantity", 1, "unitPrice", "-10,00"))))
        .message()).isEqualTo("Item 1: valor unitário (unitPrice): o valor não pode ser negativo (foi -10,00).");
    assertThat(sales.post(path, Map.of("items", List.of(Map.of("product", "A", "quantity", 1)))).message())
        .isEqualTo("Item 1: valor unitário (unitPrice): informe o valor em reais (ex.: 1.234,56).");
    assertThat(sales.post(path, Map.of("items", Collections.nCopies(51, good))).message())
        .isEqualTo("Itens (items): no máximo 50 itens (foram 51).");
    assertThat(sales.post(path, Map.of("items", List.of(good), "validUntil", "28/11/2026")).message())
        .isEqualTo("Validade (validUntil): a data já passou (28/11/2026).");
    assertThat(sales.post(path, Map.of("items", List.of(good), "validUntil", "amanhã")).message())
        .startsWith("Validade (validUntil): \"amanhã\" não é uma data");
    assertThat(sales.post("/api/clients/999999999/quotes", Map.of("items", List.of(good))).status()).isEqualTo(404);
    Response agent = Api.as(port, fixtures.agent(fixtures.store())).post(path, Map.of("items", List.of(good)));
    assertThat(agent.status()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from quotes where client_id = ?", Integer.class, client)).isZero();

    // Today is still valid, and a free item (a courtesy training) is allowed.
    assertThat(sales.post(path, Map.of("items", List.of(Map.of("product", "Treinamento", "quantity", 1,
        "unitPrice", "0")), "validUntil", "2026-11-29")).status()).isEqualTo(201);
  }
}
