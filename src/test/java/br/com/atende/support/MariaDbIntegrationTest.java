package br.com.atende.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The application as in production (profile "mysql") on the test MariaDB, with a real HTTP port.
 * The job executor is off: tests move the engine clock and run due jobs themselves. All classes
 * share this one Spring context, and the process coverage report is written per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    // Tests run the LeadZap worker themselves (LeadZapWorker.runOnce), against their own HTTP server.
    "atende.leadzap.worker-enabled=false",
    // Tests release held leads themselves (HeldLeadsRelease.releaseDue) after moving the clock.
    "atende.contact-policy.release-enabled=false",
    "camunda.bpm.admin-user.password=admin"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface MariaDbIntegrationTest {}
