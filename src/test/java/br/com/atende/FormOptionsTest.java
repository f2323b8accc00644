package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.common.Labelled;
import br.com.atende.duplicate.Keep;
import br.com.atende.followup.FollowUpProcess;
import br.com.atende.inbound.InboundContactProcess;
import br.com.atende.lead.Outcome;
import br.com.atende.proposal.CancelReason;
import br.com.atende.proposal.ProposalPhone;
import br.com.atende.proposal.Situation;
import br.com.atende.serviceevent.EventAction;
import br.com.atende.thirdparty.HolderDecision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every select and radio of every .form that lists its options in the form is one of the enums
 * that carry the labels, with the same codes and labels (a form may add a hint after the label, in
 * parentheses). Options the server sends (valuesKey, expressions) come from those enums already.
 */
class FormOptionsTest {

  /** form file → field key → the enum and which of its codes the field offers (null: all). */
  private static final Map<String, Map<String, Options>> DECLARED = Map.of(
      "bpmn/lead-attendance/attend-lead.form", Map.of(
          "outcome", new Options(Outcome.values(), null),
          "situation", new Options(Situation.values(),
              List.of("PENDING_AUDIT", "PENDING_OPERATOR", "CANCELLED_BY_OPERATOR"))),
      "bpmn/proposal/proposal.form", Map.of(
          "cancelReason", new Options(CancelReason.values(), null),
          "newPhoneType", new Options(ProposalPhone.Type.values(), null),
          // NOT_CALLED is the state before any call, not a result to choose.
          "dialResult", new Options(ProposalPhone.Status.values(), List.of("ANSWERED", "NO_ANSWER", "BUSY", "WRONG_NUMBER"))),
      "bpmn/service-event/confirm-appointment.form", Map.of(
          "eventAction", new Options(EventAction.values(), List.of("CONFIRM", "RESCHEDULE"))),
      "bpmn/follow-up/follow-up-client.form", Map.of(
          "followUpAction", new Options(FollowUpProcess.Action.values(), null)),
      "bpmn/follow-up/validate-follow-up.form", Map.of(
          "validationDecision", new Options(FollowUpProcess.Decision.values(), null)),
      "bpmn/duplicate-registration/treat-duplicate.form", Map.of(
          "keep", new Options(Keep.values(), null)),
      "bpmn/inbound-contact/inbound-contact.form", Map.of(
          "inboundOutcome", new Options(InboundContactProcess.Outcome.values(), null)),
      "bpmn/holder-validation/validate-with-holder.form", Map.of(
          "holderDecision", new Options(HolderDecision.values(), null)));

  record Options(Labelled[] values, List<String> offered) {}

  @Test
  void everyListedOptionIsItsEnumsCodeAndLabel() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).isNotEmpty();
    for (Path form : forms) {
      Map<String, JsonNode> listed = new LinkedHashMap<>();
      collect(new ObjectMapper().readTree(form.toFile()), listed);
      Map<String, Options> declared = DECLARED.getOrDefault(form.toString(), Map.of());
      assertThat(listed.keySet()).as(form + ": fields with options of their own, each mapped to its enum here")
          .containsExactlyInAnyOrderElementsOf(declared.keySet());
      listed.forEach((key, values) -> {
        Options options = declared.get(key);
        Map<String, String> labels = Labelled.of(options.values());
        List<String> codes = new ArrayList<>();
        for (JsonNode value : values) {
          String code = value.path("value").asText();
          codes.add(code);
          assertThat(labels).as(form + " " + key + ": " + code + " is a code of its enum").containsKey(code);
          String label = value.path("label").asText();
          assertThat(label.equals(labels.get(code)) || label.startsWith(labels.get(code) + " ("))
              .as(form + " " + key + ": label of " + code + " is \"" + labels.get(code) + "\", not \"" + label + "\"")
              .isTrue();
        }
        assertThat(codes).as(form + " " + key + " offers")
            .containsExactlyElementsOf(options.offered() == null ? List.copyOf(labels.keySet()) : options.offered());
      });
    }
  }

  private static void collect(JsonNode node, Map<String, JsonNode> listed) {
    for (JsonNode component : node.path("components")) {
      String type = component.path("type").asText();
      if (List.of("select", "radio", "checklist", "taglist").contains(type) && component.has("values")) {
        listed.put(component.path("key").asText(), component.path("values"));
      }
      collect(component, listed);
    }
  }
}
