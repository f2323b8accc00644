package br.com.atende.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * Runs a Playwright script of src/test/browser in Debian's Chromium against the test's server; its
 * log goes to target/&lt;script&gt;.log and its screenshots to target/browser-screenshots/&lt;script&gt;.
 * It needs node, Chromium and `npm ci` in src/test/browser: .ci/run installs them and sets
 * ATENDE_BROWSER_TESTS=required; elsewhere a missing piece skips the test and says which.
 */
public final class BrowserJourney {

  static final Path SCRIPTS = Path.of("src", "test", "browser");
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  private BrowserJourney() {}

  public static void run(String script, int port, Map<String, String> environment) throws Exception {
    requirePrerequisites();
    String name = script.replace(".mjs", "");
    Path log = Path.of("target", name + ".log").toAbsolutePath();
    Path shots = Path.of("target", "browser-screenshots", name).toAbsolutePath();
    FileSystemUtils.deleteRecursively(shots);

    ProcessBuilder node = new ProcessBuilder("node", script)
        .directory(SCRIPTS.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> variables = new HashMap<>(environment);
    variables.put("BASE_URL", "http://localhost:" + port);
    variables.put("CHROMIUM", CHROMIUM.toString());
    variables.put("SHOTS", shots.toString());
    node.environment().putAll(variables);
    Process journey = node.start();
    if (!journey.waitFor(5, TimeUnit.MINUTES)) {
      journey.destroyForcibly();
      fail("The browser journey took more than 5 minutes:\n" + Files.readString(log));
    }
    assertThat(journey.exitValue()).as(Files.readString(log)).isZero();
  }

  private static void requirePrerequisites() throws IOException, InterruptedException {
    String missing = null;
    if (!Files.isExecutable(CHROMIUM)) {
      missing = "Chromium not found at " + CHROMIUM + " (apt-get install chromium)";
    } else if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
      missing = "playwright-core not installed (cd src/test/browser && npm ci)";
    } else if (new ProcessBuilder("node", "--version").start().waitFor() != 0) {
      missing = "node not found";
    }
    if (missing != null) {
      if ("required".equals(System.getenv("ATENDE_BROWSER_TESTS"))) {
        fail("Browser tests are required here but " + missing);
      }
      Assumptions.abort("Browser journey skipped: " + missing);
    }
  }
}
