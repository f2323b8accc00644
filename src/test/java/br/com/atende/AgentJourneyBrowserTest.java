package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent's journey (src/test/browser/agent-journey.mjs): home page, Tasklist form, agenda, lists, reports. */
@MariaDbIntegrationTest
class AgentJourneyBrowserTest {

  static final int LEADS = 3;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired TaskService taskService;
  @Autowired LeadAttemptRepository attempts;

  @Test
  void anAgentWorksLeadsFromTheHomePageThroughTasklist() throws Exception {
    String store = fixtures.store();
    String agent = fixtures.agent(store);
    String supervisor = fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS));
    refusedInAnEarlierCampaign();
    Campaign campaign = fixtures.campaign(List.of(store), LEADS, List.of(
        new NewActionType("LIGACAO", "Ligação", "Olá! Aqui é da Vivo, tenho uma oferta para você."),
        new NewActionType("WHATSAPP", "WhatsApp", "Oi! Mandei a oferta pelo WhatsApp, podemos conversar?")));
    BrowserJourney.run("agent-journey.mjs", port, Map.of(
        "AGENT", agent,
        "SUPERVISOR", supervisor,
        "STORE", store,
        "CAMPAIGN", campaign.getCode()));

    // "Adicionar script" typed into form-js's state, not only into the page: Tasklist submitted it.
    assertThat(attempts.findAll()).filteredOn(attempt -> agent.equals(attempt.getAgent()))
        .filteredOn(attempt -> "SCHEDULED".equals(attempt.getOutcome())).singleElement()
        .extracting(LeadAttempt::getConversation)
        .isEqualTo("Cliente atendeu no segundo toque.\n\nOi! Mandei a oferta pelo WhatsApp, podemos conversar?");
  }

  /**
   * The fixtures' mailings share their phones, so the clients of the journey's campaign already
   * refused an earlier campaign (another store, another agent): the form's history shows it.
   */
  private void refusedInAnEarlierCampaign() {
    String store = fixtures.store();
    AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
    Campaign earlier = fixtures.campaign(List.of(store), LEADS);
    for (int i = 0; i < LEADS; i++) {
      Pulled pulled = attendance.pullNext(agent, store, earlier.getCode());
      taskService.complete(pulled.taskId(), Map.of("outcome", "REFUSED", "reason", "PRICE",
          "observation", "Já tem fibra de outra operadora"));
    }
  }
}
