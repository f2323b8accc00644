package br.com.atende.campaign;

import static br.com.atende.campaign.CampaignProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.common.BusinessTime;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/** bpmn/campaign/campaign.bpmn: the campaign closes at the end of its last day and its leads expire. */
@MariaDbIntegrationTest
class CampaignProcessTest {

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AttendanceService attendance;
  @Autowired CampaignRepository campaigns;
  @Autowired LeadRepository leads;
  @Autowired LeadQueue queue;
  @Autowired Fixtures fixtures;
  @Autowired ManagementService managementService;
  @Autowired ExpireOpenAttendancesDelegate expireOpenAttendances;

  @Test
  void atTheEndOfItsLastDayTheCampaignClosesAndEveryOpenAttendanceExpires() {
    String store = fixtures.store();
    AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
    Campaign campaign = fixtures.campaign(List.of(store), 4);
    ProcessInstance campaignInstance = instanceOf(campaign);
    assertThat(campaignInstance).isWaitingAt(Timer_CampaignEnd.id());
    assertThat(job().getDuedate().toInstant())
        .isEqualTo(campaign.getEndsOn().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());

    Pulled inProgress = attendance.pullNext(agent, store, campaign.getCode());
    Pulled queued = attendance.pullNext(agent, store, campaign.getCode());
    taskService.complete(queued.taskId(), Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    Pulled scheduled = attendance.pullNext(agent, store, campaign.getCode());
    taskService.complete(scheduled.taskId(), Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T10:00"));
    Pulled refused = attendance.pullNext(agent, store, campaign.getCode());
    taskService.complete(refused.taskId(), Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Caro"));

    execute(job());
    assertThat(campaigns.findById(campaign.getCode()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(runJobsOf(campaignInstance)).isEqualTo(1);

    assertThat(campaignInstance).hasPassed(CloseCampaign.id(), ExpireOpenAttendances.id()).isEnded();
    assertThat(campaigns.findById(campaign.getCode()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.CLOSED);
    for (Pulled open : List.of(inProgress, queued, scheduled)) {
      assertThat(leads.findById(open.leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.EXPIRED);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(open.processInstanceId()).count())
          .isZero();
    }
    assertThat(leads.findById(refused.leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.REFUSED);
    assertThat(queue.countReady(campaign.getCode(), store)).isZero();
    assertThatThrownBy(() -> attendance.pullNext(agent, store, campaign.getCode()))
        .hasMessage("A campanha Campanha de teste não está ativa.");
  }

  @Test
  void theOpenAttendancesExpireInBatchesEachInItsOwnJob() {
    String store = fixtures.store();
    AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
    Campaign campaign = fixtures.campaign(List.of(store), 3);
    ProcessInstance campaignInstance = instanceOf(campaign);
    List<Pulled> open = List.of(attendance.pullNext(agent, store, campaign.getCode()),
        attendance.pullNext(agent, store, campaign.getCode()), attendance.pullNext(agent, store, campaign.getCode()));
    withBatchSize(2, () -> {
      execute(managementService.createJobQuery().processInstanceId(campaignInstance.getId()).singleResult());
      // Closing committed before any attendance expired: the expiry is a job of its own.
      assertThat(campaigns.findById(campaign.getCode()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.CLOSED);
      assertThat(leads.findById(open.get(0).leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.IN_PROGRESS);

      assertThat(runJobsOf(campaignInstance)).as("jobs of 2, 1").isEqualTo(2);
    });

    assertThat(campaignInstance).isEnded();
    for (Pulled pulled : open) {
      assertThat(leads.findById(pulled.leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.EXPIRED);
    }
  }

  @Test
  void aLeadWhoseAttendanceWasDeletedByHandDoesNotKeepTheCloseLooping() {
    String store = fixtures.store();
    AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
    Campaign campaign = fixtures.campaign(List.of(store), 1);
    ProcessInstance campaignInstance = instanceOf(campaign);
    Pulled orphan = attendance.pullNext(agent, store, campaign.getCode());
    runtimeService.deleteProcessInstance(orphan.processInstanceId(), "removido no Cockpit");
    withBatchSize(1, () -> {
      execute(managementService.createJobQuery().processInstanceId(campaignInstance.getId()).singleResult());
      // A full page (1) that expired nothing ends the loop instead of reading the same lead forever.
      assertThat(runJobsOf(campaignInstance)).isEqualTo(1);
    });
    assertThat(campaignInstance).isEnded();
    assertThat(leads.findById(orphan.leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.IN_PROGRESS);
  }

  private ProcessInstance instanceOf(Campaign campaign) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(campaign.getCode()).processDefinitionKey(CampaignProcess.KEY).singleResult();
  }

  private void withBatchSize(int batchSize, Runnable close) {
    Object configured = ReflectionTestUtils.getField(expireOpenAttendances, "batchSize");
    ReflectionTestUtils.setField(expireOpenAttendances, "batchSize", batchSize);
    try {
      close.run();
    } finally {
      ReflectionTestUtils.setField(expireOpenAttendances, "batchSize", configured);
    }
  }

  /** Executes the campaign's jobs one by one (each its own transaction) until none is left. */
  private int runJobsOf(ProcessInstance campaignInstance) {
    int executed = 0;
    for (Job next; (next = managementService.createJobQuery().processInstanceId(campaignInstance.getId())
        .singleResult()) != null; executed++) {
      execute(next);
    }
    return executed;
  }
}
