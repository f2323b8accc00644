package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/premium-agenda-eligibility.dmn: seed 004's four rules for enabling "Agenda". */
class PremiumAgendaEligibilityDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("premium-agenda-eligibility");

  @ParameterizedTest(name = "{0}, {1}, booked {2}, premium {3} → {4}")
  @CsvSource(delimiter = '|', value = {
      "1 - Pós Vendas | Pendente | false | true  | true  | Agenda habilitada.",
      "2 - Vendas     | Pendente | false | true  | false | Agenda só para eventos do grupo 1 - Pós Vendas.",
      "1 - Pós Vendas | Perdido  | false | true  | false | Agenda só para eventos com status Pendente.",
      "1 - Pós Vendas | Pendente | true  | true  | false | Este evento já tem agenda: use Remarcar.",
      "1 - Pós Vendas | Pendente | false | false | false | O tipo deste evento não é Agenda Premium: use Sucesso.",
      "3 - Relacionamento | Agendado | true | false | false | Agenda só para eventos do grupo 1 - Pós Vendas."})
  void theFourRules(String group, String status, boolean booked, boolean premium, boolean eligible, String reason) {
    DmnDecisionRuleResult result = TABLE.evaluate(Map.of("typeGroup", group, "eventStatus", status,
        "hasAppointment", booked, "premium", premium)).getSingleResult();

    assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
    assertThat((String) result.getEntry("reason")).isEqualTo(reason);
  }
}
