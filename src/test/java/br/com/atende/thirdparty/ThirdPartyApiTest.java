package br.com.atende.thirdparty;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Third-party contracting over HTTP: a sale names who contracted it (name and relation together), a
 * change of sensitive data asked by a third party waits for the holder and is applied when the sales
 * team completes the validation on /engine-rest; bad input is a pt-BR 400 naming the field that
 * stores nothing, a store's agent gets 403. Clock: Monday 30/11/2026 10:00 in São Paulo.
 */
@MariaDbIntegrationTest
class ThirdPartyApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  Api seller;
  String cpf;
  long client;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    seller = Api.as(port, fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES)));
    cpf = fixtures.cpf();
    Response created = seller.post("/api/clients", Map.of("name", "Escritório " + fixtures.unique("Rosa"),
        "phone", fixtures.uniquePhone(), "cpfCnpj", cpf, "email", "contato@rosa.adv.br"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    client = created.body().path("id").asLong();
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aSaleContractedByAThirdPartyRecordsWhoAndTheirRelation() {
    String sales = "/api/clients/" + client + "/sales";
    assertRefused(seller.post(sales, sale("Maria Souza", null)), 400, "Relação com o titular (thirdPartyRelation)");
    assertRefused(seller.post(sales, sale(null, "secretária")), 400, "Nome do terceiro (thirdPartyName)");
    assertRefused(seller.post(sales, sale("...", "secretária")), 400, "Nome do terceiro (thirdPartyName)");
    assertRefused(seller.post(sales, sale("Maria Souza", "x".repeat(101))), 400,
        "Relação com o titular (thirdPartyRelation)");
    assertThat(salesOfClient()).isZero();

    Response sold = seller.post(sales, sale("Maria Souza", "secretária"));
    assertThat(sold.status()).as(sold.text()).isEqualTo(201);
    assertThat(jdbc.queryForMap("SELECT third_party_name, third_party_relation FROM sales WHERE id = ?",
        sold.body().path("id").asLong())).containsEntry("third_party_name", "Maria Souza")
        .containsEntry("third_party_relation", "secretária");
    assertThat(seller.post(sales, sale(null, null)).status()).as("the holder's own sale").isEqualTo(201);

    String timeline = seller.get("/api/clients/" + client).body().path("timeline").toString();
    assertThat(timeline).contains("Venda · Intimação eletrônica · Telefone · contratado por terceiro: Maria Souza "
        + "(secretária)");
  }

  @Test
  void badDataChangeRequestsAreRefusedInPortugueseNamingTheFieldAndStoreNothing() {
    int before = count();
    assertRefused(post(change(null, null, null, "Maria Souza", "secretária")), 400, "Dados a alterar");
    assertRefused(post(change(null, cpf, "contato@rosa.adv.br", "Maria Souza", "secretária")), 400,
        "Dados a alterar");
    assertRefused(post(change(null, "111.111.111-12", null, "Maria Souza", "secretária")), 400, "CPF/CNPJ (cpfCnpj)");
    assertRefused(post(change(null, null, "sem-arroba", "Maria Souza", "secretária")), 400, "E-mail (email)");
    assertRefused(post(change("Novo Nome", null, null, null, "secretária")), 400, "Quem pediu (requestedBy)");
    assertRefused(post(change("Novo Nome", null, null, "Maria Souza", "[...]")), 400,
        "Relação com o titular (relation)");
    assertRefused(post(change("x".repeat(201), null, null, "Maria Souza", "secretária")), 400,
        "Nome do titular (name)");
    assertThat(seller.post("/api/clients/" + client + "/data-change-requests", "not json", Map.of()).status())
        .isEqualTo(400);
    assertRefused(seller.post("/api/clients/987654321/data-change-requests",
        change("Novo Nome", null, null, "Maria Souza", "secretária")), 404, "Cliente 987654321");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aStoreAgentMayNeitherAskAChangeNorSellForAThirdParty() {
    Api agent = Api.as(port, fixtures.agent(fixtures.store()));
    assertThat(agent.post("/api/clients/" + client + "/data-change-requests",
        change("Novo Nome", null, null, "Maria Souza", "secretária")).status()).isEqualTo(403);
    assertThat(agent.post("/api/clients/" + client + "/sales", sale("Maria Souza", "secretária")).status())
        .isEqualTo(403);
    assertThat(count()).isZero();
  }

  @Test
  void theChangeWaitsForTheHolderAndTheSalesTeamAppliesItOnEngineRest() {
    Response requested = post(change(null, null, "financeiro@rosa.adv.br", "Maria Souza", "secretária"));
    assertThat(requested.status()).as(requested.text()).isEqualTo(201);
    assertThat(requested.body().path("code").asText()).matches("VT-\\d{6}");
    assertThat(requested.body().path("status").asText()).isEqualTo("PENDING");
    assertRefused(post(change("Outro Nome", null, null, "João Lima", "sócio")), 409, "já tem uma alteração");

    JsonNode record = seller.get("/api/clients/" + client).body();
    assertThat(record.path("email").asText()).isEqualTo("contato@rosa.adv.br");
    assertThat(record.path("alerts").toString()).contains("Maria Souza (secretária) aguarda a validação do titular");

    JsonNode tasks = seller.get("/engine-rest/task?processInstanceId="
        + requested.body().path("processInstanceId").asText()).body();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    Response smuggled = seller.completeTask(taskId, Map.of("holderDecision", "CONFIRMED", "decisionNote",
        "Titular confirmou por telefone", "holderConfirmed", true));
    assertThat(smuggled.status()).as("a variable the form does not ask for").isEqualTo(400);
    Response done = seller.completeTask(taskId, Map.of("holderDecision", "CONFIRMED", "decisionNote",
        "Titular confirmou por telefone o novo e-mail do financeiro."));
    assertThat(done.status()).as(done.text()).isEqualTo(204);

    record = seller.get("/api/clients/" + client).body();
    assertThat(record.path("email").asText()).isEqualTo("financeiro@rosa.adv.br");
    assertThat(record.path("timeline").toString()).contains("Alteração de dados confirmada pelo titular e aplicada");
  }

  private Response post(Map<String, Object> body) {
    return seller.post("/api/clients/" + client + "/data-change-requests", body);
  }

  private static Map<String, Object> sale(String thirdPartyName, String relation) {
    Map<String, Object> sale = new HashMap<>(Map.of("product", "Intimação eletrônica", "description",
        "Plano anual de intimação eletrônica", "channel", "PHONE"));
    sale.put("thirdPartyName", thirdPartyName);
    sale.put("thirdPartyRelation", relation);
    return sale;
  }

  private static Map<String, Object> change(String name, String cpfCnpj, String email, String requestedBy,
      String relation) {
    Map<String, Object> change = new HashMap<>();
    change.put("name", name);
    change.put("cpfCnpj", cpfCnpj);
    change.put("email", email);
    change.put("requestedBy", requestedBy);
    change.put("relation", relation);
    return change;
  }

  private int count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM data_change_requests WHERE client_id = ?", Integer.class, client);
  }

  private int salesOfClient() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM sales WHERE client_id = ?", Integer.class, client);
  }

  private static void assertRefused(Response response, int status, String message) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.message()).contains(message);
  }
}
