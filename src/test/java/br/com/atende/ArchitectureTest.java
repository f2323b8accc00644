package br.com.atende;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape a newcomer relies on: one folder per feature, no cycles between them, the shared
 * layers (common, security, engine, refusal) knowing no feature, and controllers that leave the
 * engine to services and adapters.
 */
@AnalyzeClasses(packages = "br.com.atende", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] FEATURES = atende("campaign", "lead", "mailing", "leadattendance", "proposal",
      "report", "client", "serviceevent", "labels", "demo");

  @ArchTest
  static final ArchRule noCyclesBetweenFeatures = slices().matching("br.com.atende.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule commonKnowsNothingElse = noClasses().that().resideInAPackage("br.com.atende.common..")
      .should().dependOnClassesThat().resideInAnyPackage(append(FEATURES, atende("security", "engine", "refusal")));

  /** Security answers its own refusals (a cross-origin write) in the one refusal body, so it may use refusal. */
  @ArchTest
  static final ArchRule securityKnowsNoFeature = noClasses().that().resideInAPackage("br.com.atende.security..")
      .should().dependOnClassesThat().resideInAnyPackage(append(FEATURES, atende("engine")));

  @ArchTest
  static final ArchRule refusalKnowsNoOtherLayer = noClasses().that().resideInAPackage("br.com.atende.refusal..")
      .should().dependOnClassesThat().resideInAnyPackage(atende("security", "engine"));

  @ArchTest
  static final ArchRule engineAndRefusalKnowNoFeature = noClasses()
      .that().resideInAnyPackage("br.com.atende.engine..", "br.com.atende.refusal..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

  @ArchTest
  static final ArchRule controllersLeaveTheEngineToServices = noClasses()
      .that().areAnnotatedWith(RestController.class)
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine", "org.camunda.bpm.engine.task",
          "org.camunda.bpm.engine.runtime", "org.camunda.bpm.engine.identity");

  private static String[] atende(String... packages) {
    return java.util.Arrays.stream(packages).map(name -> "br.com.atende." + name + "..").toArray(String[]::new);
  }

  private static String[] append(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
