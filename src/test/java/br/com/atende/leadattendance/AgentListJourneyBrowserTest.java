package br.com.atende.leadattendance;

import br.com.atende.campaign.Campaign;
import br.com.atende.security.Roles;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 001's agent list in Chromium (src/test/browser/agent-list-journey.mjs): not-worked clients
 * paged and opened, saved filters across logins; Tasklist and Cockpit as agents and supervisors see them.
 */
@MariaDbIntegrationTest
class AgentListJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void anAgentListsTheCampaignsClientsAndKeepsAFilter() throws Exception {
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), 50);
    fixtures.importCsv(campaign.getCode(), """
        nome;telefone;cidade;uf
        Morador 1;(62) 98111-0001;Anápolis;GO
        Morador 2;(62) 98111-0002;Anápolis;GO
        Morador 3;(62) 98111-0003;Anápolis;GO
        """);
    BrowserJourney.run("agent-list-journey.mjs", port, Map.of(
        "AGENT", fixtures.agent(store),
        "ADMIN", fixtures.user(fixtures.unique("admin"), List.of(Roles.ADMIN)),
        "SUPERVISOR", fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS)),
        "CAMPAIGN", campaign.getCode()));
  }
}
