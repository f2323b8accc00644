package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every diagram passes the rules Camunda Modeler checks while a process owner draws
 * (bpmn/.bpmnlintrc: bpmnlint's and the Camunda plugin's recommended rules), warnings included.
 * bpmnlint comes from `npm ci` in src/test/browser, like the browser journeys: where .ci/run sets
 * ATENDE_BROWSER_TESTS=required a missing install fails, elsewhere the test is skipped and says why.
 */
class ModelLintTest {

  static final Path BROWSER = Path.of("src", "test", "browser").toAbsolutePath();
  static final Path BPMNLINT = BROWSER.resolve("node_modules/.bin/bpmnlint");
  static final Path CONFIG = Path.of("bpmn", ".bpmnlintrc").toAbsolutePath();

  @Test
  void everyDiagramPassesModelersRules() throws Exception {
    requireBpmnlint();
    List<String> command = new ArrayList<>(List.of(BPMNLINT.toString(), "--config", CONFIG.toString(), "--max-warnings=0"));
    try (Stream<Path> walk = Files.walk(Path.of("bpmn"))) {
      walk.filter(path -> path.toString().endsWith(".bpmn")).sorted().map(path -> path.toAbsolutePath().toString())
          .forEach(command::add);
    }
    assertThat(command).as("diagrams under bpmn/").hasSizeGreaterThan(4);

    // Run from src/test/browser so the config's plugin resolves from its node_modules.
    Path log = Path.of("target", "bpmnlint.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    Process lint = new ProcessBuilder(command).directory(BROWSER.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!lint.waitFor(2, TimeUnit.MINUTES)) {
      lint.destroyForcibly();
      fail("bpmnlint took more than 2 minutes:\n" + Files.readString(log));
    }
    String output = Files.readString(log);
    assertThat(lint.exitValue()).as("bpmnlint found problems:\n%s", output).isZero();
    assertThat(output).as(output).doesNotContain("problem");
  }

  private static void requireBpmnlint() throws InterruptedException {
    String missing = null;
    if (!Files.isExecutable(BPMNLINT)) {
      missing = "bpmnlint not installed (cd src/test/browser && npm ci)";
    } else if (!nodeRuns()) {
      missing = "node not found";
    }
    if (missing != null) {
      if ("required".equals(System.getenv("ATENDE_BROWSER_TESTS"))) {
        fail("The model lint is required here but " + missing);
      }
      Assumptions.abort("Model lint skipped: " + missing);
    }
  }

  private static boolean nodeRuns() throws InterruptedException {
    try {
      return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException notInstalled) {
      return false;
    }
  }
}
