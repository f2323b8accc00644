package br.com.atende.proposal;

import br.com.atende.security.Roles;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 003 in Chromium (src/test/browser/proposal-journey.mjs): the agent sells and sees the code,
 * resolves the pendency in Tasklist; the auditor returns it and later confirms it in Tasklist; the
 * confirmed export holds it; maintenance cancels another sale; Cockpit shows where instances wait.
 */
@MariaDbIntegrationTest
class ProposalJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aSaleGoesThroughPendencyAuditAndMaintenanceInTheBrowser() throws Exception {
    String store = fixtures.store();
    BrowserJourney.run("proposal-journey.mjs", port, Map.of(
        "SELLER", fixtures.agent(store),
        "AUDITOR", fixtures.user(fixtures.unique("auditor"), List.of(Roles.AUDITORS)),
        "KEEPER", fixtures.user(fixtures.unique("keeper"), List.of(Roles.MAINTENANCE)),
        "SUPERVISOR", fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS)),
        "STORE", store,
        "CAMPAIGN", fixtures.campaign(List.of(store), 3).getCode()));
  }
}
