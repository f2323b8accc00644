package br.com.atende.engine;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.proposal.ProposalProcess;
import br.com.atende.proposal.ProposalRepository;
import br.com.atende.proposal.ProposalForm;
import br.com.atende.proposal.Situation;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks of the trust-boundary review, each over real HTTP as its attacker would try it: a
 * completion that names another store's lead, another seller's proposal or a fake seller, a resolve
 * of a task never delegated, a BPMN error that would end a lead unrecorded, a store supervisor
 * reaching another store, and two maintenance clicks at once.
 */
@MariaDbIntegrationTest
class TrustBoundaryApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired LeadRepository leads;
  @Autowired ProposalRepository proposals;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  String centro;
  String norte;
  String centroCampaign;
  String norteCampaign;
  String bruno;
  String ana;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    centro = fixtures.store();
    norte = fixtures.store();
    centroCampaign = fixtures.campaign(List.of(centro), 3).getCode();
    norteCampaign = fixtures.campaign(List.of(norte), 3).getCode();
    bruno = fixtures.agent(centro);
    ana = fixtures.agent(centro, norte);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void aCompletionCannotNameAnotherLead() {
    JsonNode anas = pull(Api.as(port, ana), norte, norteCampaign);
    long anasLead = anas.path("leadId").asLong();
    String brunosTask = pull(Api.as(port, bruno), centro, centroCampaign).path("taskId").asText();

    Response attack = Api.as(port, bruno).completeTask(brunosTask, Map.of("leadId", anasLead, "outcome", "REFUSED",
        "reason", "PRICE", "observation", "x"));

    assertThat(attack.status()).isEqualTo(400);
    assertThat(attack.message()).isEqualTo("A tarefa \"Atender lead\" não aceita o campo leadId.");
    assertThat(leads.findById(anasLead).orElseThrow().getStatus()).isEqualTo(LeadStatus.IN_PROGRESS);
    assertThat(taskService.createTaskQuery().taskId(brunosTask).count()).isOne();
    assertThat(Api.as(port, bruno).get("/api/leads/" + anasLead).status()).isEqualTo(403);

    // Any variable the process keeps for itself is refused by name, on Tasklist's path too.
    Api tasklist = Api.withSession(port, bruno);
    assertThat(tasklist.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    Response viaTasklist = tasklist.webappPost("/camunda/api/engine/engine/default/task/" + brunosTask + "/submit-form",
        Map.of("variables", Map.of("outcome", Map.of("value", "NO_ANSWER"), "callbackAgent", Map.of("value", ana),
            "noAnswerCount", Map.of("value", 99))));
    assertThat(viaTasklist.status()).isEqualTo(400);
    assertThat(viaTasklist.message()).isEqualTo("A tarefa \"Atender lead\" não aceita os campos callbackAgent, noAnswerCount.");
    assertThat(Api.as(port, bruno).completeTask(brunosTask, Map.of("outcome", "NO_ANSWER", "reason", "BUSY"))
        .status()).isEqualTo(204);
  }

  @Test
  void aTextLongerThanItsColumnIsRefusedByNameAndTheTaskStaysOpen() {
    Api api = Api.as(port, bruno);
    JsonNode pulled = pull(api, centro, centroCampaign);
    String task = pulled.path("taskId").asText();

    Response observation = api.completeTask(task, Map.of("outcome", "REFUSED", "reason", "PRICE",
        "observation", "x".repeat(4001)));
    assertThat(observation.status()).isEqualTo(400);
    assertThat(observation.message()).isEqualTo("Observações: no máximo 4000 caracteres (foram 4001).");
    Response sale = api.completeTask(task, Map.of("outcome", "CONTRACTED", "saleDescription", "y".repeat(2001)));
    assertThat(sale.status()).isEqualTo(400);
    assertThat(sale.message()).startsWith("Descrição da venda: no máximo 2000 caracteres");
    Response conversation = api.completeTask(task, Map.of("outcome", "NO_ANSWER", "reason", "BUSY",
        "conversation", "z".repeat(4001)));
    assertThat(conversation.status()).isEqualTo(400);
    assertThat(conversation.message()).startsWith("Conversa: no máximo 4000 caracteres");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(api.completeTask(task, Map.of("outcome", "NO_ANSWER", "reason", "BUSY",
        "conversation", "z".repeat(4000))).status()).isEqualTo(204);
  }

  @Test
  void resolveNeedsADelegationAndNoBpmnErrorEndsALeadUnrecorded() {
    Api api = Api.as(port, bruno);
    JsonNode pulled = pull(api, centro, centroCampaign);
    String task = pulled.path("taskId").asText();

    Response resolve = api.post("/engine-rest/task/" + task + "/resolve",
        Map.of("variables", Map.of("outcome", Map.of("value", "CONTRACTED"))));
    assertThat(resolve.status()).isEqualTo(400);
    assertThat(resolve.message()).isEqualTo("A tarefa \"Atender lead\" não foi delegada: conclua-a em vez de resolvê-la.");
    Response error = api.post("/engine-rest/task/" + task + "/bpmnError", Map.of("errorCode", "X"));
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.message()).contains("não aceita erro");
    Response garbage = api.post("/engine-rest/task/" + task + "/complete", "{not json");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.message()).isEqualTo("Corpo da requisição não é um JSON válido.");

    // The assignee may work the task, not rewrite its variables.
    Response write = api.post("/engine-rest/task/" + task + "/variables",
        Map.of("modifications", Map.of("agent", Map.of("value", ana))));
    assertThat(write.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(leads.findById(pulled.path("leadId").asLong()).orElseThrow().getStatus())
        .isEqualTo(LeadStatus.IN_PROGRESS);
  }

  @Test
  void aProposalTaskReachesOnlyItsOwnProposalAndFourEyesReadsTheSellerFromTheRow() {
    String both = fixtures.user(fixtures.unique("agentauditor"), List.of(Roles.AGENTS, Roles.storeGroup(centro),
        Roles.AUDITORS));
    String auditor = fixtures.user(fixtures.unique("auditor"), List.of(Roles.AUDITORS));
    String brunosSale = sell(Api.as(port, bruno), "PENDING_OPERATOR");
    String anasSale = sell(Api.as(port, ana), "PENDING_OPERATOR");
    String mine = sell(Api.as(port, both), "PENDING_AUDIT");

    String anasPendency = onlyTask(anasSale, ProposalProcess.UserTask.ResolvePendency.id());
    Response rewrite = Api.as(port, ana).completeTask(anasPendency, Map.of("proposalCode", brunosSale,
        "situation", "PENDING_AUDIT", "clientName", "Outro Nome", "product", "Nada"));
    assertThat(rewrite.status()).isEqualTo(400);
    assertThat(rewrite.message()).isEqualTo("A tarefa \"Tratar pendência\" não aceita o campo proposalCode.");
    assertThat(proposals.findByCode(brunosSale).orElseThrow().getSituation()).isEqualTo(Situation.PENDING_OPERATOR);

    String audit = onlyTask(mine, ProposalProcess.UserTask.AuditProposal.id());
    Response fakeSeller = Api.as(port, both).completeTask(audit, Map.of("seller", "outra-pessoa",
        "situation", "CONFIRMED_IN_AUDIT"));
    assertThat(fakeSeller.status()).isEqualTo(400);
    assertThat(fakeSeller.message()).contains("seller");
    // Even a variable written by someone allowed to (here, the application) does not change who sold it.
    runtimeService.setVariable(taskService.createTaskQuery().taskId(audit).singleResult().getProcessInstanceId(),
        ProposalProcess.SELLER.name(), "outra-pessoa");
    Response own = Api.as(port, both).completeTask(audit, Map.of("situation", "CONFIRMED_IN_AUDIT"));
    assertThat(own.status()).isEqualTo(400);
    assertThat(own.message()).isEqualTo(ProposalForm.OWN_SALE_REFUSED);
    assertThat(Api.as(port, auditor).completeTask(audit, Map.of("situation", "CONFIRMED_IN_AUDIT")).status())
        .isEqualTo(204);
  }

  @Test
  void anAuditorCannotHandTheAuditToSomeoneOutsideTheTeam() {
    String auditor = fixtures.user(fixtures.unique("auditor"), List.of(Roles.AUDITORS));
    String code = sell(Api.as(port, ana), "PENDING_AUDIT");
    String audit = onlyTask(code, ProposalProcess.UserTask.AuditProposal.id());

    Response handOver = Api.as(port, auditor).post("/engine-rest/task/" + audit + "/claim", Map.of("userId", bruno));
    assertThat(handOver.status()).isEqualTo(403);
    assertThat(handOver.message()).isEqualTo(ProposalForm.NOT_AN_AUDITOR);
    // Tasklist's own engine API keeps the status (403, not 400) and the body.
    Api tasklist = Api.withSession(port, auditor);
    assertThat(tasklist.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    Response viaTasklist = tasklist.webappPost("/camunda/api/engine/engine/default/task/" + audit + "/claim",
        Map.of("userId", bruno));
    assertThat(viaTasklist.status()).isEqualTo(403);
    assertThat(viaTasklist.message()).isEqualTo(ProposalForm.NOT_AN_AUDITOR);
    assertThat(taskService.createTaskQuery().taskId(audit).singleResult().getAssignee()).isNull();
    assertThat(Api.as(port, auditor).post("/engine-rest/task/" + audit + "/claim", Map.of("userId", auditor)).status())
        .isEqualTo(204);
  }

  @Test
  void aSessionWriteFromAnotherOriginIsRefusedWhateverThePathSpelling() {
    Api browser = Api.signedIn(port, "admin");
    Map<String, String> evil = Map.of("Origin", "http://evil.example");
    assertThat(browser.post("/api/campaigns/" + centroCampaign + "/leads",
        Map.of("name", "Cliente CSRF", "phone", "(62) 3210-4090"), evil).status()).isEqualTo(403);
    assertThat(browser.post("/%61pi/campaigns/" + centroCampaign + "/leads",
        Map.of("name", "Cliente CSRF", "phone", "(62) 3210-4091"), evil).status()).isEqualTo(403);
  }

  @Test
  void twoMaintenanceClicksAtOnceOpenOneInstance() throws Exception {
    String keeper = fixtures.user(fixtures.unique("keeper"), List.of(Roles.MAINTENANCE));
    String code = sell(Api.as(port, bruno), "CANCELLED_BY_OPERATOR");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<Response>> clicks = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
      await(together);
      return Api.as(port, keeper).post("/api/proposals/" + code + "/maintenance", "");
    })).toList();
    List<Response> answers = clicks.stream().map(CompletableFuture::join).toList();

    assertThat(answers).extracting(Response::status).containsOnly(200);
    assertThat(answers.get(0).body().path("taskId").asText()).isEqualTo(answers.get(1).body().path("taskId").asText());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();
  }

  @Test
  void aMaintenanceMessageForNoProposalIsACleanRefusal() {
    Response response = Api.as(port, "admin").post("/engine-rest/message",
        Map.of("messageName", ProposalProcess.Message.ProposalMaintenance.id(), "businessKey", "2026-999999"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message()).startsWith("Nenhuma proposta com o código 2026-999999");
    assertThat(response.text()).doesNotContain("Exception", "ENGINE-", "java.");
  }

  @Test
  void aStoreSupervisorOverseesOnlyTheirStores() {
    String centroSupervisor = fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS, Roles.storeGroup(centro)));
    Api anaApi = Api.as(port, ana);
    JsonNode norteLead = pull(anaApi, norte, norteCampaign);
    JsonNode centroLead = pull(anaApi, centro, centroCampaign);
    for (JsonNode lead : List.of(norteLead, centroLead)) {
      assertThat(anaApi.completeTask(lead.path("taskId").asText(), Map.of("outcome", "SCHEDULED",
          "callbackAt", "2026-11-30T15:00")).status()).isEqualTo(204);
    }
    Api supervisor = Api.as(port, centroSupervisor);

    assertThat(supervisor.get("/api/leads/" + norteLead.path("leadId").asLong()).status()).isEqualTo(403);
    assertThat(supervisor.delete("/api/leads/" + norteLead.path("leadId").asLong() + "/callback").status())
        .isEqualTo(403);
    assertThat(leads.findById(norteLead.path("leadId").asLong()).orElseThrow().getStatus())
        .isEqualTo(LeadStatus.SCHEDULED);
    assertThat(supervisor.get("/api/leads/" + centroLead.path("leadId").asLong()).status()).isEqualTo(200);
    assertThat(supervisor.delete("/api/leads/" + centroLead.path("leadId").asLong() + "/callback").status())
        .isEqualTo(200);
    assertThat(supervisor.get("/api/reports/mailing?store=" + norte).status()).isEqualTo(403);
  }

  private JsonNode pull(Api api, String store, String campaign) {
    Response response = api.post("/api/attendances/next", Map.of("storeCode", store, "campaignCode", campaign));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  private String sell(Api agent, String situation) {
    JsonNode pulled = pull(agent, centro, centroCampaign);
    Response done = agent.completeTask(pulled.path("taskId").asText(),
        Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500 Mega", "situation", situation));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    return agent.get("/api/leads/" + pulled.path("leadId").asLong()).body().path("proposalCode").asText();
  }

  private String onlyTask(String code, String definitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(definitionKey)
        .singleResult().getId();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
