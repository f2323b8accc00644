package br.com.atende.benchmark;

import br.com.atende.campaign.Campaign;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.leadattendance.LeadAttendanceProcess;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbInitializer;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not part of the suite: a command that ends {@code bench.attendances} attendances through the BPMN,
 * half of them 181 days ago by the engine clock (past lead-attendance's and the DMN tables' P180D) and
 * half now, then runs Camunda's history cleanup as production does, on the application's own job
 * executor, and prints the rows of every history table before and after (issue 17, target 5).
 *
 * <pre>./mvnw -q -Pbench test -Dtest='HistoryCleanupBenchmark#createEndThenCleanUp' -Dbench.attendances=100000</pre>
 *
 * Each attendance is a real pull ({@link AttendanceService#pullNext}) and its AttendLead completed by
 * the agent, signed in to the engine as in Tasklist, as REFUSED (RecordAttempt, the attempt-policy
 * DMN, CloseLead, end). {@code bench.per-day} (50,000) is the daily volume the nightly window is
 * compared with.
 */
@SpringBootTest(properties = {"camunda.bpm.admin-user.password=admin", "atende.leadzap.worker-enabled=false",
    "atende.contact-policy.release-enabled=false", "logging.level.br.com.atende.mailing=WARN"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class HistoryCleanupBenchmark {

  private static final Duration PAST_TTL = Duration.ofDays(181);
  private static final Duration TTL = Duration.ofDays(180);
  private static final long WINDOW_SECONDS = Duration.ofHours(4).toSeconds();

  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired JdbcTemplate jdbc;

  @Test
  void createEndThenCleanUp() throws Exception {
    int attendances = Integer.getInteger("bench.attendances", 2_000);
    int agents = Integer.getInteger("bench.agents", 4);
    int perDay = Integer.getInteger("bench.per-day", 50_000);
    int old = attendances / 2;
    // Only this run's cleanup runs: the nightly job would start on its own inside 01:00-05:00.
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
    try {
      ClockUtil.offset(-PAST_TTL.toMillis());
      double oldSeconds = createAndEnd(old, agents);
      ClockUtil.reset();
      double newSeconds = createAndEnd(attendances - old, agents);
      System.out.printf("%nended through the BPMN (pull + AttendLead REFUSED, %d agents): %,d 181 days ago in %.0f s, "
          + "%,d now in %.0f s (%.0f attendances/s)%n", agents, old, oldSeconds, attendances - old, newSeconds,
          attendances / (oldSeconds + newSeconds));
    } finally {
      ClockUtil.reset();
    }

    Map<String, long[]> before = historyRows();
    long instancesBefore = before.get("ACT_HI_PROCINST")[0];
    long start = System.nanoTime();
    historyService.cleanUpHistoryAsync(true);
    long heapPeak = 0;
    while (cleanupRunning()) {
      Thread.sleep(500);
      heapPeak = Math.max(heapPeak, Bench.heapUsedAfterGcPeak());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, long[]> after = historyRows();

    System.out.printf("%nhistory cleanup (batch size %d, degree of parallelism %d, removal-time strategy %s):%n",
        configuration.getHistoryCleanupBatchSize(), configuration.getHistoryCleanupDegreeOfParallelism(),
        configuration.getHistoryRemovalTimeStrategy());
    System.out.printf("  %-28s %12s %12s %14s %14s%n", "table", "rows before", "rows after", "no REMOVAL_TIME_",
        "removable left");
    long rowsRemoved = 0;
    for (Map.Entry<String, long[]> table : before.entrySet()) {
      long[] was = table.getValue();
      long[] is = after.get(table.getKey());
      rowsRemoved += was[0] - is[0];
      System.out.printf("  %-28s %,12d %,12d %,14d %,14d%n", table.getKey(), was[0], is[0], is[1], is[2]);
    }
    long removed = instancesBefore - after.get("ACT_HI_PROCINST")[0];
    double perSecond = removed / seconds;
    System.out.printf("  removed %,d process instances (%,d rows) in %.1f s = %.0f instances/s, %.0f rows/s%n", removed,
        rowsRemoved, seconds, perSecond, rowsRemoved / seconds);
    System.out.printf("  the nightly window (01:00-05:00, %,d s) removes up to %,.0f instances = %.0f days of %,d "
        + "attendances/day%n", WINDOW_SECONDS, perSecond * WINDOW_SECONDS, perSecond * WINDOW_SECONDS / perDay, perDay);
    System.out.printf("  heap used after GC, peak during the cleanup %d MiB; %s%n", heapPeak / (1024 * 1024),
        Bench.memory());
    System.out.println("  our own tables (rows now):");
    ownTables().forEach((table, rows) -> System.out.printf("    %-28s %,12d%n", table, rows));

    Date ttlAgo = Date.from(ClockUtil.getCurrentTime().toInstant().minus(TTL));
    Long outside = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ < ?", Long.class, ttlAgo);
    long leadAttendances = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LeadAttendanceProcess.KEY).count();
    System.out.printf("  check: %d instances ended more than 180 days ago left, %,d lead-attendance instances "
        + "(the %,d ended now)%n", outside, leadAttendances, attendances - old);
    if (outside != 0 || leadAttendances != attendances - old) {
      throw new AssertionError("the cleanup did not bring the history back to the TTL's window");
    }
  }

  /** One campaign of {@code count} leads under the engine clock of now, each pulled and refused. */
  private double createAndEnd(int count, int agents) throws Exception {
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), count);
    return Bench.onThreads(count, agents, thread -> {
      String agentId = fixtures.agent(store);
      AtendeUser agent = new AtendeUser(agentId, Set.of(Roles.AGENTS, Roles.storeGroup(store)));
      return i -> {
        Pulled pulled = attendance.pullNext(agent, store, campaign.getCode());
        identityService.setAuthentication(agentId, List.of(Roles.AGENTS, Roles.storeGroup(store)));
        try {
          taskService.complete(pulled.taskId(), Map.of("outcome", "REFUSED", "reason", "PRICE",
              "observation", "Achou caro"));
        } finally {
          identityService.clearAuthentication();
        }
      };
    });
  }

  /** A cleanup job is due now or running: the cleanup reschedules itself at once while a table had a full batch. */
  private boolean cleanupRunning() {
    Date now = ClockUtil.getCurrentTime();
    List<Job> jobs = historyService.findHistoryCleanupJobs();
    Long locked = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'history-cleanup' "
        + "AND LOCK_OWNER_ IS NOT NULL", Long.class);
    return locked > 0 || jobs.stream().anyMatch(job -> !job.getDuedate().after(now));
  }

  /** Per table: rows, rows without a removal time (never cleaned up), rows whose removal time has passed. */
  private Map<String, long[]> historyRows() {
    Map<String, long[]> rows = new LinkedHashMap<>();
    Date now = ClockUtil.getCurrentTime();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = "
        + "DATABASE() AND (table_name LIKE 'ACT\\_HI\\_%' OR table_name IN ('ACT_GE_BYTEARRAY', 'ACT_RU_AUTHORIZATION', "
        + "'ACT_RU_TASK_METER_LOG', 'ACT_RU_METER_LOG')) "
        + "ORDER BY table_name", String.class)) {
      boolean removable = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
          + "DATABASE() AND table_name = ? AND column_name = 'REMOVAL_TIME_'", Long.class, table) > 0;
      long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
      long noRemovalTime = removable
          ? jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE REMOVAL_TIME_ IS NULL", Long.class) : count;
      long due = removable
          ? jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE REMOVAL_TIME_ <= ?", Long.class, now) : 0;
      rows.put(table, new long[] {count, noRemovalTime, due});
    }
    return rows;
  }

  private Map<String, Long> ownTables() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = "
        + "DATABASE() AND table_name NOT LIKE 'ACT\\_%' AND table_name <> 'flyway_schema_history' ORDER BY table_name",
        String.class)) {
      long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
      if (count > 0) {
        rows.put(table, count);
      }
    }
    return rows;
  }
}
