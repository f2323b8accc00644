package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/commission-attribution.dmn: whose commission a sale is (seed 002, sales items 3, 4, 8 and 9). */
class CommissionAttributionDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("commission-attribution");

  @ParameterizedTest(name = "other owner's follow-up {0}, owner {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      // No valid follow-up of another owner for this product: whoever sold it.
      "false | AVAILABLE | SELLER          | Sem agendamento de outro colaborador: a comissão é de quem vendeu.",
      "false | VACATION  | SELLER          | Sem agendamento de outro colaborador: a comissão é de quem vendeu.",
      "false | ABSENT    | SELLER          | Sem agendamento de outro colaborador: a comissão é de quem vendeu.",
      // Item 9: vacation → the seller; absence → who did the first treatment.
      "true  | VACATION  | SELLER          | Dono do agendamento de férias: a comissão vai para o vendedor que efetivou a venda.",
      "true  | ABSENT    | FOLLOW_UP_OWNER | Dono do agendamento ausente: a comissão vai para quem fez a tratativa inicial.",
      // Item 8: the owner was there; the manager sorts it out.
      "true  | AVAILABLE | MANAGER_DECIDES | Outro colaborador, disponível, tinha agendamento válido deste produto: o gestor decide a comissão."})
  void eachRowOfTheManual(boolean otherOwner, String availability, String commissionTo, String rule) {
    DmnDecisionRuleResult result = TABLE.evaluate(Map.of("otherOwnerFollowUp", otherOwner,
        "ownerAvailability", availability)).getSingleResult();

    assertThat((String) result.getEntry("commissionTo")).isEqualTo(commissionTo);
    assertThat((String) result.getEntry("rule")).isEqualTo(rule);
  }
}
