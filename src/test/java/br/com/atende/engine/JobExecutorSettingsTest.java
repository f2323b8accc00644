package br.com.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The job executor's settings in application.yml (issue 17: callback reminders due together). The
 * suite runs with the job executor off, so a misspelt key would silently leave Spring Boot's
 * defaults (3 jobs per acquisition, an idle node polling every 60 s): every key must bind.
 */
class JobExecutorSettingsTest {

  @Test
  void everyKeyBindsAndAnIdleNodePollsAtLeastEveryFiveSeconds() throws Exception {
    List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application",
        new ClassPathResource("application.yml"));
    Binder binder = new Binder(ConfigurationPropertySources.from(yaml.get(0)));

    JobExecutionProperty jobs = binder.bind("camunda.bpm.job-execution", Bindable.of(JobExecutionProperty.class),
        new NoUnboundElementsBindHandler(BindHandler.DEFAULT)).get();

    assertThat(jobs.getMaxWait()).isLessThanOrEqualTo(5000L);
    assertThat(jobs.getMaxJobsPerAcquisition()).isGreaterThan(3);
    assertThat(jobs.getBackoffTimeInMillis()).isPositive();
  }
}
