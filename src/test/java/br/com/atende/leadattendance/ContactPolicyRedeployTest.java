package br.com.atende.leadattendance;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.campaign.Campaign;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner changes the Anatel rule the way Camunda Modeler's deploy dialog does it (multipart
 * POST to /engine-rest/deployment/create, HTTP Basic) and the next attempts follow it, with no Java
 * change and no restart.
 */
@MariaDbIntegrationTest
class ContactPolicyRedeployTest {

  static final Path POLICY = Path.of("dmn", "contact-attempt-policy.dmn");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired TaskService taskService;
  @Autowired LeadRepository leads;
  @Autowired RepositoryService repositoryService;

  @AfterEach
  void restoreThePolicyAsShipped() throws Exception {
    Fixtures.resetClock();
    deploy("restorer", Files.readString(POLICY));
  }

  @Test
  void aRedeployedPolicyWithTwoAttemptsEndsTheLeadAtTheSecondNoAnswer() throws Exception {
    String owner = fixtures.user(fixtures.unique("owner"), List.of(Roles.PROCESS_OWNERS));
    String twoAttempts = Files.readString(POLICY).replace("<text>&lt; 3</text>", "<text>&lt; 2</text>");
    assertThat(twoAttempts).isNotEqualTo(Files.readString(POLICY));

    assertThat(deployAs(fixtures.agent(), twoAttempts)).isEqualTo(403);
    assertThat(deployAs(owner, twoAttempts)).isEqualTo(200);
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("contact-attempt-policy")
        .latestVersion().singleResult().getVersion()).isGreaterThan(1);

    Fixtures.setClock(MONDAY_10AM);
    String store = fixtures.store();
    Campaign campaign = fixtures.campaign(List.of(store), 1);
    AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
    Pulled first = attendance.pullNext(agent, store, campaign.getCode());
    taskService.complete(first.taskId(), Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    assertThat(leads.findById(first.leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.QUEUED);

    Pulled second = attendance.pullNext(agent, store, campaign.getCode());
    taskService.complete(second.taskId(), Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));

    assertThat(leads.findById(first.leadId()).orElseThrow().getStatus()).isEqualTo(LeadStatus.EXHAUSTED);
  }

  private void deploy(String ownerPrefix, String dmn) throws Exception {
    String owner = fixtures.user(fixtures.unique(ownerPrefix), List.of(Roles.PROCESS_OWNERS));
    assertThat(deployAs(owner, dmn)).isEqualTo(200);
  }

  /** What Camunda Modeler sends: deployment-name, deploy-changed-only and the file. */
  private int deployAs(String user, String dmn) throws IOException, InterruptedException {
    String boundary = "----modeler" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\npolicy\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"contact-attempt-policy.dmn\"; "
        + "filename=\"contact-attempt-policy.dmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + dmn
        + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
