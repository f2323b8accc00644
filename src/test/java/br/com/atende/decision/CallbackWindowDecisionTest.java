package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/callback-window.dmn: Mon–Fri 09:00 ≤ t < 20:00, Sat 10:00 ≤ t < 16:00, future, ≤ 30 days. */
class CallbackWindowDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("callback-window");

  @ParameterizedTest(name = "{2} {3}, {0} min / {1} days ahead → {4}")
  @CsvSource({
      "60, 0, MONDAY, 09:00, true",
      "60, 0, MONDAY, 08:59, false",
      "60, 0, FRIDAY, 19:59, true",
      "60, 0, FRIDAY, 20:00, false",
      "60, 0, WEDNESDAY, 12:30, true",
      "60, 0, SATURDAY, 10:00, true",
      "60, 0, SATURDAY, 09:59, false",
      "60, 0, SATURDAY, 15:59, true",
      "60, 0, SATURDAY, 16:00, false",
      "60, 0, SUNDAY, 11:00, false",
      "0, 0, MONDAY, 11:00, false",
      "-5, 0, MONDAY, 11:00, false",
      "43200, 30, TUESDAY, 11:00, true",
      "44640, 31, WEDNESDAY, 11:00, false"})
  void window(long minutesAhead, long daysAhead, String dayOfWeek, String time, boolean allowed) {
    DmnDecisionRuleResult result = TABLE.evaluate(Map.of("minutesAhead", minutesAhead,
        "daysAhead", daysAhead, "dayOfWeek", dayOfWeek, "localTime", LocalTime.parse(time))).getSingleResult();

    assertThat((Boolean) result.getEntry("allowed")).isEqualTo(allowed);
    if (!allowed) {
      assertThat((String) result.getEntry("message")).isNotBlank();
    }
  }
}
