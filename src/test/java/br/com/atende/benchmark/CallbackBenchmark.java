package br.com.atende.benchmark;

import static br.com.atende.leadattendance.LeadAttendanceProcess.*;

import br.com.atende.campaign.Campaign;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Markdown;
import br.com.atende.common.Phones;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.Outcome;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbInitializer;
import br.com.atende.support.MariaDbTestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not part of the suite: issue 17 target 3, {@code bench.callbacks} callbacks whose reminders come
 * due in the same minute, worked by two nodes on one database: this JVM and a second one it starts
 * (Camunda keeps its engines in a static registry, so a node is a JVM), both with their job executor
 * on and the application's settings. It asserts nothing about time.
 *
 * <pre>ATENDE_TEST_JDBC_URL=jdbc:mysql://127.0.0.1:3306 ./mvnw -q -Pbench test -Dtest='CallbackBenchmark#tenThousandDueInOneMinute' -Dbench.callbacks=10000</pre>
 *
 * <p>Each lead is booked through the BPMN from the completion of its AttendLead on: its instance
 * starts before RecordAttempt with the variables a pull and a SCHEDULED completion leave (the form's
 * window check is skipped: the reminder must come due in real time, at any hour, since the second
 * node does not share this JVM's engine clock), so RecordAttempt, the DMN and ScheduleCallback run
 * as in production and the instance waits at Timer_CallbackReminder. The pull's own work on the lead
 * (assignee, store, out of the queue) is one SQL statement. The figure is the time from the
 * reminders' due minute until the last CallBack task exists; then it checks that every instance got
 * exactly one, and which node created each (the job log's host name).
 *
 * <p>{@code -Dbench.agents} (1000): the agents the callbacks belong to; {@code -Dbench.leadSeconds}:
 * how long creating them may take before the due minute; {@code -Dbench.node2Jvm}: more options for
 * the second JVM (e.g. a flight recording).
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.admin-user.password=admin",
    "camunda.bpm.generic-properties.properties.hostname=" + CallbackBenchmark.NODE_1,
    "logging.level.br.com.atende.mailing=WARN"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class CallbackBenchmark {

  static final String NODE_1 = "bench-node-1";
  static final String NODE_2 = "bench-node-2";

  @Autowired Fixtures fixtures;
  @Autowired RuntimeService runtimeService;
  @Autowired LeadRepository leads;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void tenThousandDueInOneMinute() throws Exception {
    int callbacks = Integer.getInteger("bench.callbacks", 10_000);
    int agents = Integer.getInteger("bench.agents", 1000);
    int leadSeconds = Integer.getInteger("bench.leadSeconds", 40 + callbacks / 60);
    Path node2Log = Files.createTempFile("callback-bench-node2-", ".log");
    Process node2 = startSecondNode(node2Log);
    Thread stopNode2 = new Thread(() -> stop(node2));
    Runtime.getRuntime().addShutdownHook(stopNode2);
    try {
      String store = fixtures.store();
      Campaign campaign = fixtures.campaign(List.of(store), callbacks);
      // What the pulls did to the leads: each is out of the queue and held by its agent.
      jdbc.update("DELETE FROM lead_queue WHERE campaign_code = ?", campaign.getCode());
      jdbc.update("UPDATE leads SET status = 'IN_PROGRESS', worked_store_code = ?, "
          + "assignee = CONCAT('bench-agent-', MOD(id, ?)) WHERE campaign_code = ?", store, agents, campaign.getCode());
      List<Long> ids = jdbc.queryForList("SELECT id FROM leads WHERE campaign_code = ? ORDER BY id", Long.class,
          campaign.getCode());

      Instant due = Instant.now().plusSeconds(leadSeconds).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
      Instant callbackAt = due.plus(Duration.ofMinutes(15));
      long start = System.nanoTime();
      book(campaign, store, ids, callbackAt);
      double bookSeconds = (System.nanoTime() - start) / 1e9;
      long waiting = count("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
          + "WHERE d.ACT_ID_ = 'Timer_CallbackReminder'");
      System.out.printf("%nbooked %,d callbacks (%d agents) at %s in %.1f s = %.0f/s; %,d reminders due at %s (%.0f s later)%n",
          callbacks, agents, BusinessTime.formatLocalMinutes(callbackAt), bookSeconds, callbacks / bookSeconds, waiting,
          BusinessTime.formatLocalMinutes(due), Duration.between(Instant.now(), due).toMillis() / 1e3);
      if (waiting != callbacks || !Instant.now().isBefore(due)) {
        throw new IllegalStateException("Booking did not end before the due minute: raise -Dbench.leadSeconds");
      }
      awaitStarted(node2, node2Log, due);

      // From the due minute until the last CallBack task exists.
      Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
      long dueNanos = System.nanoTime();
      long[] pids = {ProcessHandle.current().pid(), node2.pid(), Bench.pidOf("mariadbd", "mysqld")};
      double[] cpuAtDue = Arrays.stream(pids).mapToDouble(Bench::cpuSeconds).toArray();
      long deadline = dueNanos + Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 300)).toNanos();
      long tasks = 0;
      double firstSeconds = -1;
      List<String> timeline = new ArrayList<>();
      int nextMark = 10;
      while (tasks < callbacks && System.nanoTime() < deadline) {
        Thread.sleep(100);
        tasks = count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'CallBack'");
        double at = (System.nanoTime() - dueNanos) / 1e9;
        if (firstSeconds < 0 && tasks > 0) {
          firstSeconds = at;
        }
        if (at >= nextMark) {
          timeline.add(String.format("%ds %,d", nextMark, tasks));
          nextMark += 10;
        }
      }
      double seconds = (System.nanoTime() - dueNanos) / 1e9;
      double[] cpuMillisPerTask = new double[pids.length];
      for (int i = 0; i < pids.length; i++) {
        cpuMillisPerTask[i] = 1000 * (Bench.cpuSeconds(pids[i]) - cpuAtDue[i]) / Math.max(1, tasks);
      }

      System.out.printf("%ncallbacks due in one minute, 2 nodes: %,d of %,d CallBack tasks %.1f s after the due minute "
          + "(target ≤ 60 s), %.0f tasks/s; first after %.1f s%n", tasks, callbacks, seconds, tasks / seconds, firstSeconds);
      System.out.println("  tasks by then: " + String.join(", ", timeline));
      System.out.println("  per node (job log): " + jdbc.queryForList("SELECT HOSTNAME_ h, COUNT(*) n FROM ACT_HI_JOB_LOG "
          + "WHERE ACT_ID_ = 'Timer_CallbackReminder' AND JOB_STATE_ = 2 GROUP BY HOSTNAME_ ORDER BY HOSTNAME_").stream()
          .map(row -> row.get("h") + " " + row.get("n")).collect(Collectors.joining(", ")));
      System.out.println("  failed job runs (retried): " + jdbc.queryForList("SELECT HOSTNAME_ h, "
          + "LEFT(JOB_EXCEPTION_MSG_, 60) m, COUNT(*) n FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'Timer_CallbackReminder' "
          + "AND JOB_STATE_ = 1 GROUP BY HOSTNAME_, LEFT(JOB_EXCEPTION_MSG_, 60)").stream()
          .map(row -> row.get("h") + " " + row.get("n") + "× " + row.get("m")).toList());
      System.out.printf("  none twice: %,d instances with a CallBack in history, %,d with more than one; "
              + "%,d with more than one open; %,d reminders still waiting%n",
          count("SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = 'CallBack'"),
          count("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_ FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = 'CallBack' "
              + "GROUP BY PROC_INST_ID_ HAVING COUNT(*) > 1) t"),
          count("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_ FROM ACT_RU_TASK GROUP BY PROC_INST_ID_ HAVING COUNT(*) > 1) t"),
          count("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
              + "WHERE d.ACT_ID_ = 'Timer_CallbackReminder'"));
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf("  CPU per CallBack task: node 1 %.1f ms, node 2 %.1f ms, database %.1f ms (local server, pid %d) = "
              + "%.1f ms; %d cores give %.1f ms per task for %,d tasks in 60 s%n", cpuMillisPerTask[0], cpuMillisPerTask[1],
          cpuMillisPerTask[2], pids[2], Arrays.stream(cpuMillisPerTask).sum(), cores, cores * 60_000.0 / callbacks, callbacks);
      System.out.println("  node 1 (this JVM): " + Bench.memory());
      System.out.println("  node 2 (pid " + node2.pid() + "): " + Bench.rss(node2.pid()) + ", heap max 512 MiB");
    } finally {
      stop(node2);
      Runtime.getRuntime().removeShutdownHook(stopNode2);
    }
  }

  /** Each lead's instance from its SCHEDULED completion on, as a pull and AttendLeadForm.validate leave it. */
  private void book(Campaign campaign, String store, List<Long> ids, Instant callbackAt) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
          Long id = ids.get(i);
          String processInstanceId = transactions.execute(status -> {
            Lead lead = leads.findById(id).orElseThrow();
            Map<String, Object> variables = new HashMap<>();
            AGENT.put(variables, lead.getAssignee());
            STORE_NAME.put(variables, Markdown.escape("Loja " + store));
            CAMPAIGN_CODE.put(variables, campaign.getCode());
            CAMPAIGN_NAME.put(variables, Markdown.escape(campaign.getName()));
            OFFER.put(variables, Markdown.escape(campaign.getOffer()));
            MATERIALS_URL.put(variables, campaign.getMaterialsUrl());
            SCRIPT.put(variables, campaign.openingScript());
            SCRIPT_SHOWN.put(variables, Markdown.escapeLines(campaign.openingScript()));
            LEAD_NAME.put(variables, Markdown.escape(lead.getName()));
            LEAD_PHONE.put(variables, Phones.display(lead.getPhone()));
            LEAD_PHONE2.put(variables, null);
            LEAD_ADDRESS.put(variables, Markdown.escape(lead.fullAddress()));
            NO_ANSWER_COUNT.put(variables, 0);
            OUTCOME.put(variables, Outcome.SCHEDULED.name());
            CALLBACK_AT.put(variables, BusinessTime.formatLocalMinutes(callbackAt));
            OBSERVATION.put(variables, "Pediu retorno");
            CONVERSATION.put(variables, campaign.openingScript());
            ATTEMPT_AGENT.put(variables, lead.getAssignee());
            ATTEMPT_TASK.put(variables, UserTask.AttendLead.id());
            CALLBACK_AGENT.put(variables, lead.getAssignee());
            return runtimeService.createProcessInstanceByKey(KEY).businessKey(String.valueOf(id))
                .startBeforeActivity("RecordAttempt").setVariables(variables).execute().getId();
          });
          // After the commit: the lead entity the delegates changed would write its null back.
          jdbc.update("UPDATE leads SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
  }

  /** The application's main class on this JVM's classpath (tests' classes left out), profile mysql, same database. */
  private static Process startSecondNode(Path log) throws IOException {
    String classpath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m"));
    String extra = System.getProperty("bench.node2Jvm", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-cp", classpath, "br.com.atende.AtendeApplication", "--spring.profiles.active=mysql",
        "--server.port=0", "--spring.main.banner-mode=off", "--camunda.bpm.admin-user.password=admin",
        "--camunda.bpm.generic-properties.properties.hostname=" + NODE_2,
        "--atende.leadzap.app-secret=bench", "--atende.leadzap.verify-token=bench"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ATENDE_DB_URL", MariaDbTestDatabase.url());
    builder.environment().put("ATENDE_DB_USER", MariaDbTestDatabase.user());
    builder.environment().put("ATENDE_DB_PASSWORD", MariaDbTestDatabase.password());
    builder.environment().put("ATENDE_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect");
    return builder.start();
  }

  private static void awaitStarted(Process node, Path log, Instant before) throws Exception {
    while (!Files.readString(log).contains("Started AtendeApplication")) {
      if (!node.isAlive() || Instant.now().isAfter(before)) {
        throw new IllegalStateException("The second node did not start in time; its log, " + log + ":\n"
            + tail(Files.readString(log)));
      }
      Thread.sleep(500);
    }
  }

  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 4000));
  }

  private static void stop(Process node) {
    try {
      node.destroy();
      if (!node.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    } catch (InterruptedException e) {
      node.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
