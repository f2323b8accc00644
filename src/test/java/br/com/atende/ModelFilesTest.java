package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What process owners edit in Modeler stays deployable and drawable: every BPMN element has its
 * shape or edge (Modeler and Cockpit need the diagram), and every process and decision has a
 * history time to live (7.24 refuses to deploy without one).
 */
class ModelFilesTest {

  static Stream<Path> bpmnFiles() throws IOException {
    return files("bpmn", ".bpmn");
  }

  static Stream<Path> dmnFiles() throws IOException {
    return files("dmn", ".dmn");
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyBpmnElementIsDrawnAndEveryProcessHasATimeToLive(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> drawn = Stream.concat(
            model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement),
            model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement))
        .map(BaseElement::getId)
        .collect(Collectors.toSet());
    List<String> elements = model.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId).toList();

    assertThat(elements).isNotEmpty();
    assertThat(drawn).as("elements of %s without a shape or edge", file).containsAll(elements);
    for (Process process : model.getModelElementsByType(Process.class)) {
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("dmnFiles")
  void everyDecisionHasATimeToLive(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
    }
  }

  private static Stream<Path> files(String folder, String ending) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      return walk.filter(path -> path.toString().endsWith(ending)).sorted().toList().stream();
    }
  }
}
