package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.CampaignProcess;
import br.com.atende.common.BpmnId;
import br.com.atende.duplicate.DuplicateRegistrationProcess;
import br.com.atende.common.ProcessContract;
import br.com.atende.followup.FollowUpProcess;
import br.com.atende.inbound.InboundContactProcess;
import br.com.atende.leadattendance.LeadAttendanceProcess;
import br.com.atende.proposal.ProposalProcess;
import br.com.atende.serviceevent.ServiceEventProcess;
import br.com.atende.thirdparty.HolderValidationProcess;
import br.com.atende.training.TrainingSessionProcess;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each process's contract class against its diagram and forms: every id of its UserTask, Element
 * and Message enums (and every TOPIC_) exists in the BPMN, its UserTask enum names every user task, and each task accepts exactly what its
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
        Arguments.of("bpmn/service-event/service-event.bpmn", ServiceEventProcess.class, new ServiceEventProcess.Contract()),
        Arguments.of("bpmn/campaign/campaign.bpmn", CampaignProcess.class, null),
        Arguments.of("bpmn/follow-up/follow-up.bpmn", FollowUpProcess.class, new FollowUpProcess.Contract()),
        Arguments.of("bpmn/duplicate-registration/duplicate-registration.bpmn", DuplicateRegistrationProcess.class,
            new DuplicateRegistrationProcess.Contract()),
        Arguments.of("bpmn/inbound-contact/inbound-contact.bpmn", InboundContactProcess.class,
            new InboundContactProcess.Contract()),
        Arguments.of("bpmn/training-session/training-session.bpmn", TrainingSessionProcess.class,
            new TrainingSessionProcess.Contract()),
        Arguments.of("bpmn/holder-validation/holder-validation.bpmn", HolderValidationProcess.class,
            new HolderValidationProcess.Contract()));
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
    Set<String> userTaskIds = model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId)
        .collect(Collectors.toSet());
    Map<String, Set<String>> inDiagram = Map.of("UserTask", userTaskIds, "Element", ids, "Message", messages);
    Set<String> enums = new HashSet<>();
    for (Class<?> nested : contract.getClasses()) {
      if (nested.isEnum() && BpmnId.class.isAssignableFrom(nested)) {
        assertThat(inDiagram).as(contract.getSimpleName() + "." + nested.getSimpleName() + " is a known kind")
            .containsKey(nested.getSimpleName());
        enums.add(nested.getSimpleName());
        for (Object constant : nested.getEnumConstants()) {
          assertThat(inDiagram.get(nested.getSimpleName()))
              .as(contract.getSimpleName() + "." + nested.getSimpleName() + "." + constant + " in " + file)
              .contains(((BpmnId) constant).id());
        }
      }
    }
    if (!userTaskIds.isEmpty()) {
      assertThat(enums).as(contract.getSimpleName() + " lists its user tasks").contains("UserTask");
      assertThat(Stream.of(contract.getClasses()).filter(c -> c.getSimpleName().equals("UserTask")).findFirst()
          .orElseThrow().getEnumConstants()).extracting(task -> ((BpmnId) task).id())
          .as(contract.getSimpleName() + ".UserTask names every user task").containsExactlyInAnyOrderElementsOf(userTaskIds);
    }
    Set<String> topics = model.getModelElementsByType(ServiceTask.class).stream().map(ServiceTask::getCamundaTopic)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    for (Field field : contract.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("TOPIC_")) {
        assertThat(topics).as(contract.getSimpleName() + "." + field.getName()).contains((String) field.get(null));
      }
    }
    // Names of elements and messages are enums now: a loose String constant would escape this test.
    assertThat(Stream.of(contract.getFields()).filter(f -> f.getType() == String.class).map(Field::getName))
        .as(contract.getSimpleName() + "'s String constants").noneMatch(name -> name.startsWith("TASK_") || name.startsWith("MESSAGE_"));

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
