package br.com.atende.benchmark;

import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.campaign.Campaign;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not part of the suite (surefire runs *Test classes only): a command that prints how fast a
 * mailing imports and how fast agents pull leads on the test MariaDB. It asserts nothing about time.
 *
 * <pre>./mvnw -q test -Dtest=QueueAndImportBenchmark -Dbench.rows=200000 -Dbench.pulls=2000 -Dbench.agents=4</pre>
 * Add {@code -DargLine=-Xmx256m} to see the export of every row fit in a small heap.
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
