package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.proposal.Situation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/proposal-situation-moves.dmn: the situations seed 003 offers in each phase, in the manual's order. */
class ProposalSituationMovesDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("proposal-situation-moves");

  @ParameterizedTest(name = "{0} from {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "SALE        |                       | PENDING_AUDIT PENDING_OPERATOR CANCELLED_BY_OPERATOR",
      "PENDENCY    | PENDING_OPERATOR      | PENDING_OPERATOR PENDING_AUDIT",
      "PENDENCY    | RETURNED_TO_OPERATOR  | PENDING_OPERATOR PENDING_AUDIT",
      "AUDIT       | PENDING_AUDIT         | PENDING_AUDIT CONFIRMED_IN_AUDIT CANCELLED_IN_AUDIT RETURNED_TO_OPERATOR",
      "MAINTENANCE | PENDING_AUDIT         | CONFIRMED_IN_MAINTENANCE CANCELLED_IN_MAINTENANCE PENDING_AUDIT RETURNED_TO_OPERATOR",
      "MAINTENANCE | PENDING_OPERATOR      | CONFIRMED_IN_MAINTENANCE CANCELLED_IN_MAINTENANCE PENDING_AUDIT RETURNED_TO_OPERATOR PENDING_OPERATOR",
      "MAINTENANCE | CONFIRMED_IN_AUDIT    | CONFIRMED_IN_MAINTENANCE CANCELLED_IN_MAINTENANCE PENDING_AUDIT RETURNED_TO_OPERATOR",
      "MAINTENANCE | CANCELLED_IN_AUDIT    | CONFIRMED_IN_MAINTENANCE CANCELLED_IN_MAINTENANCE PENDING_AUDIT RETURNED_TO_OPERATOR"})
  void allowedSituations(String phase, String current, String expected) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("phase", phase);
    inputs.put("currentSituation", current);

    List<Object> allowed = TABLE.evaluate(inputs).collectEntries("situation");

    assertThat(allowed).containsExactly((Object[]) expected.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"SALE", "PENDENCY", "AUDIT", "MAINTENANCE"})
  void everyAllowedSituationIsOneTheApplicationKnows(String phase) {
    for (Situation current : Situation.values()) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("phase", phase);
      inputs.put("currentSituation", current.name());
      assertThat(TABLE.evaluate(inputs).collectEntries("situation"))
          .allSatisfy(code -> assertThat(Arrays.stream(Situation.values()).map(Enum::name)).contains((String) code));
    }
  }
}
