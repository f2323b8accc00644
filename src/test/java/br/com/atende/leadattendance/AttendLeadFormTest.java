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
import java.util.Optional;
import java.time.LocalDateTime;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
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
    assertThat(keys).containsExactlyInAnyOrder("actionType", "outcome", "reason", "callbackAt", "callbackSlot",
        "saleDescription", "situation", "observation", "requiredObservation", "conversation", "inconsistentConfirmed");
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

  /** Seed 000: "o Vivo GO questionará se realmente deseja encerrar", for inconsistent attendances only. */
  @Test
  void anInconsistentAttendanceAsksToConfirmTheClientLeavesTheQueue() {
    JsonNode confirmation = component("inconsistentConfirmed");
    assertThat(confirmation.path("type").asText()).isEqualTo("checkbox");
    assertThat(confirmation.path("label").asText()).isEqualTo("Confirmo que o cliente não voltará para a fila");
    assertThat(confirmation.path("validate").path("required").asBoolean()).isTrue();
    assertThat(confirmation.path("conditional").path("hide").asText()).isEqualTo("=outcome != \"INCONSISTENT\"");
    assertThat(LeadAttendanceProcess.ACCEPTED_COMPLETION).contains("inconsistentConfirmed");
  }

  /**
   * form-js 16 takes "required" only as a boolean, so the form has two Observações: the required one
   * is shown exactly when the server refuses a completion without one, the optional one otherwise.
   * Their conditions evaluated here with the engine's FEEL for every outcome, reason and with or
   * without a return date.
   */
  @Test
  void theRequiredObservationIsShownExactlyWhenTheServerRequiresIt() {
    JsonNode required = component("requiredObservation");
    assertThat(required.path("validate").path("required").asBoolean()).isTrue();
    assertThat(component("observation").path("validate").path("required").asBoolean()).isFalse();
    assertThat(required.path("label").asText()).isEqualTo(component("observation").path("label").asText())
        .isEqualTo("Observações");
    assertThat(LeadAttendanceProcess.ACCEPTED_COMPLETION).contains("observation", "requiredObservation");
    FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    for (Outcome outcome : Outcome.values()) {
      List<String> reasons = new ArrayList<>(outcome.reasons().keySet());
      reasons.add(null);
      for (String reason : reasons) {
        for (String callbackAt : java.util.Arrays.asList(null, "", "2026-12-05T11:00")) {
          Optional<LocalDateTime> date = callbackAt == null || callbackAt.isEmpty() ? Optional.empty()
              : Optional.of(LocalDateTime.parse(callbackAt));
          boolean needed = new AttendanceCompletion(outcome, reason, null, date, null, null, null, null, null, null)
              .observationRequired();
          VariableContext context = Variables.createVariables().putValue("outcome", outcome.name()).putValue("reason", reason)
              .putValue("callbackAt", callbackAt).asVariableContext();
          assertThat(evaluate(feel, hide(required), context)).as(outcome + " " + reason + " " + callbackAt)
              .isEqualTo(!needed);
          assertThat(evaluate(feel, hide(component("observation")), context)).as(outcome + " " + reason + " " + callbackAt)
              .isEqualTo(needed);
        }
      }
    }
  }

  /** Seed 001: a return date also after "não houve contato", besides Agendado and WhatsApp enviado. */
  @Test
  void theReturnDateIsOfferedForNoContactScheduledAndWhatsapp() {
    FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    for (Outcome outcome : Outcome.values()) {
      VariableContext context = Variables.createVariables().putValue("outcome", outcome.name()).asVariableContext();
      assertThat(evaluate(feel, hide(component("callbackAt")), context)).as(outcome.name())
          .isEqualTo(!java.util.Set.of(Outcome.NO_ANSWER, Outcome.SCHEDULED, Outcome.WHATSAPP_SENT).contains(outcome));
    }
  }

  private static String hide(JsonNode component) {
    String hide = component.path("conditional").path("hide").asText();
    assertThat(hide).startsWith("=");
    return hide.substring(1);
  }

  private static boolean evaluate(FeelEngine feel, String expression, VariableContext context) {
    return Boolean.TRUE.equals(feel.evaluateSimpleExpression(expression, context));
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
