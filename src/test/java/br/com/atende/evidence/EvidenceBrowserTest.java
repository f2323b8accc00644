package br.com.atende.evidence;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.common.Phones;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Evidências page in Chromium (src/test/browser/evidence-journey.mjs). */
@MariaDbIntegrationTest
class EvidenceBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aSupervisorReadsANumbersCallsAndOptOutsRecordsOneAndExportsThem() throws Exception {
    Fixtures.setClock(MONDAY_10AM);
    String store = fixtures.store();
    String agent = fixtures.agent(store);
    String supervisor = fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS));
    String phone = fixtures.uniquePhone();
    String e164 = Phones.toE164(phone).orElseThrow();
    Campaign campaign = fixtures.campaign(List.of(store), 0);
    fixtures.importCsv(campaign.getCode(), "nome;telefone\nCliente Evidência;" + phone + "\n");
    Api agentApi = Api.as(port, agent);
    String taskId = agentApi.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode",
        campaign.getCode())).body().path("taskId").asText();
    assertThat(agentApi.completeTask(taskId, Map.of("outcome", "REFUSED", "reason", "NO_MORE_CALLS",
        "observation", "Não quer mais ligações")).status()).isEqualTo(204);

    BrowserJourney.run("evidence-journey.mjs", port, Map.of("SUPERVISOR", supervisor, "AGENT", agent,
        "PHONE_DIGITS", e164.substring(3), "PHONE_DISPLAY", Phones.display(e164), "CAMPAIGN", campaign.getCode()));

    assertThat(jdbc.queryForObject("SELECT proof FROM opt_outs WHERE phone = ? AND channel = 'SMS' AND source = 'LGPD'",
        String.class, e164)).isEqualTo("Protocolo LGPD 2026-123");
  }
}
