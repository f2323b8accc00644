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
import br.com.atende.common.BusinessTime;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.FakeWhatsAppProvider;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * green; a client who does not want WhatsApp gets nothing. She confirms, reads the conversation,
 * remarcar and goes back; a supervisor edits the vehicle. LeadZap runs as in production (the
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

    // Maria wrote to the dealer's WhatsApp before the call: the Ficha's Conversa shows it before LeadZap's message.
    String question = new ObjectMapper().writeValueAsString(Map.of("object", "whatsapp_business_account", "entry",
        List.of(Map.of("id", "WABA", "changes", List.of(Map.of("field", "messages", "value", Map.of(
            "messaging_product", "whatsapp", "messages", List.of(Map.of("from", maria.getPhone().replace("+", ""),
                "id", "wamid.IN-" + mariaEvent, "timestamp", String.valueOf(BusinessTime.now().getEpochSecond()),
                "type", "text", "text", Map.of("body", "Pode ser de manhã?"))))))))));
    assertThat(Api.anonymous(port).post("/api/leadzap/webhook", question,
        Map.of("X-Hub-Signature-256", FakeWhatsAppProvider.signature(question))).status()).isEqualTo(200);
    String supervisor = fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS));

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
          "SUPERVISOR", supervisor,
          "MARIA_EVENT", mariaEvent,
          "MARIA_ID", String.valueOf(maria.getId()),
          "JOAO_EVENT", joaoEvent));
    } finally {
      leadZap.shutdownNow();
    }
    // The booking and, after Remarcar, the new booking.
    assertThat(FakeWhatsAppProvider.instance().sentTo(maria.getPhone())).hasSize(2);
    assertThat(FakeWhatsAppProvider.instance().sentTo(joao.getPhone())).isEmpty();
  }
}
