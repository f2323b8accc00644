package br.com.atende.inbound;

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
 * Inbound contacts and inactivations over HTTP: bad input is a pt-BR 400 naming the field and
 * stores nothing, a store's agent may not register one, the rule that decided is answered, and a
 * recontract goes to who inactivated the client only within 15 days. Clock: Monday 30/11/2026 10:00.
 */
@MariaDbIntegrationTest
class InboundApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  String seller;
  String owner;
  Api sellerApi;
  Api ownerApi;
  String phone;
  String cpf;
  long client;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    owner = fixtures.user(fixtures.unique("helena"), List.of(Roles.SALES));
    sellerApi = Api.as(port, seller);
    ownerApi = Api.as(port, owner);
    phone = fixtures.uniquePhone();
    cpf = fixtures.cpf();
    client = newClient(phone, cpf);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void badInputIsRefusedInPortugueseNamingTheFieldAndStoresNothing() {
    int before = contacts();
    assertRefused(Map.of("clientId", client, "intent", "BUY"), 400, "Canal (channel)");
    assertRefused(Map.of("clientId", client, "channel", "FAX", "intent", "BUY"), 400, "Canal (channel)");
    assertRefused(Map.of("clientId", client, "channel", "CHAT", "intent", "CALL_ME"), 400, "Intenção (intent)");
    assertRefused(Map.of("channel", "CHAT", "intent", "BUY"), 400, "Cliente (clientId, phone ou cpfCnpj)");
    assertRefused(Map.of("phone", "123", "channel", "CHAT", "intent", "BUY"), 400, "Telefone (phone)");
    assertRefused(Map.of("cpfCnpj", "111.111.111-12", "channel", "CHAT", "intent", "BUY"), 400, "CPF/CNPJ (cpfCnpj)");
    assertRefused(Map.of("clientId", client, "channel", "CHAT", "intent", "BUY", "product", "x".repeat(201)), 400,
        "Produto/serviço (product)");
    assertRefused(Map.of("phone", fixtures.uniquePhone(), "channel", "CHAT", "intent", "BUY"), 404, "cadastre o cliente");
    assertRefused(Map.of("clientId", 987654321, "channel", "CHAT", "intent", "BUY"), 404, "Cliente 987654321");
    assertThat(sellerApi.post("/api/inbound-contacts", "not json", Map.of()).status()).isEqualTo(400);
    assertThat(contacts()).isEqualTo(before);
  }

  @Test
  void onlyTheClientTeamsAndSupervisorsRegisterContactsAndInactivate() {
    Api agent = Api.as(port, fixtures.agent(fixtures.store()));
    Map<String, Object> contact = Map.of("clientId", client, "channel", "WHATSAPP", "intent", "BUY");
    Response refused = agent.post("/api/inbound-contacts", contact);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).contains("comercial");
    assertThat(agent.post("/api/clients/" + client + "/inactivation", Map.of("kind", "MANUAL", "reason", "Pediu"))
        .status()).isEqualTo(403);
    assertThat(Api.anonymous(port).post("/api/inbound-contacts", contact).status()).isEqualTo(401);

    Api supervisor = Api.as(port, fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS)));
    assertThat(supervisor.post("/api/inbound-contacts", contact).status()).isEqualTo(201);
    Api support = Api.as(port, fixtures.user(fixtures.unique("igor"), List.of(Roles.SUPPORT)));
    assertThat(support.post("/api/inbound-contacts", contact).status()).isEqualTo(201);
  }

  @Test
  void theClientIsFoundByPhoneOrCpfAndTheRuleThatDecidedIsAnsweredAndKept() {
    Response byPhone = sellerApi.post("/api/inbound-contacts", Map.of("phone", phone.replaceAll("\\D", ""),
        "channel", "WHATSAPP", "intent", "BUY", "message", "Quero contratar a intimação"));
    assertThat(byPhone.status()).isEqualTo(201);
    JsonNode body = byPhone.body();
    assertThat(body.path("code").asText()).matches("RC-\\d{6}");
    assertThat(body.path("processInstanceId").asText()).isNotBlank();
    assertThat(body.path("rule").asText()).isEqualTo("SELL_NOW");
    assertThat(body.path("routedTo").path("group").asText()).isEqualTo(Roles.SALES);
    assertThat(body.path("routedTo").has("user")).isFalse();

    JsonNode kept = sellerApi.get("/api/inbound-contacts/" + body.path("code").asText()).body();
    assertThat(kept.path("clientId").asLong()).isEqualTo(client);
    assertThat(kept.path("rule").asText()).isEqualTo("SELL_NOW");
    assertThat(kept.path("ruleExplanation").asText()).contains("FAZER A VENDA");

    Response byCpf = sellerApi.post("/api/inbound-contacts", Map.of("cpfCnpj", cpf, "channel", "EMAIL",
        "intent", "SUPPORT"));
    assertThat(byCpf.body().path("rule").asText()).isEqualTo("SUPPORT_TEAM");
    assertThat(byCpf.body().path("routedTo").path("group").asText()).isEqualTo(Roles.SUPPORT);

    JsonNode record = sellerApi.get("/api/clients/" + client).body();
    assertThat(record.path("timeline").toString()).contains("Contato recebido · Quer contratar · WhatsApp", "SELL_NOW");
  }

  @Test
  void anInactivationIsRecordedWithWhoWhenAndWhyAndRoutesARecontractWithin15Days() {
    assertThat(ownerApi.post("/api/clients/" + client + "/inactivation", Map.of("kind", "SOMETIMES", "reason", "Pediu"))
        .message()).contains("Tipo de inativação (kind)");
    assertThat(ownerApi.post("/api/clients/" + client + "/inactivation", Map.of("kind", "MANUAL", "reason", "..."))
        .message()).contains("Motivo da inativação (reason)");

    Fixtures.setClock(Fixtures.MONDAY_10AM.minusDays(10));
    Response inactivated = ownerApi.post("/api/clients/" + client + "/inactivation",
        Map.of("kind", "MANUAL", "reason", "Cliente pediu o cancelamento"));
    assertThat(inactivated.status()).isEqualTo(201);
    assertThat(inactivated.body().path("inactivatedBy").asText()).isEqualTo(owner);
    assertThat(inactivated.body().path("inactivatedAt").asText()).isEqualTo("20/11/2026 10:00");
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    assertThat(ownerApi.post("/api/clients/" + client + "/inactivation", Map.of("kind", "AUTOMATIC", "reason", "Sistema"))
        .status()).isEqualTo(409);

    JsonNode record = sellerApi.get("/api/clients/" + client).body();
    assertThat(record.path("alerts").toString()).contains("Cliente inativado em 20/11/2026 por", "(" + owner + ")",
        "(manual): Cliente pediu o cancelamento");
    assertThat(record.path("timeline").toString()).contains("Cliente inativado (manual)");

    JsonNode within = recontract(client).body();
    assertThat(within.path("rule").asText()).isEqualTo("RECENT_MANUAL_INACTIVATION");
    assertThat(within.path("routedTo").path("user").asText()).isEqualTo(owner);

    long older = newClient(fixtures.uniquePhone(), null);
    Fixtures.setClock(Fixtures.MONDAY_10AM.minusDays(16));
    ownerApi.post("/api/clients/" + older + "/inactivation", Map.of("kind", "MANUAL", "reason", "Cliente pediu"));
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    JsonNode after = recontract(older).body();
    assertThat(after.path("rule").asText()).isEqualTo("RECONTRACT_ANYONE");
    assertThat(after.path("routedTo").path("group").asText()).isEqualTo(Roles.SALES);
  }

  @Test
  void theRoutedOwnersCompletionIsCheckedOnEngineRest() {
    Fixtures.setClock(Fixtures.MONDAY_10AM.minusDays(2));
    ownerApi.post("/api/clients/" + client + "/inactivation", Map.of("kind", "MANUAL", "reason", "Cliente pediu"));
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    String code = recontract(client).body().path("code").asText();
    String taskId = ownerApi.get("/engine-rest/task?processInstanceBusinessKey=" + code).body().get(0).path("id").asText();

    Response refused = ownerApi.completeTask(taskId, Map.of("inboundOutcome", "RESOLVED", "note", "Cliente vai pensar"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("Resposta do cliente (clientAnswer)");
    Response done = ownerApi.completeTask(taskId, Map.of("inboundOutcome", "RESOLVED", "note", "Cliente vai pensar",
        "clientAnswer", "Não tenho interesse na contratação neste momento."));
    assertThat(done.status()).isEqualTo(204);
    assertThat(sellerApi.get("/api/inbound-contacts/" + code).body().path("outcome").asText()).isEqualTo("RESOLVED");
  }

  private Response recontract(long id) {
    return sellerApi.post("/api/inbound-contacts", Map.of("clientId", id, "channel", "PHONE", "intent", "RECONTRACT"));
  }

  private long newClient(String phone, String cpf) {
    Map<String, Object> body = new HashMap<>(Map.of("name", "Cliente " + fixtures.unique("R"), "phone", phone));
    if (cpf != null) {
      body.put("cpfCnpj", cpf);
    }
    return sellerApi.post("/api/clients", body).body().path("id").asLong();
  }

  private void assertRefused(Map<String, Object> body, int status, String message) {
    Response response = sellerApi.post("/api/inbound-contacts", body);
    assertThat(response.status()).as(body.toString()).isEqualTo(status);
    assertThat(response.message()).as(body.toString()).contains(message);
  }

  private int contacts() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM inbound_contacts", Integer.class);
  }
}
