package br.com.atende.serviceevent;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.common.BusinessTime;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.FakeWhatsAppProvider;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seed 004 on /api over HTTP: the dealer's registers, the agenda, the client's actions and the webhook check. */
@MariaDbIntegrationTest
class ServiceEventApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  String agent;
  String teammate;
  String team;
  Api supervisor;
  String revision;
  String complaintType;

  @BeforeEach
  void setUp() {
    team = fixtures.unique("team");
    fixtures.group(team);
    agent = fixtures.user(fixtures.unique("agent"), List.of(Roles.AGENTS, team));
    teammate = fixtures.user(fixtures.unique("agent"), List.of(Roles.AGENTS, team));
    supervisor = Api.as(port, fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS)));
    String reason = fixtures.unique("SEMCONTATO");
    assertThat(supervisor.post("/api/loss-reasons", Map.of("code", reason, "name", "Sem contato", "department", "TODOS"))
        .status()).isEqualTo(201);
    revision = fixtures.unique("REV");
    assertThat(supervisor.post("/api/event-types", eventType(revision, "Revisão", EventType.AFTER_SALES_GROUP, true,
        List.of(reason), null, null)).status()).isEqualTo(201);
    complaintType = fixtures.unique("RECL");
    assertThat(supervisor.post("/api/event-types", eventType(complaintType, "Reclamação", "4 - Reclamações", false,
        List.of(), null, team)).status()).isEqualTo(201);
  }

  @Test
  void theRegistersAreForManagersAndCheckWhatTheyAreGiven() {
    Api agentApi = Api.as(port, agent);
    assertThat(agentApi.post("/api/clients", Map.of("name", "Ana", "phone", "(62) 98111-0000")).status()).isEqualTo(403);
    Response badPhone = supervisor.post("/api/clients", Map.of("name", "Ana", "phone", "123"));
    assertThat(badPhone.status()).isEqualTo(400);
    assertThat(badPhone.message()).isEqualTo("Telefone inválido: 123 (informe DDD e número).");
    Response badType = supervisor.post("/api/event-types", eventType(fixtures.unique("X"), "X", "1 - Pós Vendas", true,
        List.of("NAOEXISTE"), null, null));
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.message()).isEqualTo("Motivos de perda: motivo desconhecido: NAOEXISTE.");
    // Seed 004's groups are a fixed list: free text would silently never allow the Agenda.
    Response badGroup = supervisor.post("/api/event-types", eventType(fixtures.unique("X"), "X", "POS_VENDAS", true,
        List.of(), null, null));
    assertThat(badGroup.status()).isEqualTo(400);
    assertThat(badGroup.message()).isEqualTo("Grupo do tipo de evento inválido: \"POS_VENDAS\"; use um destes:"
        + " \"1 - Pós Vendas\", \"2 - Vendas\", \"3 - Relacionamento\", \"4 - Reclamações\".");
    Response noGroup = supervisor.post("/api/event-types", eventType(fixtures.unique("X"), "X", " ", true,
        List.of(), null, null));
    assertThat(noGroup.message()).startsWith("Informe o grupo do tipo de evento; use um destes: \"1 - Pós Vendas\"");
    String sales = fixtures.unique("VENDA");
    assertThat(supervisor.post("/api/event-types", eventType(sales, "Venda", " 2 - vendas ", false, List.of(), null,
        null)).status()).isEqualTo(201);

    assertThat(agentApi.get("/api/event-types").body().findValuesAsText("code")).contains(revision, complaintType);
    assertThat(find(agentApi.get("/api/event-types").body(), sales).path("group").asText()).isEqualTo("2 - Vendas");
    assertThat(agentApi.get("/api/loss-reasons").body().findValuesAsText("department")).contains("TODOS");

    long client = client("(62) 98111-0001", false);
    assertThat(supervisor.post("/api/clients/" + client + "/vehicles", Map.of("plate", "abc1d23", "model", "Corolla",
        "year", 2023)).status()).isEqualTo(201);
    Response created = supervisor.post("/api/service-events", Map.of("typeCode", revision, "clientId", client,
        "responsible", agent));
    assertThat(created.status()).isEqualTo(201);
    String code = created.body().path("code").asText();
    assertThat(code).matches("EV-\\d{6}");
    assertThat(instance(code)).isEqualTo(created.body().path("processInstanceId").asText());

    JsonNode agenda = agentApi.get("/api/service-events").body();
    JsonNode row = find(agenda, code);
    assertThat(row.path("statusLabel").asText()).isEqualTo("Pendente");
    assertThat(row.path("taskName").asText()).isEqualTo("Ficha de agendamento");
    assertThat(row.path("premium").asBoolean()).isTrue();
    assertThat(Api.as(port, teammate).get("/api/service-events").body().findValuesAsText("code")).doesNotContain(code);
    Response early = agentApi.post("/api/service-events/" + code + "/arrival", "");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.message()).isEqualTo("O evento " + code + " não tem agendamento em aberto (Pendente).");
  }

  @Test
  void theRegistersAreEditedByManagersOnlyNamingTheBadFieldAndDeactivatedRatherThanDeleted() {
    Api agentApi = Api.as(port, agent);
    String typePath = "/api/event-types/" + revision;
    Map<String, Object> renamed = new HashMap<>(eventType(revision, "Revisão de 20.000 km", "1 - Pós Vendas", true,
        List.of(), null, team));
    Response notAManager = agentApi.put(typePath, renamed);
    assertThat(notAManager.status()).isEqualTo(403);
    assertThat(notAManager.message()).isEqualTo("Só supervisores, BI e administradores mantêm os cadastros da agenda.");
    assertThat(supervisor.put(typePath, Map.of("name", " ", "group", "1 - Pós Vendas", "department", "SERVICOS"))
        .message()).isEqualTo("Nome: informe o nome.");
    assertThat(supervisor.put(typePath, Map.of("name", "X".repeat(161), "group", "1 - Pós Vendas",
        "department", "SERVICOS")).message()).isEqualTo("Nome: no máximo 160 caracteres (foram 161).");
    Map<String, Object> ghost = new HashMap<>(renamed);
    ghost.put("fixedResponsible", "ninguem-aqui");
    assertThat(supervisor.put(typePath, ghost).message()).isEqualTo("Responsável fixo: usuário \"ninguem-aqui\" não encontrado.");
    Response unknown = supervisor.put("/api/event-types/NAOEXISTE", renamed);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("Tipo de evento NAOEXISTE não encontrado.");
    assertThat(supervisor.put(typePath, renamed).status()).isEqualTo(204);
    JsonNode type = find(agentApi.get("/api/event-types").body(), revision);
    assertThat(type.path("name").asText()).isEqualTo("Revisão de 20.000 km");
    assertThat(type.path("team").asText()).isEqualTo(team);
    assertThat(type.path("active").asBoolean()).isTrue();

    // Loss reasons: edited, then deactivated; the row stays for the events that name it.
    String reason = fixtures.unique("MUDOU");
    supervisor.post("/api/loss-reasons", Map.of("code", reason, "name", "Mudou", "department", "TODOS"));
    assertThat(supervisor.put("/api/loss-reasons/" + reason, Map.of("name", "Mudou de cidade", "department", ""))
        .message()).isEqualTo("Departamento: informe o departamento (TODOS, SERVICOS, VENDAS...).");
    assertThat(agentApi.put("/api/loss-reasons/" + reason, Map.of("name", "X", "department", "TODOS")).status())
        .isEqualTo(403);
    assertThat(supervisor.put("/api/loss-reasons/" + reason, Map.of("name", "Mudou de cidade", "department", "servicos",
        "active", false)).status()).isEqualTo(204);
    JsonNode lossReason = find(agentApi.get("/api/loss-reasons").body(), reason);
    assertThat(lossReason.path("name").asText()).isEqualTo("Mudou de cidade");
    assertThat(lossReason.path("department").asText()).isEqualTo("SERVICOS");
    assertThat(lossReason.path("active").asBoolean()).isFalse();
    assertThat(supervisor.post("/api/loss-reasons", Map.of("code", "com espaço", "name", "X", "department", "TODOS"))
        .message()).isEqualTo("Código: use só letras sem acento, números, ponto, hífen ou sublinhado.");

    // Complaint reasons: the full list is the managers'; a deactivated one is no longer offered.
    String complaint = fixtures.unique("BARULHO");
    assertThat(supervisor.post("/api/complaint-reasons", Map.of("code", complaint, "name", "Barulho",
        "eventTypeCode", complaintType)).status()).isEqualTo(201);
    assertThat(agentApi.get("/api/complaint-reasons").body().findValuesAsText("code")).contains(complaint);
    assertThat(agentApi.get("/api/complaint-reasons?all=true").status()).isEqualTo(403);
    assertThat(supervisor.put("/api/complaint-reasons/" + complaint, Map.of("name", "Barulho", "eventTypeCode", "NADA"))
        .message()).isEqualTo("Tipo de evento: informe o tipo de evento da reclamação.");
    assertThat(supervisor.put("/api/complaint-reasons/" + complaint, Map.of("name", "Barulho na suspensão",
        "eventTypeCode", complaintType, "team", "time-que-nao-existe")).message())
        .isEqualTo("Time: grupo \"time-que-nao-existe\" não encontrado.");
    assertThat(supervisor.put("/api/complaint-reasons/" + complaint, Map.of("name", "Barulho na suspensão",
        "eventTypeCode", complaintType, "active", false)).status()).isEqualTo(204);
    assertThat(agentApi.get("/api/complaint-reasons").body().findValuesAsText("code")).doesNotContain(complaint);
    JsonNode all = find(supervisor.get("/api/complaint-reasons?all=true").body(), complaint);
    assertThat(all.path("name").asText()).isEqualTo("Barulho na suspensão");
    assertThat(all.path("active").asBoolean()).isFalse();
    long client = client(fixtures.uniquePhone(), false);
    Response closed = supervisor.post("/api/clients/" + client + "/complaints", Map.of("reasonCode", complaint,
        "description", "Barulho"));
    assertThat(closed.status()).isEqualTo(400);
    assertThat(closed.message()).isEqualTo("Informe um motivo de reclamação válido.");

    // The fleet: a vehicle is corrected by a manager; the plate and year are checked.
    long vehicle = supervisor.post("/api/clients/" + client + "/vehicles", Map.of("plate", "abc1d23", "model", "Corolla"))
        .body().path("id").asLong();
    String vehiclePath = "/api/clients/" + client + "/vehicles/" + vehicle;
    assertThat(supervisor.put(vehiclePath, Map.of("plate", "AB12", "model", "Corolla")).message())
        .isEqualTo("Placa: use o formato ABC1D23 ou ABC-1234.");
    assertThat(supervisor.put(vehiclePath, Map.of("plate", "ABC-1234", "model", "Corolla", "year", 1900)).message())
        .startsWith("Ano: informe um ano entre 1950 e ");
    assertThat(supervisor.put(vehiclePath, Map.of("plate", "ABC1D23", "model", " ")).message())
        .isEqualTo("Modelo: informe o modelo do veículo.");
    assertThat(agentApi.put(vehiclePath, Map.of("plate", "ABC1D23", "model", "Corolla")).status()).isEqualTo(403);
    long otherClient = client(fixtures.uniquePhone(), false);
    assertThat(supervisor.put("/api/clients/" + otherClient + "/vehicles/" + vehicle, Map.of("model", "Corolla"))
        .status()).isEqualTo(404);
    assertThat(supervisor.put(vehiclePath, Map.of("plate", "abc-1234", "model", "Corolla Cross XRE", "year", 2024))
        .status()).isEqualTo(204);
    JsonNode fleet = supervisor.get("/api/clients/" + client + "/vehicles").body();
    assertThat(fleet.get(0).path("plate").asText()).isEqualTo("ABC1234");
    assertThat(fleet.get(0).path("description").asText()).isEqualTo("Corolla Cross XRE 2024 · ABC1234");
    assertThat(agentApi.get("/api/clients/" + client + "/vehicles").status()).as("not the agent's client").isEqualTo(403);

    // A deactivated type opens no new event; its events keep it.
    Map<String, Object> off = new HashMap<>(renamed);
    off.put("active", false);
    assertThat(supervisor.put(typePath, off).status()).isEqualTo(204);
    Response refused = supervisor.post("/api/service-events", Map.of("typeCode", revision, "clientId", client));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("Tipo de evento " + revision + " está inativo: não abre novos eventos.");
  }

  @Test
  void theClientsFlagsReachTheirRunningEventsAndOnlyASupervisorEditsTheRecord() {
    long client = client("(62) 98111-0002", false);
    String code = event(client);
    Api agentApi = Api.as(port, agent);

    assertThat(agentApi.patch("/api/clients/" + client + "/flags", Map.of("noWhatsapp", true, "wantsNewCar", true))
        .status()).isEqualTo(204);
    JsonNode view = agentApi.get("/api/clients/" + client).body();
    assertThat(view.path("noWhatsapp").asBoolean()).isTrue();
    assertThat(view.path("wantsNewCar").asBoolean()).isTrue();
    // The opt-out holds for the running event: no completion may say otherwise.
    String task = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
    String appointment = BusinessTime.today().plusDays(3) + "T10:00";
    Response optIn = agentApi.completeTask(task, Map.of("eventAction", "SCHEDULE", "noWhatsapp", false,
        "appointmentAt", appointment));
    assertThat(optIn.status()).isEqualTo(400);
    assertThat(optIn.message()).isEqualTo("A tarefa \"Ficha de agendamento\" não aceita o campo noWhatsapp.");
    Response booked = agentApi.completeTask(task, Map.of("eventAction", "SCHEDULE", "appointmentAt", appointment));
    assertThat(booked.status()).as(booked.text()).isEqualTo(204);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance(code))
        .activityId("EndEvent_ScheduledSkipped").count()).isEqualTo(1);

    Map<String, Object> edit = Map.of("name", "Maria Souza", "phone", "(62) 98111-0003", "email", "maria@example.com");
    assertThat(agentApi.put("/api/clients/" + client, edit).status()).isEqualTo(403);
    assertThat(supervisor.put("/api/clients/" + client, edit).status()).isEqualTo(204);
    assertThat(agentApi.get("/api/clients/" + client).body().path("phone").asText()).isEqualTo("(62) 98111-0003");
  }

  @Test
  void aComplaintGoesToTheFixedResponsibleElseToTheLeastBusyOfTheTeamElseItIsRefused() {
    String fixedPerson = fixtures.unique("FIXO");
    String byTeam = fixtures.unique("TIME");
    String nobody = fixtures.unique("NINGUEM");
    String loneType = fixtures.unique("SOLTA");
    assertThat(supervisor.post("/api/event-types", eventType(loneType, "Reclamação avulsa", "4 - Reclamações", false,
        List.of(), null, null)).status()).isEqualTo(201);
    supervisor.post("/api/complaint-reasons", Map.of("code", fixedPerson, "name", "Atendimento", "eventTypeCode",
        complaintType, "fixedResponsible", teammate));
    supervisor.post("/api/complaint-reasons", Map.of("code", byTeam, "name", "Prazo", "eventTypeCode", complaintType));
    supervisor.post("/api/complaint-reasons", Map.of("code", nobody, "name", "Sem dono", "eventTypeCode", loneType));

    Api agentApi = Api.as(port, agent);
    List<String> offered = agentApi.get("/api/complaint-reasons").body().findValuesAsText("code");
    assertThat(offered).contains(fixedPerson, byTeam).doesNotContain(nobody);

    long client = client("(62) 98111-0004", false);
    event(client);  // agent now has one open event: the team's least busy is teammate
    Response toFixed = agentApi.post("/api/clients/" + client + "/complaints", Map.of("reasonCode", fixedPerson,
        "description", "Foi mal atendido na recepção"));
    assertThat(toFixed.status()).isEqualTo(201);
    assertThat(responsibleOf(toFixed)).isEqualTo(teammate);
    Response toTeam = agentApi.post("/api/clients/" + client + "/complaints", Map.of("reasonCode", byTeam,
        "description", "Carro atrasou dois dias"));
    assertThat(responsibleOf(toTeam)).isEqualTo(agent);
    Response refused = agentApi.post("/api/clients/" + client + "/complaints", Map.of("reasonCode", nobody,
        "description", "Qualquer coisa"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message()).isEqualTo("O motivo \"Sem dono\" não tem responsável fixo nem time: não é possível abrir a reclamação.");

    JsonNode view = agentApi.get("/api/clients/" + client).body();
    assertThat(view.path("complaints").asInt()).isEqualTo(2);
    assertThat(view.path("related").path("Reclamações").size()).isEqualTo(2);
    assertThat(view.path("related").path("Pós Vendas").size()).isEqualTo(1);
  }

  @Test
  void theWebhookAnswersOnlyTheProvidersVerificationAndRefusesWhatItCannotRead() {
    Api anonymous = Api.anonymous(port);
    Response ok = anonymous.get("/api/leadzap/webhook?hub.mode=subscribe&hub.verify_token="
        + FakeWhatsAppProvider.VERIFY_TOKEN + "&hub.challenge=1158201444");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.text()).isEqualTo("1158201444");
    assertThat(anonymous.get("/api/leadzap/webhook?hub.mode=subscribe&hub.verify_token=errado&hub.challenge=1")
        .status()).isEqualTo(403);
    assertThat(anonymous.get("/api/leadzap/webhook?hub.mode=subscribe&hub.challenge=1").status()).isEqualTo(403);

    for (String unreadable : List.of("não é JSON", "[1, 2]", "{\"entry\": [")) {
      Response refused = anonymous.post("/api/leadzap/webhook", unreadable,
          Map.of("X-Hub-Signature-256", FakeWhatsAppProvider.signature(unreadable)));
      assertThat(refused.status()).as(unreadable).isEqualTo(400);
      assertThat(refused.message()).isEqualTo("Corpo do webhook inválido: esperado o JSON de notificação do WhatsApp.");
    }
    assertThat(anonymous.post("/api/leadzap/webhook", "não é JSON").status()).as("unsigned").isEqualTo(401);
  }

  private String responsibleOf(Response created) {
    return supervisor.get("/api/service-events/" + created.body().path("code").asText()).body()
        .path("responsible").asText();
  }

  private String instance(String code) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
  }

  private long client(String phone, boolean noWhatsapp) {
    Response created = supervisor.post("/api/clients", Map.of("name", "Maria", "phone", phone, "noWhatsapp", noWhatsapp,
        "wantsNewCar", false));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().path("id").asLong();
  }

  private String event(long client) {
    return supervisor.post("/api/service-events", Map.of("typeCode", revision, "clientId", client, "responsible", agent))
        .body().path("code").asText();
  }

  private static Map<String, Object> eventType(String code, String name, String group, boolean premium,
      List<String> lossReasons, String fixedResponsible, String team) {
    Map<String, Object> type = new HashMap<>(Map.of("code", code, "name", name, "group", group, "premium", premium,
        "department", "SERVICOS", "lossReasons", lossReasons));
    if (fixedResponsible != null) {
      type.put("fixedResponsible", fixedResponsible);
    }
    if (team != null) {
      type.put("team", team);
    }
    return type;
  }

  private static JsonNode find(JsonNode rows, String code) {
    for (JsonNode row : rows) {
      if (row.path("code").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError(code + " not in the agenda");
  }
}
