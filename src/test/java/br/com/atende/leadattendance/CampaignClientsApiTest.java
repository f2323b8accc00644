package br.com.atende.leadattendance;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
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

/** Seed 001's "Clientes não atuados" and the agents' saved filters, over HTTP. */
@MariaDbIntegrationTest
class CampaignClientsApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  String centro;
  String norte;
  Campaign shared;
  Api centroAgent;
  Api norteAgent;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    centro = fixtures.store();
    norte = fixtures.store();
    // Two leads for Centro only, two for Norte only, three for either store (no "loja").
    shared = fixtures.campaign(List.of(centro, norte), 0);
    fixtures.importCsv(shared.getCode(), """
        nome;telefone;cidade;uf;loja
        Centro Um;%s;Goiânia;GO;%s
        Centro Dois;%s;Anápolis;GO;%s
        Norte Um;%s;Goiânia;GO;%s
        Norte Dois;%s;Goiânia;GO;%s
        Livre Um;%s;Goiânia;GO;
        Livre Dois;%s;Anápolis;GO;
        Livre Três;%s;Goiânia;GO;
        """.formatted(fixtures.uniquePhone(), centro, fixtures.uniquePhone(), centro, fixtures.uniquePhone(), norte,
        fixtures.uniquePhone(), norte, fixtures.uniquePhone(), fixtures.uniquePhone(), fixtures.uniquePhone()));
    centroAgent = Api.as(port, fixtures.agent(centro));
    norteAgent = Api.as(port, fixtures.agent(norte));
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void anAgentSeesTheNeverWorkedClientsOfTheirStoresOnly() {
    assertThat(names(centroAgent, "")).containsExactly("Centro Um", "Centro Dois", "Livre Um", "Livre Dois",
        "Livre Três");
    assertThat(names(norteAgent, "")).containsExactly("Norte Um", "Norte Dois", "Livre Um", "Livre Dois",
        "Livre Três");
    JsonNode first = centroAgent.get(path("")).body().path("rows").get(0);
    assertThat(first.path("phone").asText()).startsWith("(");
    assertThat(first.path("city").asText()).isEqualTo("Goiânia");
    assertThat(first.path("storeCode").asText()).isEqualTo(centro);
    assertThat(centroAgent.get(path("")).body().path("rows").get(2).path("storeName").asText())
        .isEqualTo("Qualquer loja");

    // Pulled once, a client has received an operation: it leaves the list.
    Response pulled = centroAgent.post("/api/attendances/next",
        Map.of("storeCode", centro, "campaignCode", shared.getCode()));
    assertThat(pulled.status()).as(pulled.text()).isEqualTo(200);
    assertThat(names(centroAgent, "")).hasSize(4).doesNotContain("Centro Um");

    // The client opens read only, with the same visibility.
    long livre = centroAgent.get(path("&city=Anápolis")).body().path("rows").get(1).path("leadId").asLong();
    assertThat(centroAgent.get("/api/leads/" + livre).body().path("name").asText()).isEqualTo("Livre Dois");
    long norteOnly = norteAgent.get(path("")).body().path("rows").get(0).path("leadId").asLong();
    assertThat(centroAgent.get("/api/leads/" + norteOnly).status()).isEqualTo(403);
  }

  @Test
  void anotherStoresAgentSeesNothingOfACampaignTheyDoNotWork() {
    Campaign centroOnly = fixtures.campaign(List.of(centro), 3);

    Response refused = norteAgent.get("/api/campaign-clients?campaign=" + centroOnly.getCode());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("Campanha inválida: " + centroOnly.getCode()
        + " não é uma campanha ativa das suas lojas (campo \"campaign\").");
    assertThat(refused.text()).doesNotContain("Cliente");
    Response otherStore = centroAgent.get(path("&store=" + norte));
    assertThat(otherStore.status()).isEqualTo(400);
    assertThat(otherStore.message()).isEqualTo("Loja inválida para esta campanha: " + norte + " (campo \"store\").");
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).get(path("")).status()).isEqualTo(400);
  }

  @Test
  void pagesAreReadByKeyFilteredByStoreAndCity() {
    Api both = Api.as(port, fixtures.agent(centro, norte));
    List<String> seen = new ArrayList<>();
    String after = "";
    int pages = 0;
    do {
      JsonNode page = both.get(path("&size=3" + after)).body();
      page.path("rows").forEach(row -> seen.add(row.path("name").asText()));
      after = page.path("next").isNull() ? null : "&after=" + page.path("next").asLong();
      pages++;
    } while (after != null);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(7).doesNotHaveDuplicates();

    assertThat(names(both, "&store=" + norte)).containsExactly("Norte Um", "Norte Dois", "Livre Um", "Livre Dois",
        "Livre Três");
    assertThat(names(both, "&city=Anápolis")).containsExactly("Centro Dois", "Livre Dois");
    assertThat(names(both, "&city=Anápolis&store=" + norte)).containsExactly("Livre Dois");
  }

  @Test
  void badParametersAreRefusedInPortugueseNamingTheField() {
    assertThat(centroAgent.get("/api/campaign-clients").message()).isEqualTo("Informe a campanha (campo \"campaign\").");
    assertThat(centroAgent.get(path("&size=0")).message())
        .isEqualTo("Campo \"size\": informe de 1 a 200 clientes por página.");
    assertThat(centroAgent.get(path("&size=1000")).status()).isEqualTo(400);
    Response notNumber = centroAgent.get(path("&after=abc"));
    assertThat(notNumber.status()).isEqualTo(400);
    assertThat(notNumber.message()).isEqualTo("Valor inválido para \"after\": \"abc\"; informe um número inteiro.");
    assertThat(centroAgent.get(path("&city=" + "x".repeat(121))).message()).startsWith("Cidade: no máximo 120");
  }

  @Test
  void anAgentSavesAppliesAndDeletesTheirOwnFilters() {
    Response saved = centroAgent.post("/api/my-filters", Map.of("name", "Goiânia não atuados", "list", "NOT_ACTED",
        "campaign", shared.getCode(), "city", "Goiânia"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(201);
    Response byOutcome = centroAgent.post("/api/my-filters", Map.of("name", "Recusados", "list", "CONCLUDED",
        "outcome", "REFUSED"));
    assertThat(byOutcome.status()).as(byOutcome.text()).isEqualTo(201);

    // Next login (a new client, same user): both are there, by name, with their criteria.
    JsonNode mine = centroAgent.get("/api/my-filters").body();
    assertThat(mine.findValuesAsText("name")).containsExactly("Goiânia não atuados", "Recusados");
    JsonNode city = mine.get(0);
    assertThat(city.path("city").asText()).isEqualTo("Goiânia");
    assertThat(names(centroAgent, "&city=" + city.path("city").asText())).containsExactly("Centro Um", "Livre Um",
        "Livre Três");
    assertThat(norteAgent.get("/api/my-filters").body().size()).isZero();

    Response duplicate = centroAgent.post("/api/my-filters", Map.of("name", "Recusados", "city", "Goiânia"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message()).isEqualTo("Você já tem um filtro chamado \"Recusados\".");

    long id = saved.body().path("id").asLong();
    assertThat(norteAgent.delete("/api/my-filters/" + id).status()).isEqualTo(404);
    assertThat(centroAgent.delete("/api/my-filters/" + id).status()).isEqualTo(204);
    assertThat(centroAgent.get("/api/my-filters").body().findValuesAsText("name")).containsExactly("Recusados");
  }

  @Test
  void aFilterIsRefusedWhenItNamesSomethingTheAgentMayNotUse() {
    Campaign centroOnly = fixtures.campaign(List.of(centro), 0);
    assertThat(refusal(norteAgent, Map.of("name", "Alheio", "list", "NOT_ACTED", "campaign", centroOnly.getCode())))
        .isEqualTo("Campanha inválida: " + centroOnly.getCode()
            + " não é uma campanha ativa das suas lojas (campo \"campaign\").");
    assertThat(refusal(centroAgent, Map.of("name", "Norte", "list", "NOT_ACTED", "campaign", shared.getCode(),
        "store", norte))).isEqualTo("Loja inválida para esta campanha: " + norte + " (campo \"store\").");
    assertThat(refusal(centroAgent, Map.of("list", "CONCLUDED"))).isEqualTo("Dê um nome ao filtro (campo \"name\").");
    assertThat(refusal(centroAgent, Map.of("name", "Vazio"))).isEqualTo("Escolha ao menos um critério para salvar o filtro.");
    assertThat(refusal(centroAgent, Map.of("name", "Sem campanha", "list", "NOT_ACTED")))
        .isEqualTo("Clientes não atuados: Informe a campanha (campo \"campaign\").");
    assertThat(refusal(centroAgent, Map.of("name", "X", "list", "NOT_ACTED", "campaign", shared.getCode(),
        "outcome", "REFUSED"))).isEqualTo("Campo \"outcome\": clientes não atuados ainda não têm último resultado.");
    assertThat(refusal(centroAgent, Map.of("name", "X", "outcome", "TALVEZ"))).contains("\"outcome\"");
    assertThat(refusal(centroAgent, Map.of("name", "X", "list", "TODOS"))).contains("\"list\"");
    assertThat(refusal(centroAgent, Map.of("name", "x".repeat(61), "city", "Goiânia")))
        .startsWith("Nome do filtro: no máximo 60");
  }

  @Test
  void myAttendancesFilterByCityAndLastOutcome() {
    Api both = Api.as(port, fixtures.agent(centro, norte));
    for (int i = 0; i < 3; i++) {
      JsonNode pulled = both.post("/api/attendances/next",
          Map.of("storeCode", centro, "campaignCode", shared.getCode())).body();
      Map<String, String> completion = i == 1 ? Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Caro")
          : Map.of("outcome", "NO_ANSWER", "reason", "BUSY");
      assertThat(both.completeTask(pulled.path("taskId").asText(), completion).status()).isEqualTo(204);
    }
    JsonNode refused = both.get("/api/attendances/mine?outcome=REFUSED").body();
    assertThat(refused.findValuesAsText("lastOutcome")).containsExactly("REFUSED");
    JsonNode goiania = both.get("/api/attendances/mine?city=Goiânia").body();
    assertThat(goiania.findValuesAsText("city")).isNotEmpty().containsOnly("Goiânia");
    assertThat(both.get("/api/attendances/mine").body().size()).isEqualTo(3);
    assertThat(both.get("/api/attendances/mine?outcome=TALVEZ").status()).isEqualTo(400);
  }

  private String path(String query) {
    return "/api/campaign-clients?campaign=" + shared.getCode() + query;
  }

  private List<String> names(Api as, String query) {
    Response page = as.get(path(query));
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return page.body().path("rows").findValuesAsText("name");
  }

  private static String refusal(Api as, Map<String, String> body) {
    Response refused = as.post("/api/my-filters", body);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    return refused.message();
  }
}
