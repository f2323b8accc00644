package br.com.atende.benchmark;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.LeadQueue;
import br.com.atende.common.BusinessTime;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbInitializer;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 17 targets 2, 6 and 7: a command, not a test (it asserts nothing about time). "Vamos às
 * vendas" against its limit measured in the same run on the same database, a bare engine starting
 * one instance per lead at a user task:
 * <pre>flock /tmp/atende-build.lock env ATENDE_TEST_JDBC_URL=jdbc:mysql://127.0.0.1:3306 ./mvnw -q -Pbench test -Dtest='PullBenchmark#pullsVsBareEngine' -Dbench.rows=100000 -Dbench.pulls=4000 -Dbench.threads=8</pre>
 * and the first pulls after start-up against the steady state later in the same JVM:
 * <pre>flock /tmp/atende-build.lock env ATENDE_TEST_JDBC_URL=jdbc:mysql://127.0.0.1:3306 ./mvnw -q -Pbench test -Dtest='PullBenchmark#firstPullsAfterStartUp'</pre>
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "logging.level.br.com.atende.mailing=WARN"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class PullBenchmark {

  private static final String BARE = "bench-bare";
  /** What an instance start or a pull writes, counted per operation. */
  private static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_RU_EVENT_SUBSCR", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_GE_BYTEARRAY", "ACT_HI_PROCINST",
      "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG",
      "lead_queue", "lead_holds", "lead_attempts", "phone_daily_calls");
  private static final List<String> STATEMENTS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
      "Com_commit");

  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  /**
   * One database, one engine: (a) a bare BPMN (start → one user task assigned to the agent, with a
   * time to live and a diagram) started once per lead, business key a lead id; (b) pulls of a
   * CONSENTED campaign of {@code bench.rows} leads with action types. Both with {@code bench.threads}
   * threads, full history and authorization as configured, alternated (bare, pull, bare, pull) after a
   * warm-up of each so that drift hits both; the rows and statements per operation of each.
   */
  @Test
  void pullsVsBareEngine() throws Exception {
    int rows = Integer.getInteger("bench.rows", 20_000);
    int ops = Integer.getInteger("bench.pulls", 1_000);
    int threads = Integer.getInteger("bench.threads", 8);
    int rounds = 2;
    int perRound = ops / rounds;
    int warmUp = Math.max(50, ops / 10);

    repository.createDeployment().name(BARE).addModelInstance(BARE + ".bpmn", Bpmn.createExecutableProcess(BARE)
        .camundaHistoryTimeToLive(180).startEvent().userTask("Work").camundaAssignee("${agent}").endEvent().done())
        .deploy();
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), List.of(
        new NewActionType("VISITA", "Visita", "Ofereça a **visita** à loja."),
        new NewActionType("TESTE", "Test drive", "Agende o _test drive_ com o cliente.")), ContactPolicy.CONSENTED);
    insertLeads(campaign.getCode(), rows, 0);
    // The bare instances take their business keys from the end of the campaign, which the pulls never reach.
    List<Long> keys = jdbc.queryForList("SELECT id FROM leads WHERE campaign_code = ? ORDER BY id DESC LIMIT ?",
        Long.class, campaign.getCode(), ops + warmUp);
    List<AtendeUser> agents = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      agents.add(new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store))));
    }
    AtomicInteger nextKey = new AtomicInteger();
    IntConsumer bare = thread -> runtime.startProcessInstanceByKey(BARE,
        String.valueOf(keys.get(nextKey.getAndIncrement())), Map.of("agent", agents.get(thread).id()));
    IntConsumer pull = thread -> attendance.pullNext(agents.get(thread), store, campaign.getCode());

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, threads, warmUp, bare);
      run(pool, threads, warmUp, pull);
      Phase bareTotal = new Phase();
      Phase pullTotal = new Phase();
      for (int round = 0; round < rounds; round++) {
        bareTotal.add(measured(pool, threads, perRound, bare));
        pullTotal.add(measured(pool, threads, perRound, pull));
      }
      System.out.printf("%n%d threads, %d operations each (after %d warm-up each), %d leads, rounds bare/pull ×%d:%n",
          threads, perRound * rounds, warmUp, rows, rounds);
      bareTotal.print("bare engine start");
      pullTotal.print("pull (Vamos às vendas)");
      Bench.beside("pulls vs bare engine starts", pullTotal.perSecond(), bareTotal.perSecond(), "/s", "≥ 80 %");
      System.out.printf("%-22s %12s %12s%n", "per operation", "bare", "pull");
      for (String key : bareTotal.deltas.keySet()) {
        System.out.printf("%-22s %12.2f %12.2f%n", key, bareTotal.deltas.get(key) / (double) bareTotal.ops,
            pullTotal.deltas.get(key) / (double) pullTotal.ops);
      }
      System.out.println(Bench.memory());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Target 6. In this fresh JVM, right after the context is ready: the first {@code bench.first}
   * pulls one at a time at a steady {@code bench.rate} per second, alternately from a CONSENTED and a
   * SART campaign (SART at Monday 10:00 Brasília, numbers from six regions, four time zones); then
   * {@code bench.settle} pulls unpaced; then {@code bench.steady} pulls at the same rate, the steady
   * state. The leads are inserted with SQL, so no import warms what a pull uses.
   */
  @Test
  void firstPullsAfterStartUp() throws Exception {
    long readyAt = System.nanoTime();
    int first = Integer.getInteger("bench.first", 1_200);
    int settle = Integer.getInteger("bench.settle", 2_000);
    int steady = Integer.getInteger("bench.steady", 1_200);
    int rate = Integer.getInteger("bench.rate", 20);
    int leads = (first + settle + steady) / 2 + 100;
    Fixtures.setClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    try {
      String store = fixtures.store();
      AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
      Campaign consented = fixtures.campaign(List.of(store), List.of(), ContactPolicy.CONSENTED);
      Campaign sart = fixtures.campaign(List.of(store), List.of(), ContactPolicy.SART);
      insertLeads(consented.getCode(), leads, 0);
      insertLeads(sart.getCode(), leads, leads);
      IntConsumer pull = i -> attendance.pullNext(agent, store, (i % 2 == 0 ? consented : sart).getCode());
      System.out.printf("%nJVM up %.1f s, context ready %.1f s before the first pull%n",
          ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, (System.nanoTime() - readyAt) / 1e9);
      long[] cold = paced(first, rate, pull, 0);
      System.out.print("first 10 pulls (ms):");
      for (int i = 0; i < Math.min(10, first); i++) {
        System.out.printf(" %.1f", cold[i] / 1e6);
      }
      System.out.println();
      paced(settle, 0, pull, first);
      long[] warm = paced(steady, rate, pull, first + settle);
      long[] firstHundred = java.util.Arrays.copyOf(cold, Math.min(100, first));
      System.out.printf("first %d pulls:    p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", firstHundred.length,
          Bench.percentileMillis(firstHundred, 50), Bench.percentileMillis(firstHundred, 99),
          Bench.percentileMillis(firstHundred, 100));
      System.out.printf("first %d pulls (%d s at %d/s): p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", first, first / rate,
          rate, Bench.percentileMillis(cold, 50), Bench.percentileMillis(cold, 99), Bench.percentileMillis(cold, 100));
      System.out.printf("steady, %d pulls at %d/s after %d more: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", steady,
          rate, settle, Bench.percentileMillis(warm, 50), Bench.percentileMillis(warm, 99),
          Bench.percentileMillis(warm, 100));
      System.out.printf("first / steady: p50 %+.1f %%  p99 %+.1f %%%n",
          100 * (Bench.percentileMillis(cold, 50) / Bench.percentileMillis(warm, 50) - 1),
          100 * (Bench.percentileMillis(cold, 99) / Bench.percentileMillis(warm, 99) - 1));
      System.out.println(Bench.memory());
    } finally {
      Fixtures.resetClock();
    }
  }

  /** {@code count} pulls one at a time, each started on a fixed schedule ({@code rate}/s; 0: at once). */
  private static long[] paced(int count, int rate, IntConsumer pull, int offset) throws InterruptedException {
    long[] nanos = new long[count];
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      if (rate > 0) {
        long wait = start + i * 1_000_000_000L / rate - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      long began = System.nanoTime();
      pull.accept(offset + i);
      nanos[i] = System.nanoTime() - began;
    }
    return nanos;
  }

  /**
   * {@code count} leads of one campaign, for any store, straight into leads and lead_queue: mobile
   * numbers of DDD 11, 21, 61, 62, 65 and 92 (Brasília, Cuiabá and Manaus clocks), unique per run.
   */
  private void insertLeads(String campaignCode, int count, int offset) {
    Object now = BusinessTime.toUtcColumn(BusinessTime.now());
    int series = (int) (System.nanoTime() % 90) + 10;
    jdbc.update("""
        INSERT INTO leads (campaign_code, name, phone, status, attempts, no_answer_attempts, created_at, updated_at)
        SELECT ?, CONCAT('Cliente ', seq), CONCAT('+55', ELT(1 + seq %% 6, '11', '21', '61', '62', '65', '92'), '9',
          ?, LPAD(seq + ?, 6, '0')), 'NEW', 0, 0, ?, ?
        FROM seq_1_to_%d ORDER BY seq""".formatted(count), campaignCode, series, offset, now, now);
    jdbc.update("INSERT INTO lead_queue (lead_id, campaign_code, store_code, enqueued_at) "
        + "SELECT id, campaign_code, ?, ? FROM leads WHERE campaign_code = ? ORDER BY id", LeadQueue.ANY_STORE, now,
        campaignCode);
  }

  /** Throughput and latencies of some rounds of one kind, with the rows and statements they added. */
  private static final class Phase {
    long ops;
    long nanos;
    final List<long[]> latencies = new ArrayList<>();
    final Map<String, Long> deltas = new LinkedHashMap<>();

    void add(Phase round) {
      ops += round.ops;
      nanos += round.nanos;
      latencies.addAll(round.latencies);
      round.deltas.forEach((key, value) -> deltas.merge(key, value, Long::sum));
    }

    double perSecond() {
      return ops / (nanos / 1e9);
    }

    void print(String what) {
      long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
      System.out.printf("  %-24s %,8.1f /s  p50 %.2f ms  p99 %.2f ms%n", what, perSecond(),
          Bench.percentileMillis(all, 50), Bench.percentileMillis(all, 99));
    }
  }

  private Phase measured(ExecutorService pool, int threads, int count, IntConsumer op) throws Exception {
    Map<String, Long> before = counts();
    Phase phase = run(pool, threads, count, op);
    counts().forEach((key, after) -> phase.deltas.put(key, after - before.get(key)));
    return phase;
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    // The database is this run's alone (the build lock): its statement counters are ours.
    for (String name : STATEMENTS) {
      counts.put(name, jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
          + "WHERE VARIABLE_NAME = ?", Long.class, name.toUpperCase()));
    }
    return counts;
  }

  private static Phase run(ExecutorService pool, int threads, int count, IntConsumer op) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    List<Callable<long[]>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(() -> {
        long[] nanos = new long[count];
        int done = 0;
        while (left.getAndDecrement() > 0) {
          long began = System.nanoTime();
          op.accept(thread);
          nanos[done++] = System.nanoTime() - began;
        }
        return java.util.Arrays.copyOf(nanos, done);
      });
    }
    Phase phase = new Phase();
    long start = System.nanoTime();
    for (var done : pool.invokeAll(workers)) {
      phase.latencies.add(done.get());
    }
    phase.nanos = System.nanoTime() - start;
    phase.ops = count;
    return phase;
  }
}
