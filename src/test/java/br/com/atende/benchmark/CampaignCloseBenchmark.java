package br.com.atende.benchmark;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignProcess;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.LeadAttendanceProcess;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not part of the suite: a command that closes a campaign with {@code bench.open} open attendances
 * and prints how long the close takes, its batches and the heap during it (issue 17, target 4).
 *
 * <pre>./mvnw -q -Pbench test -Dtest='CampaignCloseBenchmark#closeWithOpenAttendances' -Dbench.open=50000</pre>
 *
 * The open attendances wait at AttendLead: the first {@code bench.pulls} (2,000) are real pulls
 * ({@link AttendanceService#pullNext}, {@code bench.agents} threads), the rest are lead-attendance
 * instances the engine starts with the variables one of those pulls wrote, their leads marked as a
 * pull marks them (a pull costs twice an engine start on this machine). The campaign's end timer is
 * then executed as the job executor would, and the batches of ExpireOpenAttendances run on the
 * application's own job executor, as in production.
 */
@SpringBootTest(properties = {"camunda.bpm.admin-user.password=admin", "atende.leadzap.worker-enabled=false",
    "atende.contact-policy.release-enabled=false", "logging.level.br.com.atende.mailing=WARN",
    "logging.level.br.com.atende.campaign=WARN"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class CampaignCloseBenchmark {

  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void closeWithOpenAttendances() throws Exception {
    int open = Integer.getInteger("bench.open", 5_000);
    int agents = Integer.getInteger("bench.agents", 4);
    int batchSize = Integer.getInteger("atende.campaign.close-batch-size", 500);
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), open);
    String code = campaign.getCode();

    int pulls = Math.min(open, Integer.getInteger("bench.pulls", 2_000));
    AtendeUser[] pullers = new AtendeUser[agents];
    double pullSeconds = Bench.onThreads(pulls, agents, thread -> {
      AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
      pullers[thread] = agent;
      return i -> attendance.pullNext(agent, store, code);
    });
    // The rest are started by the engine with the variables a real pull wrote (fewer minutes of setup).
    String pulledInstance = jdbc.queryForObject("SELECT process_instance_id FROM leads WHERE campaign_code = ? "
        + "AND process_instance_id IS NOT NULL LIMIT 1", String.class, code);
    VariableMap pulledVariables = runtimeService.getVariablesTyped(pulledInstance, false);
    List<Long> rest = jdbc.queryForList("SELECT id FROM leads WHERE campaign_code = ? AND process_instance_id IS NULL "
        + "ORDER BY id", Long.class, code);
    jdbc.update("DELETE FROM lead_queue WHERE campaign_code = ?", code);
    String[] startedIds = new String[rest.size()];
    double startSeconds = Bench.onThreads(rest.size(), agents, thread -> i -> startedIds[i] = runtimeService
        .startProcessInstanceByKey(LeadAttendanceProcess.KEY, String.valueOf(rest.get(i)), pulledVariables).getId());
    List<Object[]> pulled = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      pulled.add(new Object[] {pullers[i % agents].id(), store, startedIds[i], rest.get(i)});
    }
    jdbc.batchUpdate("UPDATE leads SET assignee = ?, worked_store_code = ?, process_instance_id = ?, "
        + "status = 'IN_PROGRESS' WHERE id = ?", pulled);
    System.out.printf("%nopen attendances at AttendLead: %,d pulls by %d agents in %.1f s (%.0f pulls/s), %,d started by "
        + "the engine with a pull's variables in %.1f s (%.0f/s)%n", pulls, agents, pullSeconds, pulls / pullSeconds,
        rest.size(), startSeconds, rest.size() / startSeconds);

    String campaignInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
        .processInstanceBusinessKey(code).singleResult().getId();
    Job endTimer = managementService.createJobQuery().processInstanceId(campaignInstance).timers().singleResult();
    long heapBefore = Bench.heapAfterGcMiB();
    System.out.printf("before the close: heap after GC %d MiB; %s%n", heapBefore, Bench.memory());

    // Sample the heap after a full GC at about 20 points of the close (more would slow it down).
    int expectedBatches = open / batchSize + 1;
    int sampleEvery = Math.max(1, expectedBatches / 20);
    List<String> samples = new ArrayList<>();
    List<Long> batchEndNanos = new ArrayList<>();
    long start = System.nanoTime();
    managementService.executeJob(endTimer.getId());
    double closeSeconds = (System.nanoTime() - start) / 1e9;
    int lastSampled = 0;
    while (!ended(campaignInstance)) {
      int batches = batchesDone(campaignInstance);
      while (batchEndNanos.size() < batches) {
        batchEndNanos.add(System.nanoTime());
      }
      if (batches >= lastSampled + sampleEvery) {
        lastSampled = batches;
        samples.add(String.format("batch %d: %,d expired, heap after GC %d MiB", batches, expired(code),
            Bench.heapAfterGcMiB()));
      }
      Thread.sleep(50);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int batches = batchesDone(campaignInstance);
    while (batchEndNanos.size() < batches) {
      batchEndNanos.add(System.nanoTime());
    }
    long heapAfter = Bench.heapAfterGcMiB();

    long expired = expired(code);
    Long notExpired = jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE campaign_code = ? AND status <> 'EXPIRED'",
        Long.class, code);
    long stillOpen = runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadAttendanceProcess.KEY).count();
    long failedJobs = managementService.createJobQuery().withException().count();
    int tenth = Math.max(1, batches / 10);
    System.out.printf("%nclose of %,d open attendances: CloseCampaign %.2f s, last EXPIRED after %.1f s = %.0f attendances/s, "
        + "in %d jobs of ExpireOpenAttendances (batch %d)%n", open, closeSeconds, seconds, expired / seconds, batches,
        batchSize);
    System.out.printf("  batch time: first %d batches %.2f s each, last %d batches %.2f s each (polled every 50 ms)%n",
        tenth, secondsPerBatch(batchEndNanos, start, 0, tenth), tenth,
        secondsPerBatch(batchEndNanos, start, batches - tenth, batches));
    samples.forEach(sample -> System.out.println("  " + sample));
    System.out.printf("  heap after GC: before %d MiB, after %d MiB; %s%n", heapBefore, heapAfter, Bench.memory());
    System.out.printf("  check: %,d leads EXPIRED, %d not, %d lead-attendance instances still open, %d failed jobs%n",
        expired, notExpired, stillOpen, failedJobs);
    if (expired != open || notExpired != 0 || stillOpen != 0 || failedJobs != 0) {
      throw new AssertionError("the close left attendances open");
    }
  }

  private static double secondsPerBatch(List<Long> endNanos, long start, int from, int to) {
    long begin = from == 0 ? start : endNanos.get(from - 1);
    return (endNanos.get(to - 1) - begin) / 1e9 / (to - from);
  }

  private boolean ended(String campaignInstance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(campaignInstance).count() == 0;
  }

  private int batchesDone(String campaignInstance) {
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND ACT_ID_ = ? "
        + "AND END_TIME_ IS NOT NULL", Integer.class, campaignInstance, CampaignProcess.Element.ExpireOpenAttendances.id());
    return done == null ? 0 : done;
  }

  private long expired(String code) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE campaign_code = ? AND status = 'EXPIRED'",
        Long.class, code);
    return count == null ? 0 : count;
  }
}
