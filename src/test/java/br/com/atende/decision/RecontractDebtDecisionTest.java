package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/recontract-debt.dmn: seed 002 sales item 7, a recontract with a debt older than a year. */
class RecontractDebtDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("recontract-debt");

  @ParameterizedTest(name = "{0}, oldest debt {1} days, dispatch {2} → waive {3}, discount {4}")
  @CsvSource(delimiter = '|', value = {
      // Over a year: waived, and no discount unless the client came from a dispatch campaign.
      "RECONTRACT | 366 | false | true  | false | Dívida anterior a 1 ano abonada; a venda não pode ter desconto, exceto se vier de campanha de disparo.",
      "RECONTRACT | 900 | true  | true  | true  | Dívida anterior a 1 ano abonada; desconto permitido: veio de campanha de disparo.",
      // A year exactly, younger debt or none: nothing to waive, no limit on the discount.
      "RECONTRACT | 365 | false | false | true  | Sem dívida anterior a 1 ano a abonar.",
      "RECONTRACT | 30  | false | false | true  | Sem dívida anterior a 1 ano a abonar.",
      "RECONTRACT | -1  | false | false | true  | Sem dívida anterior a 1 ano a abonar.",
      // Not a recontract: the manual's rule does not apply ("pode-se efetuar a venda e cobrar o cliente educadamente").
      "BUY        | 900 | false | false | true  | Sem dívida anterior a 1 ano a abonar."})
  void eachRowOfTheManual(String intent, int days, boolean dispatch, boolean waive, boolean discount, String rule) {
    DmnDecisionRuleResult result = TABLE.evaluate(Map.of("intent", intent, "oldestDebtDays", days,
        "fromDispatchCampaign", dispatch)).getSingleResult();

    assertThat((Boolean) result.getEntry("waiveDebt")).isEqualTo(waive);
    assertThat((Boolean) result.getEntry("discountAllowed")).isEqualTo(discount);
    assertThat(((Number) result.getEntry("waiveOlderThanDays")).intValue()).isEqualTo(365);
    assertThat((String) result.getEntry("rule")).isEqualTo(rule);
  }
}
