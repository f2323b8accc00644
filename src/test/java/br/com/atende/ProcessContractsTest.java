package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.CampaignProcess;
import br.com.atende.duplicate.DuplicateRegistrationProcess;
import br.com.atende.common.ProcessContract;
import br.com.atende.followup.FollowUpProcess;
import br.com.atende.leadattendance.LeadAttendanceProcess;
import br.com.atende.proposal.ProposalProcess;
import br.com.atende.serviceevent.ServiceEventContract;
import br.com.atende.serviceevent.ServiceEventProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each process's contract class against its diagram and forms: every task id and message name the
 * code uses exists in the BPMN, every user task is declared, and each task accepts exactly what its
 * form submits (one field more in the form and Tasklist's submit would be refused; one more in the
 * contract and the trust boundary lets through a variable no form asks for).
 */
class ProcessContractsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> contracts() {
    return Stream.of(
        Arguments.of("bpmn/lead-attendance/lead-attendance.bpmn", LeadAttendanceProcess.class,
            new LeadAttendanceProcess.Contract()),
        Arguments.of("bpmn/proposal/proposal.bpmn", ProposalProcess.class, new ProposalProcess.Contract()),
        Arguments.of("bpmn/service-event/service-event.bpmn", ServiceEventProcess.class, new ServiceEventContract()),
        Arguments.of("bpmn/campaign/campaign.bpmn", CampaignProcess.class, null),
        Arguments.of("bpmn/follow-up/follow-up.bpmn", FollowUpProcess.class, new FollowUpProcess.Contract()),
        Arguments.of("bpmn/duplicate-registration/duplicate-registration.bpmn", DuplicateRegistrationProcess.class,
            new DuplicateRegistrationProcess.Contract()));
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void theContractNamesWhatTheDiagramHas(String file, Class<?> contract, ProcessContract accepted) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(file).toFile());
    Set<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
        .collect(Collectors.toSet());
    Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName)
        .collect(Collectors.toSet());

    assertThat(ids).as(file + " process id").contains((String) contract.getField("KEY").get(null));
    for (Field field : contract.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String value = (String) field.get(null);
        if (field.getName().startsWith("TASK_")) {
          assertThat(ids).as(contract.getSimpleName() + "." + field.getName()).contains(value);
        } else if (field.getName().startsWith("MESSAGE_")) {
          assertThat(messages).as(contract.getSimpleName() + "." + field.getName()).contains(value);
        }
      }
    }

    List<UserTask> userTasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    Map<String, Set<String>> declared = accepted == null ? Map.of() : accepted.completionVariables();
    assertThat(declared.keySet()).as("user tasks with a declared completion")
        .containsExactlyInAnyOrderElementsOf(userTasks.stream().map(UserTask::getId).toList());
    for (UserTask task : userTasks) {
      assertThat(declared.get(task.getId())).as(task.getId() + " accepts what its form submits")
          .containsExactlyInAnyOrderElementsOf(formInputs(Path.of(file).getParent(), task.getCamundaFormRef()));
    }
  }

  /** The keys of a form's input fields (text, tables and other display components submit nothing). */
  private static Set<String> formInputs(Path folder, String formId) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode root = JSON.readTree(form.toFile());
        if (formId.equals(root.path("id").asText())) {
          Set<String> keys = new HashSet<>();
          collect(root, keys);
          return keys;
        }
      }
    }
    throw new AssertionError("No form " + formId + " in " + folder);
  }

  private static void collect(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component, keys);
    }
  }
}
