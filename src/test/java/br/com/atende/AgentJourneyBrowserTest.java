package br.com.atende;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.security.Roles;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent's journey (src/test/browser/agent-journey.mjs): home page, Tasklist form, agenda, lists, reports. */
@MariaDbIntegrationTest
class AgentJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void anAgentWorksLeadsFromTheHomePageThroughTasklist() throws Exception {
    String store = fixtures.store();
    String agent = fixtures.agent(store);
    String supervisor = fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS));
    Campaign campaign = fixtures.campaign(List.of(store), 3, List.of(
        new NewActionType("LIGACAO", "Ligação", "Olá! Aqui é da Vivo, tenho uma oferta para você."),
        new NewActionType("WHATSAPP", "WhatsApp", "Oi! Mandei a oferta pelo WhatsApp, podemos conversar?")));
    BrowserJourney.run("agent-journey.mjs", port, Map.of(
        "AGENT", agent,
        "SUPERVISOR", supervisor,
        "STORE", store,
        "CAMPAIGN", campaign.getCode()));
  }
}
