package br.com.atende.sale;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.security.Roles;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 002 in Chromium (src/test/browser/commercial-journey.mjs): interaction with a Bitrix link,
 * a follow-up opened, renewed in Tasklist and closed by the sale, and the manager's commission view.
 */
@MariaDbIntegrationTest
class CommercialJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ClientRegistry registry;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSellerWorksAClientFromInteractionToSaleAndTheManagerSeesTheCommission() throws Exception {
    String seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    String manager = fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS));
    String support = fixtures.user(fixtures.unique("igor"), List.of(Roles.SUPPORT));
    String name = "Conceição " + fixtures.unique("Advocacia");
    Client client = registry.register(new NewClient(name, fixtures.uniquePhone(), null, null, false, false), "test");

    BrowserJourney.run("commercial-journey.mjs", port, Map.of("SELLER", seller, "MANAGER", manager, "SUPPORT", support,
        "CLIENT_ID", String.valueOf(client.getId()), "CLIENT_NAME", name));

    assertThat(jdbc.queryForObject("select status from follow_ups where client_id = ?", String.class, client.getId()))
        .isEqualTo("SOLD");
    assertThat(jdbc.queryForObject("select renewals from follow_ups where client_id = ?", Integer.class, client.getId()))
        .isOne();
    assertThat(jdbc.queryForMap("select sold_by, commission_to from sales where client_id = ?", client.getId()))
        .containsEntry("sold_by", seller).containsEntry("commission_to", "SELLER");
    assertThat(jdbc.queryForObject("select outcome from inbound_contacts where client_id = ?", String.class,
        client.getId())).isEqualTo("RESOLVED");
  }
}
