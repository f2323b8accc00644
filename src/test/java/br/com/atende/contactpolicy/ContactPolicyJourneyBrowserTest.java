package br.com.atende.contactpolicy;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.common.BusinessDays;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutSource;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** src/test/browser/contact-policy-journey.mjs: the queue is empty at night and the home page says why. */
@MariaDbIntegrationTest
class ContactPolicyJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired OptOutLedger ledger;

  @AfterEach
  void resetClock() {
    Fixtures.resetClock();
  }

  @Test
  void theAgentReadsWhyTheQueueIsEmptyAndWhenItRefills() throws Exception {
    // 22:00 of the first coming Monday–Thursday (the browser's "amanhã" stays near the real date)
    // whose next day is a working day: the leads come back at 09:00 on their clock, Brasília's.
    LocalDate day = LocalDate.now(BusinessTime.ZONE);
    while (day.getDayOfWeek().compareTo(DayOfWeek.THURSDAY) > 0 || !BusinessDays.isBusinessDay(day.plusDays(1))) {
      day = day.plusDays(1);
    }
    Fixtures.setClock(day.atTime(22, 0));
    String store = fixtures.store();
    String agent = fixtures.agent(store);
    Campaign campaign = fixtures.campaign(List.of(store), List.of(), ContactPolicy.SART);
    String optedOut = Phones.toE164(fixtures.uniquePhone()).orElseThrow();
    fixtures.importCsv(campaign.getCode(), "nome;telefone\nAna;" + fixtures.uniquePhone() + "\nBia;" + optedOut
        + "\nCaio;" + fixtures.uniquePhone() + "\n");
    ledger.record(optedOut, OptOutChannel.VOICE, OptOutSource.NAO_ME_PERTURBE, null, "test");

    BrowserJourney.run("contact-policy-journey.mjs", port, Map.of(
        "AGENT", agent,
        "STORE", store,
        "CAMPAIGN", campaign.getCode()));
  }
}
