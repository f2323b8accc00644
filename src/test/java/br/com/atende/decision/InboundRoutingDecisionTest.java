package br.com.atende.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/inbound-routing.dmn row by row: to whom a contact goes (seed 002, "Vendas (receptivo)", items 5, 6 and 9). */
class InboundRoutingDecisionTest {

  static final DmnTables TABLE = DmnTables.parse("inbound-routing");

  @ParameterizedTest(name = "{0}, valid follow-up {1}, holder {2}, no-contact {3}, inactivation {4} {5} days → {6} {7} ({8})")
  @CsvSource(delimiter = '|', value = {
      // 1º passo: a valid #venda follow-up goes to its owner, unless away (item 9).
      "BUY           | true  | AVAILABLE | false | NONE      | -1 | OWNER       | sales   | VALID_FOLLOW_UP_OWNER",
      "PRICE_INQUIRY | true  | AVAILABLE | true  | NONE      | -1 | OWNER       | sales   | VALID_FOLLOW_UP_OWNER",
      "BUY           | true  | VACATION  | false | NONE      | -1 | GROUP       | sales   | OWNER_AWAY",
      "PRICE_INQUIRY | true  | ABSENT    | false | NONE      | -1 | GROUP       | sales   | OWNER_AWAY",
      // "se tem agendamento, porém sem contato, pode seguir o atendimento normal".
      "BUY           | false | AVAILABLE | true  | NONE      | -1 | GROUP       | sales   | FOLLOW_UP_WITHOUT_CONTACT",
      "PRICE_INQUIRY | false | AVAILABLE | true  | NONE      | -1 | GROUP       | sales   | FOLLOW_UP_WITHOUT_CONTACT",
      // 2º passo "FAZER A VENDA!"; 3º passo: prices only, the commercial team persuades.
      "BUY           | false | AVAILABLE | false | NONE      | -1 | GROUP       | sales   | SELL_NOW",
      "PRICE_INQUIRY | false | AVAILABLE | false | NONE      | -1 | GROUP       | sales   | PRICE_PERSUASION",
      // Support goes to support, whatever the follow-ups.
      "SUPPORT       | true  | AVAILABLE | false | NONE      | -1 | GROUP       | support | SUPPORT_TEAM",
      "SUPPORT       | false | AVAILABLE | false | MANUAL    | 3  | GROUP       | support | SUPPORT_TEAM",
      // Item 5: a manual inactivation of up to 15 days goes to who inactivated (day 0 and day 15 included).
      "RECONTRACT    | false | AVAILABLE | false | MANUAL    | 0  | INACTIVATOR | sales   | RECENT_MANUAL_INACTIVATION",
      "RECONTRACT    | false | AVAILABLE | false | MANUAL    | 15 | INACTIVATOR | sales   | RECENT_MANUAL_INACTIVATION",
      "RECONTRACT    | false | VACATION  | false | MANUAL    | 10 | GROUP       | sales   | INACTIVATOR_AWAY",
      // After 15 days, an automatic inactivation (item 6) or none: anyone.
      "RECONTRACT    | false | AVAILABLE | false | MANUAL    | 16 | GROUP       | sales   | RECONTRACT_ANYONE",
      "RECONTRACT    | false | AVAILABLE | false | AUTOMATIC | 2  | GROUP       | sales   | RECONTRACT_ANYONE",
      "RECONTRACT    | false | AVAILABLE | false | NONE      | -1 | GROUP       | sales   | RECONTRACT_ANYONE"})
  void eachRowOfTheManual(String intent, boolean valid, String availability, boolean noContact, String kind, long days,
      String routeTo, String group, String rule) {
    DmnDecisionRuleResult result = TABLE.evaluate(Map.of("intent", intent, "hasValidSaleFollowUp", valid,
        "ownerAvailability", availability, "hasNoContactFollowUp", noContact, "inactivationKind", kind,
        "daysSinceInactivation", days)).getSingleResult();

    assertThat((String) result.getEntry("routeTo")).isEqualTo(routeTo);
    assertThat((String) result.getEntry("group")).isEqualTo(group);
    assertThat((String) result.getEntry("rule")).isEqualTo(rule);
    assertThat((String) result.getEntry("explanation")).isNotBlank();
  }
}
