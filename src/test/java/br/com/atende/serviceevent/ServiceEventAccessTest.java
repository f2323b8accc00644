package br.com.atende.serviceevent;

import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may work a dealer event, over HTTP as its users meet it: the Ficha on /engine-rest and the
 * event's and client's actions on /api are the responsible's (or, for a team event, whoever of the
 * team claimed it) and the supervisors'; other agents and auditors are refused.
 */
@MariaDbIntegrationTest
class ServiceEventAccessTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired TaskService taskService;
  @Autowired ServiceEventService service;

  String team;
  String ana;
  String bruno;
  Api carla;
  Api diego;
  String revision;
  String birthday;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(MONDAY_10AM);
    team = fixtures.group(fixtures.unique("team"));
    ana = fixtures.user(fixtures.unique("ana"), List.of(Roles.AGENTS, team));
    bruno = fixtures.user(fixtures.unique("bruno"), List.of(Roles.AGENTS, team));
    carla = Api.as(port, fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS)));
    diego = Api.as(port, fixtures.user(fixtures.unique("diego"), List.of(Roles.AUDITORS)));
    String reason = fixtures.unique("SEMCONTATO");
    assertThat(carla.post("/api/loss-reasons", Map.of("code", reason, "name", "Sem contato", "department", "TODOS"))
        .status()).isEqualTo(201);
    revision = eventType(fixtures.unique("REV"), EventType.AFTER_SALES_GROUP, true, null);
    birthday = eventType(fixtures.unique("ANIV"), "3 - Relacionamento", false, team);
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void anotherAgentOrAnAuditorCannotWorkAnasEventAndASupervisorCan() {
    long client = client();
    String code = event(revision, client, ana);
    String task = task(code).getId();
    Api brunoApi = Api.as(port, bruno);

    assertThat(brunoApi.get("/engine-rest/task?processInstanceBusinessKey=" + code).body().size()).isZero();
    assertThat(brunoApi.get("/engine-rest/task/" + task).status()).isEqualTo(404);
    assertThat(brunoApi.get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(403);
    assertThat(brunoApi.post("/engine-rest/task/" + task + "/claim", Map.of("userId", bruno)).status()).isEqualTo(403);
    assertThat(brunoApi.completeTask(task, Map.of("eventAction", "LOST", "lossReason", "X")).status()).isEqualTo(403);
    assertThat(brunoApi.post("/engine-rest/task/" + task + "/resolve", Map.of()).status()).isEqualTo(403);
    assertThat(task(code).getAssignee()).isEqualTo(ana);

    String refusal = "Só o responsável pelo evento " + code + " ou um supervisor pode fazer isto.";
    String clientRefusal = "Só quem responde por um evento deste cliente ou um supervisor pode ver ou alterar o cliente.";
    for (Api outsider : List.of(brunoApi, diego)) {
      assertRefused(outsider.post("/api/service-events/" + code + "/arrival", ""), refusal);
      assertRefused(outsider.post("/api/service-events/" + code + "/dispatches/SCHEDULED/resend", ""), refusal);
      assertRefused(outsider.get("/api/service-events/" + code), refusal);
      assertRefused(outsider.patch("/api/clients/" + client + "/flags", Map.of("noWhatsapp", true)), clientRefusal);
      assertRefused(outsider.get("/api/clients/" + client), "Só quem atende este cliente (o responsável por um "
          + "evento dele, o comercial, o suporte ou a central) ou um supervisor pode ver o cliente.");
      assertRefused(outsider.post("/api/clients/" + client + "/complaints", Map.of("reasonCode", "X",
          "description", "Qualquer")), clientRefusal);
    }
    assertThat(service.noWhatsapp(service.client(client))).isFalse();

    Api anaApi = Api.as(port, ana);
    assertThat(anaApi.get("/api/clients/" + client).status()).isEqualTo(200);
    // Resolving a task that was never delegated would hand it back to nobody: not even its responsible may.
    assertRefused(anaApi.post("/engine-rest/task/" + task + "/resolve", Map.of()), 400,
        "A tarefa \"Ficha de agendamento\" não foi delegada: conclua-a em vez de resolvê-la.");
    assertThat(task(code).getAssignee()).isEqualTo(ana);

    assertThat(carla.get("/engine-rest/task/" + task).status()).isEqualTo(200);
    assertThat(carla.post("/api/service-events/" + code + "/arrival", "").status()).as("no appointment yet")
        .isEqualTo(409);
    assertThat(carla.patch("/api/clients/" + client + "/flags", Map.of("wantsNewCar", true)).status()).isEqualTo(204);
    Response booked = carla.completeTask(task, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"));
    assertThat(booked.status()).as(booked.text()).isEqualTo(204);
    assertThat(carla.post("/api/service-events/" + code + "/arrival", "").status()).isEqualTo(204);
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.ATTENDED);
  }

  @Test
  void aTeamEventIsClaimedByOneOfTheTeamAndThenOnlyThatOneWorksIt() {
    long client = client();
    String code = event(birthday, client, null);
    String task = task(code).getId();
    Api anaApi = Api.as(port, ana);
    Api brunoApi = Api.as(port, bruno);
    Api outsider = Api.as(port, fixtures.agent(fixtures.store()));

    assertThat(outsider.get("/engine-rest/task?processInstanceBusinessKey=" + code).body().size()).isZero();
    assertThat(outsider.post("/engine-rest/task/" + task + "/claim", Map.of("userId", fixtures.unique("x")))
        .status()).isEqualTo(403);
    assertThat(anaApi.get("/engine-rest/task?processInstanceBusinessKey=" + code).body().size()).isEqualTo(1);
    assertRefused(brunoApi.completeTask(task, Map.of("eventAction", "SUCCESS")), 400,
        "Assuma esta tarefa antes de concluí-la: ela é do time " + team + " e fica com quem a assumir.");
    assertRefused(anaApi.post("/engine-rest/task/" + task + "/claim", Map.of("userId", bruno)),
        "Cada um assume a tarefa para si: não é possível passá-la a outra pessoa nem devolvê-la ao time.");

    assertThat(brunoApi.post("/engine-rest/task/" + task + "/claim", Map.of("userId", bruno)).status()).isEqualTo(204);

    assertThat(service.event(code).getResponsible()).isEqualTo(bruno);
    assertThat(anaApi.get("/engine-rest/task?processInstanceBusinessKey=" + code).body().size()).isZero();
    assertThat(anaApi.completeTask(task, Map.of("eventAction", "SUCCESS")).status()).isEqualTo(403);
    assertRefused(anaApi.get("/api/service-events/" + code),
        "Só o responsável pelo evento " + code + " ou um supervisor pode fazer isto.");
    assertThat(brunoApi.completeTask(task, Map.of("eventAction", "SUCCESS", "observation", "Parabéns dados"))
        .status()).isEqualTo(204);
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.SUCCESS);
  }

  private static void assertRefused(Response response, String message) {
    assertRefused(response, 403, message);
  }

  private static void assertRefused(Response response, int status, String message) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.message()).isEqualTo(message);
  }

  private Task task(String code) {
    return taskService.createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ServiceEventProcess.UserTask.EventContact.id()).singleResult();
  }

  private String eventType(String code, String group, boolean premium, String teamOfType) {
    Map<String, Object> type = new HashMap<>(Map.of("code", code, "name", "Tipo " + code, "group", group,
        "premium", premium, "department", "SERVICOS", "lossReasons", List.of()));
    if (teamOfType != null) {
      type.put("team", teamOfType);
    }
    assertThat(carla.post("/api/event-types", type).status()).isEqualTo(201);
    return code;
  }

  private long client() {
    int n = Integer.parseInt(fixtures.unique("").replaceAll("\\D", "")) % 10_000_000;
    Response created = carla.post("/api/clients", Map.of("name", "Maria Souza", "phone",
        String.format("(62) 98%07d", n), "noWhatsapp", false, "wantsNewCar", false));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().path("id").asLong();
  }

  private String event(String type, long client, String responsible) {
    Map<String, Object> event = new HashMap<>(Map.of("typeCode", type, "clientId", client));
    if (responsible != null) {
      event.put("responsible", responsible);
    }
    Response created = carla.post("/api/service-events", event);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().path("code").asText();
  }
}
