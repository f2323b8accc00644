package br.com.atende.sale;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.followup.FollowUpStatus;
import br.com.atende.followup.FollowUpService;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 002's sales over HTTP: a sale closes the seller's follow-ups of that product and leaves the
 * others; the commission follows DMN commission-attribution with the owner's availability; the
 * manager sees it. Clock: Monday 30/11/2026 10:00 in São Paulo.
 */
@MariaDbIntegrationTest
class SaleApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired FollowUpService followUps;
  @Autowired JdbcTemplate jdbc;

  String seller;
  String owner;
  Api sellerApi;
  Api ownerApi;
  Api manager;
  long client;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    owner = fixtures.user(fixtures.unique("helena"), List.of(Roles.SALES));
    sellerApi = Api.as(port, seller);
    ownerApi = Api.as(port, owner);
    manager = Api.as(port, fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS)));
    client = sellerApi.post("/api/clients", Map.of("name", "Cliente " + fixtures.unique("V"), "phone",
        fixtures.uniquePhone())).body().path("id").asLong();
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aSaleClosesTheSellersFollowUpsOfThatProductAndLeavesTheOthers() {
    String mine = openFollowUp(sellerApi, "SALE_WITH_CONTACT", "Intimação eletrônica");
    String mineOther = openFollowUp(sellerApi, "SALE_WITH_CONTACT", "Pesquisa de processos");
    String theirs = openFollowUp(ownerApi, "SALE_NO_CONTACT", "Intimação eletrônica");

    Response sold = sale(sellerApi, "intimacao eletronica");
    assertThat(sold.status()).isEqualTo(201);
    assertThat(sold.body().path("closedFollowUps")).extracting(JsonNode::asText).containsExactly(mine);
    // The other owner's follow-up had no contact: it does not hold the client, so the commission is the seller's.
    assertThat(sold.body().path("commissionTo").asText()).isEqualTo("SELLER");
    assertThat(sold.body().path("commissionUser").asText()).isEqualTo(seller);
    assertThat(status(mine)).isEqualTo(FollowUpStatus.SOLD);
    assertThat(status(mineOther)).isEqualTo(FollowUpStatus.OPEN);
    assertThat(status(theirs)).isEqualTo(FollowUpStatus.OPEN);

    JsonNode timeline = sellerApi.get("/api/clients/" + client).body().path("timeline");
    assertThat(timeline.get(0).path("kind").asText()).isIn("SALE", "FOLLOW_UP");
    assertThat(timeline.toString()).contains("Venda · intimacao eletronica · Telefone");
  }

  @Test
  void theCommissionOfAProductAnotherOwnerFollowsDependsOnWhereTheOwnerIs() {
    openFollowUp(ownerApi, "SALE_WITH_CONTACT", "Intimação eletrônica");

    // Available: the sale should have gone to the owner; the manager sorts out the commission.
    JsonNode available = sale(sellerApi, "Intimação eletrônica").body();
    assertThat(available.path("commissionTo").asText()).isEqualTo("MANAGER_DECIDES");
    assertThat(available.path("commissionUser").isNull()).isTrue();
    assertThat(available.path("closedFollowUps")).isEmpty();

    assertThat(ownerApi.put("/api/users/" + owner + "/availability", Map.of("status", "VACATION", "until", "2026-12-10"))
        .status()).isEqualTo(200);
    JsonNode vacation = sale(sellerApi, "Intimação eletrônica").body();
    assertThat(vacation.path("commissionTo").asText()).isEqualTo("SELLER");
    assertThat(vacation.path("commissionUser").asText()).isEqualTo(seller);
    assertThat(vacation.path("rule").asText())
        .isEqualTo("Dono do agendamento de férias: a comissão vai para o vendedor que efetivou a venda.");

    assertThat(manager.put("/api/users/" + owner + "/availability", Map.of("status", "ABSENT", "until", "2026-12-01"))
        .status()).isEqualTo(200);
    JsonNode absent = sale(sellerApi, "Intimação eletrônica").body();
    assertThat(absent.path("commissionTo").asText()).isEqualTo("FOLLOW_UP_OWNER");
    assertThat(absent.path("commissionUser").asText()).isEqualTo(owner);

    // The manager sees each sale and whose commission it is; a seller does not see the team's.
    JsonNode sales = manager.get("/api/sales?from=2026-11-30&to=2026-11-30").body();
    assertThat(sales.findValuesAsText("commissionTo")).contains("MANAGER_DECIDES", "SELLER", "FOLLOW_UP_OWNER");
    assertThat(sellerApi.get("/api/sales").status()).isEqualTo(403);
  }

  @Test
  void aFollowUpCompletedAsSoldIsTheOwnersSale() {
    String code = openFollowUp(ownerApi, "SALE_WITH_CONTACT", "Monitoramento");
    String taskId = null;
    for (JsonNode row : ownerApi.get("/api/follow-ups/mine").body()) {
      if (row.path("code").asText().equals(code)) {
        taskId = row.path("taskId").asText();
      }
    }
    assertThat(taskId).isNotBlank();
    assertThat(ownerApi.completeTask(taskId, Map.of("followUpAction", "SOLD", "saleDescription",
        "Plano anual de monitoramento")).status()).isEqualTo(204);

    Map<String, Object> sale = jdbc.queryForMap("select sold_by, commission_to, product from sales where client_id = ?",
        client);
    assertThat(sale).containsEntry("sold_by", owner).containsEntry("commission_to", "SELLER")
        .containsEntry("product", "Monitoramento");
    assertThat(status(code)).isEqualTo(FollowUpStatus.SOLD);
  }

  @Test
  void badSalesAreRefusedInPortugueseAndStoreNothing() {
    String path = "/api/clients/" + client + "/sales";
    assertThat(sellerApi.post(path, Map.of("description", "Vendido", "channel", "PHONE")).message())
        .isEqualTo("Produto/serviço (product): informe o que foi vendido.");
    assertThat(sellerApi.post(path, Map.of("product", "X", "description", "[...]", "channel", "PHONE")).message())
        .startsWith("Descrição da venda (description): escreva o que foi feito");
    assertThat(sellerApi.post(path, Map.of("product", "X", "description", "Vendido", "channel", "TELEX")).message())
        .startsWith("Canal (channel): \"TELEX\" não é válido");
    assertThat(sellerApi.post("/api/clients/999999999/sales", Map.of("product", "X", "description", "Vendido",
        "channel", "PHONE")).status()).isEqualTo(404);
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).post(path, Map.of("product", "X", "description",
        "Vendido", "channel", "PHONE")).status()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from sales where client_id = ?", Integer.class, client)).isZero();
  }

  private Response sale(Api api, String product) {
    return api.post("/api/clients/" + client + "/sales", Map.of("product", product, "description",
        "Contratou o plano anual", "channel", "PHONE"));
  }

  private String openFollowUp(Api api, String type, String product) {
    Response opened = api.post("/api/clients/" + client + "/follow-ups", Map.of("type", type, "product", product,
        "observation", "Cliente pediu retorno"));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    return opened.body().path("code").asText();
  }

  private FollowUpStatus status(String code) {
    return followUps.byCode(code).getStatus();
  }
}
