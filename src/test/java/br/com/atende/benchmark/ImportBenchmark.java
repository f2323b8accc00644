package br.com.atende.benchmark;

import br.com.atende.campaign.Campaign;
import br.com.atende.common.ClientPrepared;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not part of the suite: a command that prints how fast a mailing imports over HTTP beside its
 * limit, a raw batched JDBC insert of the same rows (already parsed) into a bare table with the
 * same columns and only a primary key, through the application's own DataSource, in batches of
 * the import's size, in the same run on the same database. Issue 17 target 1: ≥ 50 %.
 *
 * <pre>ATENDE_TEST_JDBC_URL=jdbc:mysql://127.0.0.1:3306 ./mvnw -q -Pbench test -Dtest='ImportBenchmark#importVsRawInsert' -Dbench.rows=1000000</pre>
 * {@code -Dbench.rounds=2} (the default) measures twice, the second round in the other order
 * (import first), so neither side always runs on a colder or a fuller database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "logging.level.br.com.atende.mailing=WARN"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class ImportBenchmark {

  private static final int[] DDDS = {11, 21, 31, 41, 51, 61, 62, 71, 81, 92};
  private static final String[] CITIES = {"São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre",
      "Brasília", "Goiânia", "Salvador", "Recife", "Manaus"};
  private static final String[] UFS = {"SP", "RJ", "MG", "PR", "RS", "DF", "GO", "BA", "PE", "AM"};
  private static final String BARE = "bench_bare_leads";

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Value("${atende.mailing.batch-size:1000}") int batchSize;

  /** One mailing row, as the file has it and as the import stores it. */
  record Row(int line, String name, String phoneRaw, String phone, String phone2Raw, String phone2, String address,
      String city, String uf, String store, String cpf) {}

  /** Row i of the mailing: distinct mobile numbers over ten DDDs, a landline for one in three, a CPF for half. */
  static Row row(int i, String storeCode) {
    int ddd = DDDS[i % DDDS.length];
    int n = i / DDDS.length;
    String mobile = String.format("99%03d%04d", n / 10_000, n % 10_000);
    String phoneRaw = "(" + ddd + ") " + mobile.substring(0, 5) + "-" + mobile.substring(5);
    String landline = i % 3 == 0 ? String.format("3%03d%04d", n / 10_000 % 1000, n % 10_000) : null;
    String cpf = i % 2 == 0 ? Fixtures.cpf(100_000_000 + i) : null;
    return new Row(i + 2, "Cliente Número " + (i + 1) + " da Silva", phoneRaw, "+55" + ddd + mobile,
        landline == null ? null : "(" + ddd + ") " + landline.substring(0, 4) + "-" + landline.substring(4),
        landline == null ? null : "+55" + ddd + landline, "Rua das Flores, " + (i % 2000 + 1) + " - Centro",
        CITIES[i % CITIES.length], UFS[i % UFS.length], i % 4 == 0 ? storeCode : null, cpf);
  }

  @Test
  void importVsRawInsert() throws Exception {
    int rows = Integer.getInteger("bench.rows", 100_000);
    int rounds = Integer.getInteger("bench.rounds", 2);
    String store = fixtures.store();
    String manager = fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS));

    Path file = Files.createTempFile("bench-mailing-", ".csv");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("nome;telefone;telefone2;endereço;cidade;uf;loja;cpf_cnpj\n");
        for (int i = 0; i < rows; i++) {
          Row row = row(i, store);
          out.write(row.name() + ";" + row.phoneRaw() + ";" + (row.phone2Raw() == null ? "" : row.phone2Raw()) + ";"
              + row.address() + ";" + row.city() + ";" + row.uf() + ";" + (row.store() == null ? "" : row.store())
              + ";" + (row.cpf() == null ? "" : row.cpf()) + "\n");
        }
      }
      System.out.printf("%nmailing: %,d rows, %,d bytes, batches of %d%n", rows, Files.size(file), batchSize);
      double[] raw = new double[rounds];
      double[] http = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        Campaign campaign = fixtures.campaign(List.of(store, fixtures.store()), 0);
        if (round % 2 == 0) {
          raw[round] = rawInsertBothWays(rows, store, campaign.getCode());
          http[round] = importOverHttp(file, rows, campaign.getCode(), manager);
        } else {
          http[round] = importOverHttp(file, rows, campaign.getCode(), manager);
          raw[round] = rawInsertBothWays(rows, store, campaign.getCode());
        }
        Bench.beside("round " + (round + 1) + (round % 2 == 0 ? " (raw first)" : " (import first)")
            + " mailing import over HTTP", http[round], raw[round], "rows/s", "≥ 50 %");
      }
      Bench.beside("mean of " + rounds + " rounds, mailing import over HTTP", mean(http), mean(raw), "rows/s",
          "≥ 50 %");
      System.out.println(Bench.memory());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The limit: the faster of the two ways the DataSource can prepare the raw insert. Its URL's
   * useCursorFetch makes a plain prepareStatement server-side; the import binds its batches on the
   * client (ClientPrepared), so the limit is measured both ways and the better one counts.
   */
  private double rawInsertBothWays(int rows, String store, String campaignCode) throws Exception {
    return Math.max(rawInsert(rows, store, campaignCode, false), rawInsert(rows, store, campaignCode, true));
  }

  /** Rows/s of the same rows, already parsed, inserted in batches into a bare table (created and dropped here). */
  private double rawInsert(int rows, String store, String campaignCode, boolean clientPrepared) throws Exception {
    jdbc.execute("DROP TABLE IF EXISTS " + BARE);
    jdbc.execute("CREATE TABLE " + BARE + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, campaign_code VARCHAR(40) NOT NULL,"
        + " store_code VARCHAR(10), mailing_id BIGINT, mailing_line INT, name VARCHAR(200) NOT NULL,"
        + " phone VARCHAR(20) NOT NULL, phone2 VARCHAR(20), address VARCHAR(300), city VARCHAR(120), uf CHAR(2),"
        + " cpf_cnpj VARCHAR(14), email VARCHAR(200), status VARCHAR(20) NOT NULL, attempts INT NOT NULL DEFAULT 0,"
        + " no_answer_attempts INT NOT NULL DEFAULT 0, created_at DATETIME(3) NOT NULL, updated_at DATETIME(3) NOT NULL)");
    String sql = "INSERT INTO " + BARE
        + " (campaign_code, store_code, mailing_id, mailing_line, name, phone, phone2, address, city, uf, cpf_cnpj,"
        + " email, status, attempts, no_answer_attempts, created_at, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)";
    try (var connection = dataSource.getConnection();
        PreparedStatement insert = clientPrepared
            ? ClientPrepared.prepare(connection, sql, Statement.NO_GENERATED_KEYS) : connection.prepareStatement(sql)) {
      connection.setAutoCommit(false);
      Cpu cpu = Cpu.now();
      long nanos = 0;
      Row[] batch = new Row[batchSize];
      for (int first = 0; first < rows; first += batchSize) {
        int size = Math.min(batchSize, rows - first);
        for (int i = 0; i < size; i++) {
          batch[i] = row(first + i, store);
        }
        // Only the insert is timed: the rows come already parsed, as the limit asks.
        long start = System.nanoTime();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < size; i++) {
          Row row = batch[i];
          insert.setString(1, campaignCode);
          insert.setString(2, row.store());
          insert.setLong(3, 1);
          insert.setInt(4, row.line());
          insert.setString(5, row.name());
          insert.setString(6, row.phone());
          insert.setString(7, row.phone2());
          insert.setString(8, row.address());
          insert.setString(9, row.city());
          insert.setString(10, row.uf());
          insert.setString(11, row.cpf());
          insert.setString(12, null);
          insert.setString(13, "NEW");
          insert.setTimestamp(14, now);
          insert.setTimestamp(15, now);
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
        nanos += System.nanoTime() - start;
      }
      double seconds = nanos / 1e9;
      connection.setAutoCommit(true);
      System.out.printf("raw batched insert into a bare table, %s-prepared: %,d rows in %.1f s (generating the rows "
          + "not counted); %s%n", clientPrepared ? "client" : "server", rows, seconds, cpu.since());
      return rows / seconds;
    } finally {
      jdbc.execute("DROP TABLE IF EXISTS " + BARE);
    }
  }

  /** Rows/s of the real import: the file POSTed as a manager to the campaign's mailing endpoint. */
  private double importOverHttp(Path file, int rows, String campaignCode, String manager) throws Exception {
    String boundary = "----bench" + UUID.randomUUID();
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/campaigns/" + campaignCode + "/mailing"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((manager + ":" + manager).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.concat(
            BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"mailing.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
            BodyPublishers.ofFile(file),
            BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
        .build();
    Cpu cpu = Cpu.now();
    long start = System.nanoTime();
    var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    JsonNode body = new ObjectMapper().readTree(response.body());
    if (response.statusCode() != 200 || body.path("imported").asInt() != rows) {
      throw new IllegalStateException("import answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(500, response.body().length())));
    }
    System.out.printf("import over HTTP: %,d rows in %.1f s (%s, %d rejected, %d duplicates); %s%n", rows, seconds,
        body.path("status").asText(), body.path("rejectedCount").asInt(), body.path("duplicates").asInt(),
        cpu.since());
    return rows / seconds;
  }

  /**
   * CPU seconds used by this JVM and by the MariaDB server (when it runs on this machine): the two
   * share the cores, so where the time goes is also a question of whose CPU it is.
   */
  record Cpu(double jvm, double db) {

    static Cpu now() {
      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      return new Cpu(os.getProcessCpuTime() / 1e9, dbSeconds());
    }

    String since() {
      Cpu now = now();
      return String.format("CPU: JVM %.1f s, MariaDB %.1f s", now.jvm - jvm, now.db - db);
    }

    /** utime + stime of the mariadbd process, from /proc; 0 when it is not on this machine. */
    private static double dbSeconds() {
      try (var processes = Files.list(Path.of("/proc"))) {
        for (Path process : (Iterable<Path>) processes::iterator) {
          Path comm = process.resolve("comm");
          if (process.getFileName().toString().chars().allMatch(Character::isDigit) && Files.isReadable(comm)
              && Files.readString(comm).trim().equals("mariadbd")) {
            String[] stat = Files.readString(process.resolve("stat")).replaceAll(".*\\) ", "").split(" ");
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
          }
        }
      } catch (Exception e) {
        return 0;
      }
      return 0;
    }
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
