package br.com.atende.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/stores and /api/campaigns over HTTP, on MariaDB. */
@MariaDbIntegrationTest
class CampaignApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired RuntimeService runtimeService;

  @Test
  void aProcessOwnerCreatesACampaignWhichStartsItsProcess() {
    String store = fixtures.store();
    Api fabio = Api.as(port, fixtures.user(fixtures.unique("bi"), List.of(Roles.PROCESS_OWNERS)));
    String code = fixtures.unique("NATAL");
    LocalDate today = LocalDate.now(br.com.atende.common.BusinessTime.ZONE);

    Response created = fabio.post("/api/campaigns", Map.of("code", code, "name", "Natal Vivo", "offer", "Combo",
        "storeCodes", List.of(store), "startsOn", today.toString(), "endsOn", today.plusDays(10).toString(),
        "materialsUrl", "https://example.com/natal.pdf"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("code").asText()).isEqualTo(code);
    assertThat(created.body().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(created.body().path("auditType").asText()).as("the manual's off-line audit by default")
        .isEqualTo("OFFLINE");
    assertThat(created.body().path("contactPolicy").asText()).as("unsolicited calls by default").isEqualTo("SART");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("campaign")
        .processInstanceBusinessKey(code).count()).isEqualTo(1);

    Response duplicate = fabio.post("/api/campaigns", Map.of("code", code, "name", "Natal", "offer", "Combo",
        "storeCodes", List.of(store), "startsOn", today.toString(), "endsOn", today.plusDays(10).toString()));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message()).isEqualTo("Já existe uma campanha com o código " + code + ".");
  }

  /** Seed 003: "cabe a cada operação definir o tipo de auditoria", so each campaign says which. */
  @Test
  void aCampaignMayChooseTheOnlineAudit() {
    String store = fixtures.store();
    Api fabio = Api.as(port, fixtures.user(fixtures.unique("bi"), List.of(Roles.PROCESS_OWNERS)));
    LocalDate today = LocalDate.now(br.com.atende.common.BusinessTime.ZONE);

    Response created = fabio.post("/api/campaigns", Map.of("code", fixtures.unique("ONLINE"), "name", "Pós on-line",
        "offer", "Pós 50 GB", "storeCodes", List.of(store), "startsOn", today.toString(), "endsOn",
        today.plusDays(10).toString(), "auditType", "ONLINE"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("auditType").asText()).isEqualTo("ONLINE");
  }

  /** DESIGN "Contact policy": clients who asked to be called are a CONSENTED campaign, shown in the store's listing. */
  @Test
  void aCampaignOfClientsWhoAskedIsConsented() {
    String store = fixtures.store();
    Api fabio = Api.as(port, fixtures.user(fixtures.unique("bi"), List.of(Roles.PROCESS_OWNERS)));
    LocalDate today = LocalDate.now(br.com.atende.common.BusinessTime.ZONE);
    String code = fixtures.unique("PEDIU");

    Response created = fabio.post("/api/campaigns", Map.of("code", code, "name", "Pediu contato",
        "offer", "Fibra", "storeCodes", List.of(store), "startsOn", today.toString(), "endsOn",
        today.plusDays(10).toString(), "contactPolicy", "CONSENTED"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("contactPolicy").asText()).isEqualTo("CONSENTED");
    assertThat(fabio.get("/api/stores/" + store + "/campaigns").body().get(0).path("contactPolicy").asText())
        .isEqualTo("CONSENTED");
    assertThat(fabio.post("/api/campaigns", Map.of("code", fixtures.unique("X8"), "name", "N", "offer", "O",
        "storeCodes", List.of(store), "startsOn", today.toString(), "endsOn", today.toString(),
        "contactPolicy", "LIVRE")).message())
        .isEqualTo("Política de contato: \"LIVRE\" não é válido; use um destes valores: SART, CONSENTED.");
  }

  @Test
  void invalidCampaignsAreRefusedInPortuguese() {
    String store = fixtures.store();
    Api fabio = Api.as(port, fixtures.user(fixtures.unique("bi"), List.of(Roles.PROCESS_OWNERS)));
    LocalDate today = LocalDate.now(br.com.atende.common.BusinessTime.ZONE);

    assertThat(fabio.post("/api/campaigns", Map.of("code", "X1", "name", "N", "offer", "O", "storeCodes",
        List.of(store), "startsOn", today.toString(), "endsOn", today.minusDays(1).toString())).message())
        .isEqualTo("O fim da validade não pode ser anterior ao início.");
    assertThat(fabio.post("/api/campaigns", Map.of("code", "X2", "name", "N", "offer", "O", "storeCodes",
        List.of("nope"), "startsOn", today.toString(), "endsOn", today.toString())).message())
        .isEqualTo("Loja nope não existe.");
    assertThat(fabio.post("/api/campaigns", Map.of("code", "X3", "name", "N", "storeCodes", List.of(store),
        "startsOn", today.toString(), "endsOn", today.toString())).message())
        .isEqualTo("Informe a oferta da campanha.");
    assertThat(fabio.post("/api/campaigns", Map.of("code", "X6", "name", "N", "offer", "O", "storeCodes",
        List.of(store), "startsOn", today.toString(), "endsOn", today.toString(), "actionTypes",
        List.of(Map.of("code", "CALL", "name", "Ligação"), Map.of("code", "CALL", "name", "De novo")))).message())
        .isEqualTo("Tipo de ação repetido: CALL.");
    Response badDate = fabio.post("/api/campaigns", "{\"code\":\"X4\",\"startsOn\":\"24/11/2026\"}");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.message()).contains("aaaa-mm-dd");
    assertThat(fabio.post("/api/campaigns", Map.of("code", "X7", "name", "N", "offer", "O", "storeCodes",
        List.of(store), "startsOn", today.toString(), "endsOn", today.toString(), "auditType", "REMOTA")).message())
        .isEqualTo("Tipo de auditoria: \"REMOTA\" não é válido; use um destes valores: OFFLINE, ONLINE.");
    Response agent = Api.as(port, fixtures.agent(store)).post("/api/campaigns", Map.of("code", "X5"));
    assertThat(agent.status()).isEqualTo(403);
  }

  @Test
  void anAgentSeesOnlyTheirStoresWithActiveCampaignsAndHowManyLeadsAreLeft() {
    String store = fixtures.store();
    String storeWithoutCampaign = fixtures.store();
    String otherAgentsStore = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store, otherAgentsStore), 7);
    Api agent = Api.as(port, fixtures.agent(store, storeWithoutCampaign));

    Response stores = agent.get("/api/stores");
    assertThat(stores.status()).isEqualTo(200);
    assertThat(stores.body().findValuesAsText("code")).containsExactly(store);

    Response campaigns = agent.get("/api/stores/" + store + "/campaigns");
    assertThat(campaigns.body().size()).isEqualTo(1);
    assertThat(campaigns.body().get(0).path("code").asText()).isEqualTo(campaign.getCode());
    assertThat(campaigns.body().get(0).path("leadsLeft").asInt()).isEqualTo(7);
    assertThat(campaigns.body().get(0).path("materialsUrl").asText()).isEqualTo("https://example.com/materiais.pdf");

    Response forbidden = agent.get("/api/stores/" + otherAgentsStore + "/campaigns");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.message()).isEqualTo("Você não atende a loja " + otherAgentsStore + ".");
  }
}
