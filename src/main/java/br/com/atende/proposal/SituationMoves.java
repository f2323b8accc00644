package br.com.atende.proposal;

import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Which situations may be chosen in each phase: the DMN table proposal-situation-moves, which a
 * process owner edits. This reads it for the form's options and refuses a choice it does not list.
 */
@Component
public class SituationMoves {

  public static final String DECISION_KEY = "proposal-situation-moves";

  /** The decision's "phase" input: where the choice is made. */
  public enum Phase {
    SALE, PENDENCY, AUDIT, MAINTENANCE
  }

  private final DecisionService decisionService;

  public SituationMoves(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public List<Situation> allowed(Phase phase, Situation current) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("phase", phase.name());
    inputs.put("currentSituation", current == null ? null : current.name());
    return decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate()
        .collectEntries("situation").stream()
        .map(code -> Codes.parse(Situation.class, (String) code))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** The chosen situation, if this phase allows it from the current one; else a pt-BR refusal. */
  public Situation check(Phase phase, Situation current, String chosen) {
    if (chosen == null || chosen.isBlank()) {
      throw UserFacingException.badRequest("Informe a situação do pedido.");
    }
    Situation situation = Codes.parse(Situation.class, chosen);
    if (situation == null || !allowed(phase, current).contains(situation)) {
      throw UserFacingException.badRequest("Situação do pedido não permitida nesta etapa: " + chosen.trim() + ".");
    }
    return situation;
  }
}
