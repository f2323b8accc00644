package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.serviceevent.leadzap.LeadZapWorker;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.serviceevent.ServiceEventService.NewEventType;
import br.com.atende.serviceevent.ServiceEventService.NewLossReason;
import br.com.atende.serviceevent.ServiceEventService.NewServiceEvent;
import br.com.atende.serviceevent.ServiceEventService.NewVehicle;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.FakeWhatsAppProvider;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 004 in Chromium (src/test/browser/dealer-journey.mjs): the agent opens the dealer agenda,
 * books a premium appointment in the Ficha de agendamento and sees the SCHEDULED dispatch turn
 * green; a client who does not want WhatsApp gets nothing. LeadZap runs as in production (the
 * worker, over HTTP to the test's provider), polled here because tests switch its schedule off.
 */
@MariaDbIntegrationTest
class DealerJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ServiceEventService service;
  @Autowired ClientRegistry clientRegistry;
  @Autowired LeadZapWorker worker;

  @Test
  void anAgentBooksAPremiumAppointmentAndSeesLeadZapSendIt() throws Exception {
    String agent = fixtures.agent(fixtures.store());
    String reason = fixtures.unique("SEMCONTATO");
    service.createLossReason(new NewLossReason(reason, "Não conseguiu falar com o cliente", "TODOS"));
    String revision = service.createEventType(new NewEventType(fixtures.unique("REV"), "Revisão de 10.000 km",
        EventType.AFTER_SALES_GROUP, true, "SERVICOS", List.of(), null, null)).getCode();
    Client maria = clientRegistry.register(new NewClient("Maria Oliveira", "(62) 98222-1001", null, null, false, false), "test");
    Long corolla = service.addVehicle(maria.getId(), new NewVehicle("ABC1D23", "Toyota Corolla", 2023)).getId();
    Client joao = clientRegistry.register(new NewClient("João Pereira", "(62) 98222-1002", null, null, true, false), "test");
    String mariaEvent = service.createEvent(new NewServiceEvent(revision, maria.getId(), corolla, agent, null)).getCode();
    String joaoEvent = service.createEvent(new NewServiceEvent(revision, joao.getId(), null, agent, null)).getCode();

    ScheduledExecutorService leadZap = Executors.newSingleThreadScheduledExecutor();
    leadZap.scheduleWithFixedDelay(() -> {
      try {
        worker.runOnce();
      } catch (RuntimeException e) {
        // a tick that met the journey's own transaction; the next one retries
      }
    }, 0, 300, TimeUnit.MILLISECONDS);
    try {
      BrowserJourney.run("dealer-journey.mjs", port, Map.of(
          "AGENT", agent,
          "MARIA_EVENT", mariaEvent,
          "JOAO_EVENT", joaoEvent));
    } finally {
      leadZap.shutdownNow();
    }
    assertThat(FakeWhatsAppProvider.instance().sentTo(maria.getPhone())).hasSize(1);
    assertThat(FakeWhatsAppProvider.instance().sentTo(joao.getPhone())).isEmpty();
  }
}
