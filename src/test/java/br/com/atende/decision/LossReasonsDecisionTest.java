package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/loss-reasons.dmn: the reasons crossed with the event type, else those of TODOS or SERVICOS. */
class LossReasonsDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("loss-reasons");

  @ParameterizedTest(name = "type crossed {0}, reason crossed {1}, {2} → {3}")
  @CsvSource({
      "true, true, VENDAS, true",
      "true, false, TODOS, false",
      "true, false, SERVICOS, false",
      "false, false, TODOS, true",
      "false, false, SERVICOS, true",
      "false, false, VENDAS, false"})
  void offered(boolean typeHasCrossed, boolean crossed, String department, boolean offered) {
    Object result = TABLE.evaluate(Map.of("typeHasCrossedReasons", typeHasCrossed, "crossedWithType", crossed,
        "department", department)).getSingleEntry();

    assertThat(result).isEqualTo(offered);
  }
}
