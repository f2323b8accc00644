package br.com.atende.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** A decision table of dmn/ evaluated on its own, with the engine's FEEL, no process engine. */
final class DmnTables {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DmnTables(DmnDecision decision) {
    this.decision = decision;
  }

  static DmnTables parse(String key) {
    try (InputStream table = DmnTables.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
      return new DmnTables(ENGINE.parseDecision(key, table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DmnDecisionTableResult evaluate(Map<String, Object> inputs) {
    return ENGINE.evaluateDecisionTable(decision, inputs);
  }
}
