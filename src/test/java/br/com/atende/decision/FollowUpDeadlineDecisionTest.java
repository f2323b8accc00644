package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/follow-up-deadline.dmn row by row: seed 002's deadlines in business days per follow-up type. */
class FollowUpDeadlineDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("follow-up-deadline");

  @ParameterizedTest(name = "{0}: {1} days, renew by {2}, max {3}, renewable {4}, validation above {5}")
  @CsvSource({
      // "com orçamento enviado e tratativas em andamento: Prazo de 2 dias úteis – Renovado por mais 4: prazo máximo 6 dias"
      "SALE_WITH_CONTACT, 2, 4, 6, true, 7",
      // "sem contato o cliente – não consegui falar com ninguém: Prazo de 2 dias. Prazo máximo 2 dias."
      "SALE_NO_CONTACT, 2, 0, 2, false, 7",
      "NO_CONTACT, 2, 0, 2, false, 7",
      // No deadline in the manual: the short rule, never renewed.
      "ONBOARDING, 2, 0, 2, false, 7",
      "SUPPORT, 2, 0, 2, false, 7"})
  void deadlines(String type, int initialDays, int renewalDays, int maxDays, boolean renewable, int validationAfter) {
    DmnDecisionRuleResult row = TABLE.evaluate(Map.of("type", type)).getSingleResult();

    assertThat((Object) row.getEntry("initialDays")).isEqualTo(initialDays);
    assertThat((Object) row.getEntry("renewalDays")).isEqualTo(renewalDays);
    assertThat((Object) row.getEntry("maxDays")).isEqualTo(maxDays);
    assertThat((Object) row.getEntry("renewable")).isEqualTo(renewable);
    assertThat((Object) row.getEntry("validationAfterDays")).isEqualTo(validationAfter);
  }

  @org.junit.jupiter.api.Test
  void anUnknownTypeMatchesNoRow() {
    assertThat(TABLE.evaluate(Map.of("type", "INACTIVATION")).isEmpty()).isTrue();
  }
}
