package br.com.atende;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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

  /** The shared layers; every other package under br.com.atende is a feature, a new one included. */
  private static final String COMMON = "br.com.atende.common..";
  private static final String SECURITY = "br.com.atende.security..";
  private static final String ENGINE = "br.com.atende.engine..";
  private static final String REFUSAL = "br.com.atende.refusal..";

  @ArchTest
  static final ArchRule noCyclesBetweenFeatures = slices().matching("br.com.atende.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule commonKnowsNothingElse = noClasses().that().resideInAPackage(COMMON)
      .should().dependOnClassesThat(outside(COMMON));

  /** Security answers its own refusals (a cross-origin write) in the one refusal body, so it may use refusal. */
  @ArchTest
  static final ArchRule securityKnowsNoFeature = noClasses().that().resideInAPackage(SECURITY)
      .should().dependOnClassesThat(outside(COMMON, SECURITY, REFUSAL));

  @ArchTest
  static final ArchRule refusalKnowsNoOtherLayer = noClasses().that().resideInAPackage(REFUSAL)
      .should().dependOnClassesThat(outside(COMMON, REFUSAL));

  @ArchTest
  static final ArchRule engineKnowsNoFeature = noClasses().that().resideInAPackage(ENGINE)
      .should().dependOnClassesThat(outside(COMMON, SECURITY, ENGINE, REFUSAL));

  /** Controllers map HTTP to a service: queries and the rules of who may read what live there. */
  @ArchTest
  static final ArchRule controllersLeaveTheDataToServices = noClasses().that().areAnnotatedWith(RestController.class)
      .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
      .orShould().dependOnClassesThat().areAssignableTo(org.springframework.jdbc.core.JdbcTemplate.class);

  @ArchTest
  static final ArchRule controllersLeaveTheEngineToServices = noClasses()
      .that().areAnnotatedWith(RestController.class)
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine", "org.camunda.bpm.engine.task",
          "org.camunda.bpm.engine.runtime", "org.camunda.bpm.engine.identity");

  /** Atende's classes outside the given packages (the application class itself aside). */
  private static DescribedPredicate<JavaClass> outside(String... packages) {
    return JavaClass.Predicates.resideInAPackage("br.com.atende..")
        .and(JavaClass.Predicates.resideOutsideOfPackages(packages))
        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("AtendeApplication")))
        .as("are Atende classes outside " + String.join(", ", packages));
  }
}
