package br.com.atende.client;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seed 002's client record over HTTP: register, search, the timeline, interactions and availability. */
@MariaDbIntegrationTest
class ClientRecordApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  String seller;
  Api sales;
  Api support;
  Api supervisor;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    seller = fixtures.user(fixtures.unique("seller"), List.of(Roles.SALES));
    sales = Api.as(port, seller);
    support = Api.as(port, fixtures.user(fixtures.unique("support"), List.of(Roles.SUPPORT)));
    supervisor = Api.as(port, fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS)));
  }

  @AfterEach
  void resetClock() {
    Fixtures.resetClock();
  }

  @Test
  void theTeamsRegisterAndFindClientsByNamePhoneOrDocument() {
    String name = "Zuleica " + fixtures.unique("Conceição");
    String phone = fixtures.uniquePhone();
    String cpf = fixtures.cpf();
    Response created = sales.post("/api/clients", Map.of("name", name, "phone", phone,
        "cpfCnpj", cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9)));
    assertThat(created.status()).isEqualTo(201);
    long id = created.body().path("id").asLong();
    assertThat(created.body().path("duplicateOf").isNull()).isTrue();

    // Without accents or case, by part of the name; by the phone as typed or its digits; by the CPF with or without dots.
    String accentless = name.replace("ç", "c").replace("ã", "a").toUpperCase();
    for (String q : List.of(accentless.substring(8), phone, phone.replaceAll("\\D", ""), cpf,
        cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9))) {
      Response found = support.get("/api/clients?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(found.status()).as(q).isEqualTo(200);
      assertThat(ids(found.body())).as(q).contains(id);
    }
    assertThat(ids(support.get("/api/clients?q=Ninguem%20Com%20Este%20Nome%20" + fixtures.unique("x")).body())).isEmpty();
    assertThat(support.get("/api/clients?q=a").message()).startsWith("Busca: informe ao menos 2 caracteres");

    // The same CPF/CNPJ on a new record still creates it, flagged for the central team.
    Response duplicate = sales.post("/api/clients", Map.of("name", name + " Filial", "phone", fixtures.uniquePhone(),
        "cpfCnpj", cpf));
    assertThat(duplicate.status()).isEqualTo(201);
    assertThat(duplicate.body().path("duplicateOf").asLong()).isEqualTo(id);
    JsonNode record = sales.get("/api/clients/" + duplicate.body().path("id").asLong()).body();
    assertThat(record.path("alerts").get(0).asText()).startsWith("Cadastro duplicado: o CPF/CNPJ já está no cliente " + id);
  }

  @Test
  void badRegistrationsAreRefusedInPortugueseAndStoreNothing() {
    int before = jdbc.queryForObject("select count(*) from clients", Integer.class);
    assertThat(sales.post("/api/clients", Map.of("phone", fixtures.uniquePhone())).message())
        .isEqualTo("Informe o nome do cliente.");
    assertThat(sales.post("/api/clients", Map.of("name", "Ana", "phone", "12")).message())
        .isEqualTo("Telefone inválido: 12 (informe DDD e número).");
    assertThat(sales.post("/api/clients", Map.of("name", "Ana", "phone", fixtures.uniquePhone(), "cpfCnpj", "111.111.111-12"))
        .message()).isEqualTo("CPF/CNPJ inválido: 111.111.111-12.");
    Response agent = Api.as(port, fixtures.agent(fixtures.store()))
        .post("/api/clients", Map.of("name", "Ana", "phone", fixtures.uniquePhone()));
    assertThat(agent.status()).isEqualTo(403);
    assertThat(agent.message()).startsWith("Cadastrar ou alterar clientes é do comercial");
    assertThat(jdbc.queryForObject("select count(*) from clients", Integer.class)).isEqualTo(before);
  }

  @Test
  void anInteractionNeedsARealSummaryAndAnHttpLinkAndLandsOnTheTimeline() {
    long client = client();
    String path = "/api/clients/" + client + "/interactions";
    for (String placeholder : List.of("...", "[...]", "-", "  ", "…", "[ ... ]")) {
      Response refused = sales.post(path, Map.of("channel", "PHONE", "purpose", "SALE", "summary", placeholder));
      assertThat(refused.status()).as(placeholder).isEqualTo(400);
      assertThat(refused.message()).as(placeholder).startsWith("Resumo da movimentação (summary): escreva o que foi feito");
    }
    assertThat(sales.post(path, Map.of("channel", "FAX", "purpose", "SALE", "summary", "Liguei")).message())
        .isEqualTo("Canal (channel): \"FAX\" não é válido; use um destes valores: PHONE, CHAT, EMAIL, WHATSAPP.");
    assertThat(sales.post(path, Map.of("channel", "PHONE", "summary", "Liguei")).message())
        .startsWith("Motivo do contato (purpose): informe um destes valores: SALE,");
    for (String link : List.of("javascript:alert(1)", "bitrix.com/card/1", "https://x.com/a b", "https://")) {
      assertThat(sales.post(path, Map.of("channel", "PHONE", "purpose", "SALE", "summary", "Liguei", "link", link))
          .message()).as(link).startsWith("Link do Bitrix (link): informe um endereço que comece com http:// ou https://");
    }
    assertThat(sales.post("/api/clients/999999999/interactions", Map.of("channel", "PHONE", "purpose", "SALE",
        "summary", "Liguei")).status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from interactions where client_id = ?", Integer.class, client))
        .isZero();

    Response recorded = sales.post(path, Map.of("channel", "PHONE", "purpose", "ERROR_FOLLOW_UP",
        "summary", "Liguei e o cliente não atendeu.", "link", "https://empresa.bitrix24.com.br/crm/deal/details/42/",
        "product", "Intimação"));
    assertThat(recorded.status()).isEqualTo(201);
    JsonNode line = sales.get("/api/clients/" + client).body().path("timeline").get(0);
    assertThat(line.path("kind").asText()).isEqualTo("INTERACTION");
    assertThat(line.path("title").asText()).isEqualTo("Movimentação · Retorno de erro · Telefone · Intimação");
    assertThat(line.path("detail").asText()).isEqualTo("Liguei e o cliente não atendeu.");
    assertThat(line.path("link").asText()).isEqualTo("https://empresa.bitrix24.com.br/crm/deal/details/42/");
    assertThat(line.path("by").asText()).isEqualTo(seller);
  }

  @Test
  void theTimelineShowsTheOutboundAttemptsOfLeadsWithTheSamePhone() {
    var campaign = fixtures.campaign(List.of(fixtures.store()), 0);
    String phone = fixtures.uniquePhone();
    fixtures.importCsv(campaign.getCode(), "nome;telefone\nMaria Lead;" + phone + "\n");
    long client = sales.post("/api/clients", Map.of("name", "Maria Cliente", "phone", phone)).body().path("id").asLong();
    jdbc.update("insert into lead_attempts (lead_id, attempt_no, agent, task, store_code, outcome, reason, finished_at) "
        + "select id, 1, 'bruno', 'AttendLead', null, 'NO_ANSWER', 'BUSY', current_timestamp from leads where phone = ?",
        "+55" + phone.replaceAll("\\D", ""));

    JsonNode timeline = sales.get("/api/clients/" + client).body().path("timeline");
    List<String> titles = new ArrayList<>();
    timeline.forEach(line -> titles.add(line.path("title").asText()));
    assertThat(titles).contains("Acionamento · campanha " + campaign.getCode() + " · Não atendido (Ocupado)",
        "Cliente cadastrado");
  }

  @Test
  void availabilityIsMarkedByTheUserOrASupervisor() {
    String other = fixtures.user(fixtures.unique("seller"), List.of(Roles.SALES));
    String path = "/api/users/" + seller + "/availability";
    Response own = sales.put(path, Map.of("status", "VACATION", "until", "2026-12-11"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body().path("statusLabel").asText()).isEqualTo("Férias");
    assertThat(Api.as(port, other).put(path, Map.of("status", "AVAILABLE")).status()).isEqualTo(403);
    assertThat(supervisor.put(path, Map.of("status", "ABSENT", "until", "2026-12-02")).body().path("status").asText())
        .isEqualTo("ABSENT");
    assertThat(sales.put(path, Map.of("status", "SICK")).message())
        .isEqualTo("Disponibilidade (status): \"SICK\" não é válido; use um destes valores: AVAILABLE, VACATION, ABSENT.");
    assertThat(sales.put(path, Map.of("status", "ABSENT", "until", "2026-11-01")).message())
        .startsWith("Até (until): a data já passou");
    assertThat(supervisor.put("/api/users/ninguem" + fixtures.unique("x") + "/availability", Map.of("status", "ABSENT"))
        .status()).isEqualTo(404);

    // The absence ends after its last day.
    Fixtures.setClock(Fixtures.MONDAY_10AM.plusDays(3));
    assertThat(sales.get(path).body().path("status").asText()).isEqualTo("AVAILABLE");
  }

  private long client() {
    return sales.post("/api/clients", Map.of("name", "Cliente " + fixtures.unique("X"), "phone", fixtures.uniquePhone()))
        .body().path("id").asLong();
  }

  private static List<Long> ids(JsonNode found) {
    List<Long> ids = new ArrayList<>();
    found.forEach(client -> ids.add(client.path("id").asLong()));
    return ids;
  }
}
