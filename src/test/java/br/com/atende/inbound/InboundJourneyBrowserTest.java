package br.com.atende.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.BrowserJourney;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14's journey in Chromium: a client's WhatsApp message goes to the follow-up owner, times out
 * to the team, a colleague sends a quote (the PDF opens), the client recontracts after a year-old
 * debt and the discount is refused. Clock: Monday 30/11/2026 10:00, moved past the owner's time.
 */
@MariaDbIntegrationTest
class InboundJourneyBrowserTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    Fixtures.resetClock();
  }

  @Test
  void aWhatsAppMessageTimesOutToTheTeamWhichQuotesAndRefusesTheDiscountOnTheRecontract() throws Exception {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    String owner = fixtures.user(fixtures.unique("helena"), List.of(Roles.SALES));
    String colleague = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    String receptionist = fixtures.user(fixtures.unique("julia"), List.of(Roles.CENTRAL));
    Api ownerApi = Api.as(port, owner);
    String name = "Oliveira " + fixtures.unique("Advogados");
    long client = ownerApi.post("/api/clients", Map.of("name", name, "phone", fixtures.uniquePhone()))
        .body().path("id").asLong();
    assertThat(ownerApi.post("/api/clients/" + client + "/follow-ups", Map.of("type", "SALE_WITH_CONTACT",
        "product", "Intimação eletrônica", "budgetSent", true, "observation", "Orçamento conversado por telefone."))
        .status()).isEqualTo(201);
    assertThat(ownerApi.post("/api/clients/" + client + "/invoices", Map.of("number", fixtures.unique("B"),
        "dueOn", "2025-06-10", "amount", "350,00")).status()).isEqualTo(201);
    assertThat(ownerApi.post("/api/clients/" + client + "/inactivation", Map.of("kind", "AUTOMATIC",
        "reason", "Inadimplência")).status()).isEqualTo(201);
    Map<String, String> environment = Map.of("RECEPTIONIST", receptionist, "OWNER", owner, "COLLEAGUE", colleague,
        "CLIENT_ID", String.valueOf(client), "CLIENT_NAME", name);

    BrowserJourney.run("inbound-contact-journey.mjs", port, environment);

    // The owner does not take it: past the BPMN's response time, the timer hands it to sales.
    String contact = jdbc.queryForObject("select code from inbound_contacts where client_id = ?", String.class, client);
    String instance = jdbc.queryForObject("select process_instance_id from inbound_contacts where code = ?",
        String.class, contact);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee()).isEqualTo(owner);
    Fixtures.setClock(Fixtures.MONDAY_10AM.plusMinutes(16));
    managementService.createJobQuery().processInstanceId(instance).timers().list().stream().map(Job::getId)
        .forEach(managementService::executeJob);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup(Roles.SALES).count())
        .isOne();

    Map<String, String> afterTimeout = new HashMap<>(environment);
    afterTimeout.put("FIRST_CONTACT", contact);
    BrowserJourney.run("inbound-recontract-journey.mjs", port, afterTimeout);

    assertThat(jdbc.queryForList("select outcome from inbound_contacts where client_id = ? order by id", String.class,
        client)).containsExactly("QUOTE_SENT", "SOLD");
    assertThat(jdbc.queryForObject("select status from invoices where client_id = ?", String.class, client))
        .isEqualTo("WAIVED");
    assertThat(jdbc.queryForMap("select sold_by, description from sales where client_id = ?", client))
        .containsEntry("sold_by", colleague);
    assertThat(jdbc.queryForObject("select count(*) from quotes where client_id = ?", Integer.class, client)).isOne();
  }
}
