package br.com.atende.leadattendance;

import br.com.atende.lead.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.proposal.Situation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * bpmn/lead-attendance/attend-lead.form offers the outcomes and reasons the server accepts, with
 * the contract's variable names, so a process owner editing one side is told about the other.
 */
class AttendLeadFormTest {

  static JsonNode form;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = AttendLeadFormTest.class.getResourceAsStream("/bpmn/lead-attendance/attend-lead.form")) {
      form = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void theFormIsTheContractsFormWithItsCompletionVariables() {
    assertThat(form.path("id").asText()).isEqualTo("attend-lead");
    List<String> keys = form.path("components").findValuesAsText("key");
    assertThat(keys).containsExactlyInAnyOrder("actionType", "outcome", "reason", "callbackAt", "saleDescription",
        "situation", "observation", "conversation");
    JsonNode callbackAt = component("callbackAt");
    assertThat(callbackAt.path("timeSerializingFormat").asText()).isEqualTo("no_timezone");
  }

  @Test
  void theOutcomesAreTheSixTheServerAcceptsWithItsLabels() {
    assertThat(options("outcome")).containsExactlyElementsOf(java.util.Arrays.stream(Outcome.values())
        .map(outcome -> Map.entry(outcome.name(), outcome.label())).toList());
  }

  @Test
  void aSaleOffersTheThreeSituationsOfTheManualDefaultingToAudit() {
    assertThat(options("situation")).containsExactly(
        Map.entry("PENDING_AUDIT", Situation.PENDING_AUDIT.label()),
        Map.entry("PENDING_OPERATOR", Situation.PENDING_OPERATOR.label()),
        Map.entry("CANCELLED_BY_OPERATOR", Situation.CANCELLED_BY_OPERATOR.label()));
    assertThat(component("situation").path("defaultValue").asText()).isEqualTo("PENDING_AUDIT");
  }

  private static List<Map.Entry<String, String>> options(String key) {
    List<Map.Entry<String, String>> options = new ArrayList<>();
    component(key).path("values").forEach(v -> options.add(Map.entry(v.path("value").asText(), v.path("label").asText())));
    return options;
  }

  @Test
  void eachOutcomeOffersExactlyItsReasons() {
    String expression = component("reason").path("valuesExpression").asText();
    for (Outcome outcome : Outcome.values()) {
      Map<String, String> offered = new LinkedHashMap<>();
      Matcher branch = Pattern.compile("outcome = \"" + outcome.name() + "\" then \\[(.*?)]").matcher(expression);
      if (branch.find()) {
        Matcher option = Pattern.compile("label: \"([^\"]+)\", value: \"([A-Z_]+)\"").matcher(branch.group(1));
        while (option.find()) {
          offered.put(option.group(2), option.group(1));
        }
      }
      assertThat(new ArrayList<>(offered.entrySet())).as(outcome.name())
          .containsExactlyElementsOf(outcome.reasons().entrySet());
    }
  }

  private static JsonNode component(String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }
}
