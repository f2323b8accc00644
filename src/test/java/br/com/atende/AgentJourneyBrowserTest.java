package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.identity.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The agent's journey in Debian's Chromium, driven by Playwright (src/test/browser/agent-journey.mjs)
 * against this test's server. Screenshots of each step go to target/browser-screenshots.
 * It needs node, Chromium and `npm ci` in src/test/browser: .ci/run installs them and sets
 * ATENDE_BROWSER_TESTS=required; elsewhere a missing piece skips this test and says which.
 */
@MariaDbIntegrationTest
class AgentJourneyBrowserTest {

  static final Path SCRIPTS = Path.of("src", "test", "browser");
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void anAgentWorksLeadsFromTheHomePageThroughTasklist() throws Exception {
    requirePrerequisites();
    String store = fixtures.store();
    String agent = fixtures.agent(store);
    String supervisor = fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS));
    Campaign campaign = fixtures.campaign(List.of(store), 3, List.of(
        new NewActionType("LIGACAO", "Ligação", "Olá! Aqui é da Vivo, tenho uma oferta para você."),
        new NewActionType("WHATSAPP", "WhatsApp", "Oi! Mandei a oferta pelo WhatsApp, podemos conversar?")));
    Path log = Path.of("target", "browser-journey.log").toAbsolutePath();
    Path shots = Path.of("target", "browser-screenshots").toAbsolutePath();
    FileSystemUtils.deleteRecursively(shots);

    ProcessBuilder node = new ProcessBuilder("node", "agent-journey.mjs")
        .directory(SCRIPTS.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    node.environment().putAll(Map.of(
        "BASE_URL", "http://localhost:" + port,
        "AGENT", agent,
        "SUPERVISOR", supervisor,
        "STORE", store,
        "CAMPAIGN", campaign.getCode(),
        "CHROMIUM", CHROMIUM.toString(),
        "SHOTS", shots.toString()));
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
