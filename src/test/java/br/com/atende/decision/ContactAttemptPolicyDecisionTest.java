package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/contact-attempt-policy.dmn: the Anatel rule (3 no-answers) and where each outcome leads. */
class ContactAttemptPolicyDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("contact-attempt-policy");

  @ParameterizedTest(name = "{0} (no-answers {1}, callback {2}) → {3}")
  @CsvSource({
      "NO_ANSWER, 1, false, REQUEUE",
      "NO_ANSWER, 2, false, REQUEUE",
      "NO_ANSWER, 3, false, CLOSE",
      "NO_ANSWER, 4, false, CLOSE",
      // Seed 001: no contact, with a date the client suggested; Anatel's third attempt still ends it.
      "NO_ANSWER, 1, true, CALLBACK",
      "NO_ANSWER, 2, true, CALLBACK",
      "NO_ANSWER, 3, true, CLOSE",
      "SCHEDULED, 0, true, CALLBACK",
      "SCHEDULED, 2, true, CALLBACK",
      "WHATSAPP_SENT, 0, true, CALLBACK",
      "WHATSAPP_SENT, 0, false, CLOSE",
      "REFUSED, 0, false, CLOSE",
      "CONTRACTED, 1, false, CLOSE",
      "INCONSISTENT, 0, false, CLOSE"})
  void nextStep(String outcome, int noAnswerCount, boolean hasCallback, String nextStep) {
    Object result = TABLE.evaluate(Map.of("lastOutcome", outcome, "noAnswerCount", noAnswerCount,
        "hasCallback", hasCallback)).getSingleEntry();

    assertThat(result).isEqualTo(nextStep);
  }
}
