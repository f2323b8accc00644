package br.com.atende.leadattendance;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Several agents pulling from one campaign at once, over HTTP on MariaDB: nobody gets a lead twice. */
@MariaDbIntegrationTest
class LeadQueueConcurrencyTest {

  static final int AGENTS = 8;
  static final int LEADS = 240;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void concurrentPullsNeverServeTheSameLeadTwiceAndServeThemAll() throws Exception {
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), LEADS);
    List<Callable<List<Long>>> agents = new ArrayList<>();
    for (int i = 0; i < AGENTS; i++) {
      Api agent = Api.as(port, fixtures.agent(store));
      agents.add(() -> {
        List<Long> mine = new ArrayList<>();
        while (true) {
          Response response = agent.post("/api/attendances/next",
              java.util.Map.of("storeCode", store, "campaignCode", campaign.getCode()));
          if (response.status() == 404) {
            return mine;
          }
          assertThat(response.status()).as(response.text()).isEqualTo(200);
          mine.add(response.body().path("leadId").asLong());
        }
      });
    }

    ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
    List<Long> served = new ArrayList<>();
    List<Integer> perAgent = new ArrayList<>();
    try {
      for (Future<List<Long>> result : pool.invokeAll(agents)) {
        served.addAll(result.get());
        perAgent.add(result.get().size());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(served).hasSize(LEADS).doesNotHaveDuplicates();
    // Every agent got work: they really pulled side by side, not one after the other.
    assertThat(perAgent).allSatisfy(count -> assertThat(count).isPositive());
  }
}
