package br.com.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.atende.common.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a deployment may contain: today's models pass, code hidden in a model does not. */
class ModelSafetyTest {

  static final ModelSafety SAFETY = new ModelSafety(false);

  static Stream<Path> shippedFiles() throws IOException {
    return Stream.of(Path.of("bpmn"), Path.of("dmn")).flatMap(folder -> {
      try {
        // What camunda.bpm.deployment-resource-pattern deploys (not, say, bpmn/.bpmnlintrc).
        return Files.walk(folder).filter(Files::isRegularFile)
            .filter(file -> file.toString().matches(".*\\.(bpmn|form|dmn)$")).toList().stream();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void everyShippedModelAndFormPasses(Path file) throws IOException {
    assertThatCode(() -> SAFETY.check(file.getFileName().toString(), Files.readAllBytes(file)))
        .doesNotThrowAnyException();
  }

  @Test
  void thereAreShippedModelsToCheck() throws IOException {
    assertThat(shippedFiles().filter(file -> file.toString().endsWith(".bpmn"))).hasSizeGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${identityService.createMembership('fabio','camunda-admin')}",
      "${execution.processEngineServices.identityService.createMembership('fabio','camunda-admin')}",
      "${execution}",
      "${task.assignee}",
      "#{variableScope}",
      "${processEngine}",
      "${kind['x']}",
      "${kind.class}",
      "${fn:exec('id')}",
      "${closeCampaignDelegate.execute(null)}",
      "${kind == '}' ? x : execution}",
      "${now().toString()}",
      "${unknownFunction()}"})
  void anExpressionThatDoesMoreThanReadIsRefused(String expression) {
    assertThatThrownBy(() -> SAFETY.check("attack.bpmn", bpmn("camunda:expression=\"" + expression.replace("'", "&apos;") + "\"")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("O arquivo attack.bpmn tem a expressão ")
        .hasMessageEndingWith("as expressões só podem ler variáveis e nomear os delegates da aplicação.");
  }

  @Test
  void aFormKeyOrAFakeImageIsRefused() {
    // Tasklist would load the HTML of an embedded form and run its script in the user's session.
    assertThatThrownBy(() -> SAFETY.check("evil.bpmn", bpmn("camunda:formKey=\"embedded:deployment:evil.png\"")))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("formKey");
    assertThatThrownBy(() -> SAFETY.check("evil.png",
        "<form><script cam-script>alert(1)</script></form>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("não é uma imagem");
    assertThatCode(() -> SAFETY.check("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${closeCampaignDelegate}", "${a == 'CALLBACK' || b != \"x}\"}", "${!noWhatsapp}",
      "${now()}", "${currentUser()}", "${situation == 'PENDING_AUDIT' and not empty x}", "${15 + 1.5e3}"})
  void anExpressionThatReadsIsAccepted(String expression) {
    assertThatCode(() -> SAFETY.check("ok.bpmn", bpmn("camunda:expression=\"" + expression.replace("\"", "&quot;") + "\"")))
        .doesNotThrowAnyException();
  }

  @Test
  void anExpressionHiddenInTextOrCharacterReferencesIsStillSeen() {
    byte[] model = ("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\">"
        + "<conditionExpression><![CDATA[&#36;{x}]]></conditionExpression>"
        + "<documentation>&#36;{identityService.deleteUser('admin')}</documentation></process></definitions>")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SAFETY.check("hidden.bpmn", model)).hasMessageContaining("chama deleteUser()");
  }

  @Test
  void scriptsAndJavaClassesAreRefusedUnlessEnabled() {
    String plain = new String(bpmn(""), StandardCharsets.UTF_8);
    byte[] withScript = plain
        .replace("</process>", "<scriptTask id=\"s\" scriptFormat=\"groovy\"><script>1</script></scriptTask></process>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] withListenerScript = plain
        .replace("</serviceTask>", "<extensionElements><camunda:executionListener event=\"start\">"
            + "<camunda:script scriptFormat=\"javascript\">java.lang.Runtime.getRuntime()</camunda:script>"
            + "</camunda:executionListener></extensionElements></serviceTask>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] javaClass = bpmn("camunda:class=\"com.example.Evil\"");
    for (byte[] model : new byte[][] {withScript, withListenerScript, javaClass}) {
      assertThatThrownBy(() -> SAFETY.check("code.bpmn", model)).isInstanceOf(UserFacingException.class)
          .hasMessageStartingWith("O arquivo code.bpmn ");
      assertThatCode(() -> new ModelSafety(true).check("code.bpmn", model)).doesNotThrowAnyException();
    }
  }

  @Test
  void aDecisionInAnotherLanguageThanFeelIsRefused() {
    String dmn = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\" "
        + "namespace=\"x\"><decision id=\"x\"><decisionTable><input><inputExpression expressionLanguage=\"%s\">"
        + "<text>a</text></inputExpression></input></decisionTable></decision></definitions>";
    assertThatThrownBy(() -> SAFETY.check("rule.dmn", dmn.formatted("javascript").getBytes(StandardCharsets.UTF_8)))
        .hasMessage("O arquivo rule.dmn usa a linguagem \"javascript\" em inputExpression; nos modelos só são "
            + "permitidas expressões (e FEEL nas decisões).");
    assertThatThrownBy(() -> SAFETY.check("rule.dmn", dmn.formatted("juel").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UserFacingException.class);
    assertThatCode(() -> SAFETY.check("rule.dmn", dmn.formatted("feel").getBytes(StandardCharsets.UTF_8)))
        .doesNotThrowAnyException();
  }

  @Test
  void aDoctypeOrAFileThatIsNotAModelIsRefused() {
    byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SAFETY.check("xxe.bpmn", xxe)).hasMessage("O arquivo xxe.bpmn não pode ter DOCTYPE nem entidades.");
    assertThatThrownBy(() -> SAFETY.check("form.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("O arquivo form.html não é aceito numa implantação");
    assertThatThrownBy(() -> SAFETY.check("broken.bpmn", "<definitions".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("O arquivo broken.bpmn não é um XML válido.");
  }

  /** A one-task process whose service task carries the given attributes. */
  static byte[] bpmn(String serviceTaskAttributes) {
    return ("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"x\"><process id=\"p\">"
        + "<serviceTask id=\"t\" " + serviceTaskAttributes + "></serviceTask></process></definitions>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
