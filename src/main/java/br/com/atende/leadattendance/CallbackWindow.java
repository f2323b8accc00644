package br.com.atende.leadattendance;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Whether a callback time is allowed: the rule itself is the DMN table callback-window (editable by
 * process owners); this only computes its inputs in São Paulo time and turns a "no" into a refusal.
 */
@Component
public class CallbackWindow {

  public static final String DECISION_KEY = "callback-window";

  private final DecisionService decisionService;

  public CallbackWindow(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public void check(LocalDateTime callbackAt) {
    long minutesAhead = Duration.between(BusinessTime.now(), BusinessTime.toInstant(callbackAt)).toMinutes();
    long daysAhead = ChronoUnit.DAYS.between(BusinessTime.today(), callbackAt.toLocalDate());
    Map<String, Object> inputs = Map.of(
        "minutesAhead", minutesAhead,
        "daysAhead", daysAhead,
        "dayOfWeek", callbackAt.getDayOfWeek().name(),
        "localTime", callbackAt.toLocalTime());
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(inputs)
        .evaluate()
        .getSingleResult();
    if (result == null || !Boolean.TRUE.equals(result.getEntry("allowed"))) {
      String message = result == null ? null : result.getEntry("message");
      throw UserFacingException.badRequest(message != null ? message : "Horário de retorno não permitido.");
    }
  }
}
