package br.com.atende.benchmark;

import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.mailing.MailingImporter;
import br.com.atende.report.MailingExportProbe;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbInitializer;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not part of the suite (surefire runs *Test classes only): a command that prints how fast a
 * mailing imports and how fast agents pull leads on the test MariaDB. It asserts nothing about time.
 *
 * <pre>./mvnw -q test -Dtest=QueueAndImportBenchmark#importThenPull -Dbench.rows=200000 -Dbench.pulls=2000 -Dbench.agents=4</pre>
 * Add {@code -DargLine=-Xmx256m} to see the export of every row fit in a small heap.
 *
 * <p>The contact policy's cost at the pull, policy off against on, in one run:
 * <pre>./mvnw -q test -Dtest=QueueAndImportBenchmark#pullLatencyPolicyOffVsOn -Dbench.rows=1000000 -Dbench.pulls=2000</pre>
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "logging.level.br.com.atende.mailing=WARN"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class QueueAndImportBenchmark {

  @Autowired MailingExportProbe exportProbe;

  @Autowired Fixtures fixtures;
  @Autowired MailingImporter importer;
  @Autowired AttendanceService attendance;

  @Autowired JdbcTemplate jdbc;

  /**
   * Two campaigns of {@code bench.rows} leads each, pulled one at a time (latency, not throughput),
   * alternately: "off" is CONSENTED (no hours, no cap; the opt-out lookup every campaign makes), "on"
   * is SART at 09:30 Brasília with one lead in four a Manaus number (08:30 there: not callable). Past
   * the first {@code 4 × bench.pulls} queue rows those Manaus leads are already held, as earlier pulls
   * would have left them, so a quarter of the campaign is held; before that they are still in line and
   * the measured pulls hold them on the way, the worst case of the policy's work per pull.
   */
  @Test
  void pullLatencyPolicyOffVsOn() throws Exception {
    int rows = Integer.getInteger("bench.rows", 200_000);
    int pulls = Integer.getInteger("bench.pulls", 2_000);
    int warmUp = Math.max(1, pulls / 10);
    Fixtures.setClock(LocalDateTime.of(2026, 11, 30, 9, 30));
    try {
      String store = fixtures.store();
      AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
      Campaign off = fixtures.campaign(List.of(store), List.of(), ContactPolicy.CONSENTED);
      Campaign on = fixtures.campaign(List.of(store), List.of(), ContactPolicy.SART);
      // A number series per run (mobile numbers 96…–99…), so a reused database's daily counts do not cap this run.
      int series = 6 + (int) (System.nanoTime() % 4);
      importLeads(off, rows, i -> String.format("(62) 9%d%03d-%04d", series, i / 10_000, i % 10_000));
      importLeads(on, rows, i -> String.format("(%d) 9%d%03d-%04d", i % 4 == 3 ? 92 : 61, series, i / 10_000, i % 10_000));
      long live = jdbc.queryForObject("SELECT id FROM lead_queue WHERE campaign_code = ? ORDER BY id LIMIT 1 OFFSET ?",
          Long.class, on.getCode(), Math.min(rows - 1, 4L * (pulls + warmUp)));
      int preHeld = jdbc.update("""
          INSERT INTO lead_holds (id, lead_id, campaign_code, store_code, enqueued_at, reason, held_until, local_until, phone)
          SELECT q.id, q.lead_id, q.campaign_code, q.store_code, q.enqueued_at, 'OUTSIDE_HOURS', ?, '2026-11-30T09:00', l.phone
          FROM lead_queue q JOIN leads l ON l.id = q.lead_id
          WHERE q.campaign_code = ? AND q.id > ? AND l.phone LIKE '+5592%'""",
          LocalDateTime.of(2026, 11, 30, 13, 0), on.getCode(), live);
      jdbc.update("DELETE FROM lead_queue WHERE campaign_code = ? AND lead_id IN "
          + "(SELECT lead_id FROM lead_holds WHERE campaign_code = ?)", on.getCode(), on.getCode());

      for (int i = 0; i < warmUp; i++) {
        attendance.pullNext(agent, store, off.getCode());
        attendance.pullNext(agent, store, on.getCode());
      }
      long[] offNanos = new long[pulls];
      long[] onNanos = new long[pulls];
      for (int i = 0; i < pulls; i++) {
        offNanos[i] = timed(() -> attendance.pullNext(agent, store, off.getCode()));
        onNanos[i] = timed(() -> attendance.pullNext(agent, store, on.getCode()));
      }
      Long held = jdbc.queryForObject("SELECT COUNT(*) FROM lead_holds WHERE campaign_code = ?", Long.class, on.getCode());
      System.out.printf("%npull latency, %d leads per campaign, %d pulls each (after %d warm-up), one agent:%n",
          rows, pulls, warmUp);
      System.out.printf("  policy off (CONSENTED): p50 %.2f ms  p99 %.2f ms  mean %.2f ms%n",
          Bench.percentileMillis(offNanos, 50), Bench.percentileMillis(offNanos, 99), Bench.meanMillis(offNanos));
      System.out.printf("  policy on  (SART):      p50 %.2f ms  p99 %.2f ms  mean %.2f ms  (%d held = %.0f %%, %d held before the run)%n",
          Bench.percentileMillis(onNanos, 50), Bench.percentileMillis(onNanos, 99), Bench.meanMillis(onNanos), held, 100.0 * held / rows, preHeld);
      System.out.printf("  on / off: p50 %+.1f %%  p99 %+.1f %%%n",
          100 * (Bench.percentileMillis(onNanos, 50) / Bench.percentileMillis(offNanos, 50) - 1),
          100 * (Bench.percentileMillis(onNanos, 99) / Bench.percentileMillis(offNanos, 99) - 1));
    } finally {
      Fixtures.resetClock();
    }
  }

  private void importLeads(Campaign campaign, int rows, IntFunction<String> phone) throws Exception {
    Path file = Files.createTempFile("bench-", ".csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("nome;telefone\n");
      for (int i = 0; i < rows; i++) {
        out.write("Cliente " + (i + 1) + ";" + phone.apply(i) + "\n");
      }
    }
    long start = System.nanoTime();
    MailingImporter.Result result = importer.importFile(campaign.getCode(), file, "bench.csv", "bench");
    Files.delete(file);
    System.out.printf("import %s: %d leads in %.1f s (%d rejected)%n", campaign.getContactPolicy(), result.imported(),
        (System.nanoTime() - start) / 1e9, result.rejected().size());
  }

  private static long timed(Runnable pull) {
    long start = System.nanoTime();
    pull.run();
    return System.nanoTime() - start;
  }

  @Test
  void importThenPull() throws Exception {
    int rows = Integer.getInteger("bench.rows", 200_000);
    int pulls = Integer.getInteger("bench.pulls", 2_000);
    int agents = Integer.getInteger("bench.agents", 4);
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), 0);

    Path file = Files.createTempFile("bench-", ".csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("nome;telefone;endereco;cidade;uf;loja\n");
      for (int i = 0; i < rows; i++) {
        out.write("Cliente " + (i + 1) + ";" + Fixtures.phone(i) + ";Rua " + (i + 1) + ";Goiânia;GO;\n");
      }
    }
    long start = System.nanoTime();
    MailingImporter.Result result = importer.importFile(campaign.getCode(), file, "bench.csv", "bench");
    double importSeconds = (System.nanoTime() - start) / 1e9;
    Files.delete(file);

    AtomicInteger left = new AtomicInteger(pulls);
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int i = 0; i < agents; i++) {
      AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
      workers.add(() -> {
        int done = 0;
        while (left.getAndDecrement() > 0) {
          attendance.pullNext(agent, store, campaign.getCode());
          done++;
        }
        return done;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(agents);
    start = System.nanoTime();
    pool.invokeAll(workers);
    double pullSeconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    System.out.printf("%nimport: %d rows in %.1f s = %.0f rows/s (%d imported, %d duplicates)%n", rows,
        importSeconds, rows / importSeconds, result.imported(), result.duplicates());
    System.out.printf("pull:   %d leads by %d agents in %.1f s = %.0f pulls/s (each starts a lead-attendance instance)%n",
        pulls, agents, pullSeconds, pulls / pullSeconds);
    long[] exported = exportProbe.exportXlsx(campaign.getCode());
    System.out.printf("export: %d rows of XLSX (%d MiB) in %.1f s, max heap %d MiB%n", exported[0],
        exported[1] / (1024 * 1024), exported[2] / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    System.out.printf("heap used after: %d MiB%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
  }
}
