package br.com.atende.contactpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.LeadQueue;
import br.com.atende.common.Phones;
import br.com.atende.lead.LeadRepository;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutSource;
import br.com.atende.optout.OptOutsImported;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact policy through the pull, with the engine clock moved across days: SART's hours on the
 * lead's own clock, its daily cap across campaigns and stores, the opt-out ledger, the held leads'
 * release at their place in line, and GET /api/campaigns/{code}/queue-status saying why.
 */
@MariaDbIntegrationTest
class ContactPolicyApiTest {

  /** 2026-11-30 is a Monday. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 30, 0, 0);

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired HeldLeadsRelease release;
  @Autowired TaskService taskService;
  @Autowired OptOutLedger ledger;
  @Autowired LeadRepository leads;
  @Autowired LeadQueue queue;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEventPublisher events;

  String store;
  String agentId;
  AtendeUser agent;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY.withHour(10));
    store = fixtures.store();
    agentId = fixtures.agent(store);
    agent = agentOf(agentId, store);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aLeadHeldAtNinePmIsBackInItsOwnPlaceAtNineTheNextMorning() {
    Fixtures.setClock(MONDAY.withHour(20).withMinute(59));
    String first = phone();
    String second = phone();
    String third = phone();
    Campaign campaign = campaign(ContactPolicy.SART, first, second, third);

    Pulled pulled = attendance.pullNext(agent, store, campaign.getCode());
    assertThat(phoneOf(pulled)).isEqualTo(first);
    Fixtures.setClock(MONDAY.withHour(21));
    taskService.complete(pulled.taskId(), Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    assertThat(jdbc.queryForObject("SELECT allowed_by FROM lead_attempts WHERE lead_id = ?", String.class,
        pulled.leadId())).as("the attempt keeps the rule that allowed the call").matches("SART contact-hours v\\d+, contact-caps v\\d+");

    assertThatThrownBy(() -> attendance.pullNext(agent, store, campaign.getCode()))
        .hasMessage(AttendanceService.NO_LEADS_LEFT);
    JsonNode status = status(campaign).body();
    assertThat(status.path("ready").asLong()).isZero();
    assertThat(status.path("held").size()).isEqualTo(1);
    assertThat(status.path("held").get(0).path("reason").asText()).isEqualTo("OUTSIDE_HOURS");
    assertThat(status.path("held").get(0).path("count").asLong()).as("the two never called and the one requeued").isEqualTo(3);
    assertThat(status.path("held").get(0).path("until").asText()).isEqualTo("2026-12-01T09:00");
    assertThat(status.path("held").get(0).path("untilLocal").asText()).isEqualTo("2026-12-01T09:00");
    assertThat(status.path("finished").asLong() + status.path("inProgress").asLong()).as(status.toString()).isZero();

    Fixtures.setClock(MONDAY.plusDays(1).withHour(8).withMinute(59));
    release.releaseDue();
    assertThat(queue.countReady(campaign.getCode(), store)).as("not yet on the lead's clock").isZero();
    assertThatThrownBy(() -> attendance.pullNext(agent, store, campaign.getCode()))
        .hasMessage(AttendanceService.NO_LEADS_LEFT);

    Fixtures.setClock(MONDAY.plusDays(1).withHour(9));
    release.releaseDue();
    assertThat(queue.countReady(campaign.getCode(), store)).isEqualTo(3);
    assertThat(List.of(phoneOf(attendance.pullNext(agent, store, campaign.getCode())),
        phoneOf(attendance.pullNext(agent, store, campaign.getCode())),
        phoneOf(attendance.pullNext(agent, store, campaign.getCode()))))
        .as("in line as before the night: the requeued lead after the two never called")
        .containsExactly(second, third, first);
  }

  @Test
  void aNumberGetsTwoCallsADayAcrossCampaignsAndStoresThenWaitsForTheNextMorning() {
    String number = phone();
    Campaign one = campaign(ContactPolicy.SART, number);
    Campaign two = campaign(ContactPolicy.SART, number);
    String otherStore = fixtures.store();
    String otherAgentId = fixtures.agent(otherStore);
    Campaign three = fixtures.campaign(List.of(otherStore), List.of(), ContactPolicy.SART);
    fixtures.importCsv(three.getCode(), mailing(number));

    attendance.pullNext(agent, store, one.getCode());
    attendance.pullNext(agent, store, two.getCode());
    assertThatThrownBy(() -> attendance.pullNext(agentOf(otherAgentId, otherStore), otherStore, three.getCode()))
        .hasMessage(AttendanceService.NO_LEADS_LEFT);

    JsonNode held = Api.as(port, otherAgentId).get("/api/campaigns/" + three.getCode() + "/queue-status?store="
        + otherStore).body().path("held").get(0);
    assertThat(held.path("reason").asText()).isEqualTo("DAILY_CAP");
    assertThat(held.path("until").asText()).isEqualTo("2026-12-01T09:00");

    Fixtures.setClock(MONDAY.plusDays(1).withHour(9));
    release.releaseDue();
    assertThat(phoneOf(attendance.pullNext(agentOf(otherAgentId, otherStore), otherStore, three.getCode())))
        .isEqualTo(number);
  }

  @Test
  void aManausNumberAtHalfPastNineInBrasiliaIsHeldUntilNineOnItsOwnClock() {
    Fixtures.setClock(MONDAY.withHour(9).withMinute(30));
    String manaus = phone().replace("+5561", "+5592");
    String brasilia = phone();
    Campaign campaign = campaign(ContactPolicy.SART, manaus, brasilia);

    assertThat(phoneOf(attendance.pullNext(agent, store, campaign.getCode()))).isEqualTo(brasilia);

    JsonNode held = status(campaign).body().path("held").get(0);
    assertThat(held.path("reason").asText()).isEqualTo("OUTSIDE_HOURS");
    assertThat(held.path("until").asText()).isEqualTo("2026-11-30T10:00");
    assertThat(held.path("untilLocal").asText()).isEqualTo("2026-11-30T09:00");
  }

  @Test
  void aConsentedCampaignCallsOnASundayNightButNeverAnOptedOutNumber() {
    Fixtures.setClock(MONDAY.minusDays(1).withHour(23));
    String optedOut = phone();
    String wanted = phone();
    Campaign campaign = campaign(ContactPolicy.CONSENTED, optedOut, wanted);

    ledger.record(optedOut, OptOutChannel.VOICE, OptOutSource.CLIENT_REQUEST, "ligou pedindo", "test");

    JsonNode status = status(campaign).body();
    assertThat(status.path("ready").asLong()).isEqualTo(1);
    assertThat(status.path("held").get(0).path("reason").asText()).isEqualTo("OPTED_OUT");
    assertThat(status.path("held").get(0).path("until").isNull()).isTrue();
    Pulled pulled = attendance.pullNext(agent, store, campaign.getCode());
    assertThat(phoneOf(pulled)).isEqualTo(wanted);
    assertThat(leads.findById(pulled.leadId()).orElseThrow().getAllowedBy()).isEqualTo(CallableLeads.CONSENTED_RULE);
    assertThatThrownBy(() -> attendance.pullNext(agent, store, campaign.getCode()))
        .hasMessage(AttendanceService.NO_LEADS_LEFT);
  }

  @Test
  void aSecondNumberThatOptedOutIsNotOfferedToDial() {
    String optedOutSecond = phone();
    String keptSecond = phone();
    Campaign campaign = fixtures.campaign(List.of(store), List.of(), ContactPolicy.CONSENTED);
    fixtures.importCsv(campaign.getCode(), "nome;telefone;telefone2\n"
        + "Cliente 1;" + phone() + ";" + optedOutSecond + "\n"
        + "Cliente 2;" + phone() + ";" + keptSecond + "\n");
    ledger.record(optedOutSecond, OptOutChannel.ALL, OptOutSource.NAO_ME_LIGUE, "lista SP", "test");

    Pulled first = attendance.pullNext(agent, store, campaign.getCode());
    Pulled second = attendance.pullNext(agent, store, campaign.getCode());

    assertThat(taskService.getVariable(first.taskId(), "leadPhone2")).isNull();
    assertThat(taskService.getVariable(second.taskId(), "leadPhone2")).isEqualTo(Phones.display(keptSecond));
  }

  @Test
  void anImportedListTakesItsCallNumbersOutOfTheQueueForGood() {
    String voice = phone();
    String whatsappOnly = phone();
    String free = phone();
    Campaign campaign = campaign(ContactPolicy.SART, voice, whatsappOnly, free);
    Long first = insertOptOut(voice, "VOICE");
    Long last = insertOptOut(whatsappOnly, "WHATSAPP");

    events.publishEvent(new OptOutsImported(first, last));

    JsonNode status = status(campaign).body();
    assertThat(status.path("ready").asLong()).isEqualTo(2);
    assertThat(status.path("held").get(0).path("reason").asText()).isEqualTo("OPTED_OUT");
    assertThat(status.path("held").get(0).path("count").asLong()).isEqualTo(1);
    Fixtures.setClock(MONDAY.plusDays(20).withHour(10));
    release.releaseDue();
    assertThat(status(campaign).body().path("ready").asLong()).as("never released").isEqualTo(2);
  }

  @Test
  void aPullLooksAtABoundedNumberOfHeadsAndTwoNodesReleaseEachLeadOnce() throws Exception {
    Fixtures.setClock(MONDAY.withHour(22));
    String[] phones = new String[30];
    for (int i = 0; i < phones.length; i++) {
      phones[i] = phone();
    }
    Campaign campaign = campaign(ContactPolicy.SART, phones);

    assertThatThrownBy(() -> attendance.pullNext(agent, store, campaign.getCode()))
        .hasMessage(AttendanceService.NO_LEADS_LEFT);
    assertThat(queue.countReady(campaign.getCode(), store)).isEqualTo(30 - CallableLeads.HEADS_PER_PULL);
    assertThatThrownBy(() -> attendance.pullNext(agent, store, campaign.getCode()))
        .hasMessage(AttendanceService.NO_LEADS_LEFT);
    assertThat(queue.countReady(campaign.getCode(), store)).isZero();

    Fixtures.setClock(MONDAY.plusDays(1).withHour(9));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> both = new ArrayList<>();
    both.add(release::releaseDue);
    both.add(release::releaseDue);
    int released = 0;
    for (Future<Integer> node : nodes.invokeAll(both)) {
      released += node.get();
    }
    nodes.shutdown();
    assertThat(released).as("other tests' due leads may be released too").isGreaterThanOrEqualTo(30);
    assertThat(queue.countReady(campaign.getCode(), store)).isEqualTo(30);
  }

  @Test
  void theQueueStatusIsForTheStoresOfTheAgent() {
    Campaign campaign = campaign(ContactPolicy.SART, phone());
    String outsider = fixtures.agent(fixtures.store());

    assertThat(status(campaign).status()).isEqualTo(200);
    Response otherStore = Api.as(port, outsider).get("/api/campaigns/" + campaign.getCode() + "/queue-status?store="
        + store);
    assertThat(otherStore.status()).isEqualTo(403);
    assertThat(otherStore.message()).contains("não atende a loja");
    assertThat(Api.as(port, agentId).get("/api/campaigns/" + campaign.getCode() + "/queue-status").status())
        .as("a whole campaign is for a manager").isEqualTo(403);
    String supervisor = fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS));
    Response whole = Api.as(port, supervisor).get("/api/campaigns/" + campaign.getCode() + "/queue-status");
    assertThat(whole.status()).isEqualTo(200);
    assertThat(whole.body().path("ready").asLong()).isEqualTo(1);
    assertThat(Api.as(port, agentId).get("/api/campaigns/NOPE/queue-status?store=" + store).status()).isEqualTo(404);
  }

  private Campaign campaign(ContactPolicy policy, String... phones) {
    Campaign campaign = fixtures.campaign(List.of(store), List.of(), policy);
    fixtures.importCsv(campaign.getCode(), mailing(phones));
    return campaign;
  }

  private static String mailing(String... phones) {
    StringBuilder csv = new StringBuilder("nome;telefone\n");
    for (int i = 0; i < phones.length; i++) {
      csv.append("Cliente ").append(i + 1).append(';').append(phones[i]).append('\n');
    }
    return csv.toString();
  }

  /** A number of this run only (DDD 61, Brasília's clock), in E.164 as the leads keep it. */
  private String phone() {
    return Phones.toE164(fixtures.uniquePhone()).orElseThrow();
  }

  private String phoneOf(Pulled pulled) {
    return leads.findById(pulled.leadId()).orElseThrow().getPhone();
  }

  private Response status(Campaign campaign) {
    return Api.as(port, agentId).get("/api/campaigns/" + campaign.getCode() + "/queue-status?store=" + store);
  }

  private Long insertOptOut(String phone, String channel) {
    jdbc.update("INSERT INTO opt_outs (phone, channel, source, recorded_by, recorded_at) VALUES (?, ?, 'NAO_ME_PERTURBE', 'test', ?)",
        phone, channel, LocalDateTime.now());
    return jdbc.queryForObject("SELECT MAX(id) FROM opt_outs", Long.class);
  }

  private static AtendeUser agentOf(String id, String store) {
    return new AtendeUser(id, Set.of(Roles.AGENTS, Roles.storeGroup(store)));
  }
}
