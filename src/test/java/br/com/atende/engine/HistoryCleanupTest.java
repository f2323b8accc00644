package br.com.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.support.MariaDbIntegrationTest;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History does not grow forever: the cleanup job is scheduled in the nightly window. */
@MariaDbIntegrationTest
class HistoryCleanupTest {

  @Autowired HistoryService historyService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void theCleanupJobIsScheduledBetweenOneAndFiveAtNight() {
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    // What grows with each run of the cleanup or each task, outside a process instance's history.
    assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
    assertThat(configuration.isHistoryCleanupMetricsEnabled()).isFalse();
    assertThat(configuration.getTaskMetricsTimeToLive()).isEqualTo("P180D");

    List<Job> jobs = historyService.findHistoryCleanupJobs();

    assertThat(jobs).isNotEmpty();
    for (Job job : jobs) {
      int hour = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getHour();
      assertThat(hour).as("due %s", job.getDuedate()).isBetween(1, 4);
    }
  }
}
