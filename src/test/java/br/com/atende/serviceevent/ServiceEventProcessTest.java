package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import br.com.atende.serviceevent.leadzap.LeadZapDispatchRepository;
import br.com.atende.serviceevent.leadzap.LeadZapWorker;
import static br.com.atende.serviceevent.ServiceEventProcess.Element.*;
import static br.com.atende.serviceevent.ServiceEventProcess.UserTask.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.serviceevent.ServiceEventService.NewEventType;
import br.com.atende.serviceevent.ServiceEventService.NewLossReason;
import br.com.atende.serviceevent.ServiceEventService.NewServiceEvent;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutSource;
import br.com.atende.support.Api;
import br.com.atende.support.FakeWhatsAppProvider;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * bpmn/service-event/service-event.bpmn on MariaDB: every action of the Ficha, the Agenda rules and
 * loss reasons from the DMN, and the LeadZap dispatches sent by the worker to a real HTTP server.
 */
@MariaDbIntegrationTest
class ServiceEventProcessTest {

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ServiceEventService service;
  @Autowired ClientRegistry clientRegistry;
  @Autowired LeadZapWorker worker;
  @Autowired LeadZapDispatchRepository dispatches;
  @Autowired Fixtures fixtures;
  @Autowired OptOutLedger optOuts;

  final FakeWhatsAppProvider provider = FakeWhatsAppProvider.instance();
  String agent;
  String supervisor;
  String revision;
  String birthday;
  String plainRevision;
  String soldCar;
  String noContact;
  String otherShop;

  @BeforeEach
  void setUp() {
    provider.up();
    agent = fixtures.agent(fixtures.store());
    supervisor = fixtures.user(fixtures.unique("supervisor"), List.of(Roles.SUPERVISORS));
    soldCar = code("VENDEU");
    noContact = code("SEMCONTATO");
    otherShop = code("OUTRAOFICINA");
    String salesOnly = code("SOVENDAS");
    service.createLossReason(new NewLossReason(soldCar, "Vendeu o veículo", "VENDAS"));
    service.createLossReason(new NewLossReason(noContact, "Não conseguiu falar com o cliente", "TODOS"));
    service.createLossReason(new NewLossReason(otherShop, "Faz revisão em outra oficina", "SERVICOS"));
    service.createLossReason(new NewLossReason(salesOnly, "Comprou de outra marca", "VENDAS"));
    revision = service.createEventType(new NewEventType(code("REV"), "Revisão de 10.000 km", EventType.AFTER_SALES_GROUP,
        true, "SERVICOS", List.of(soldCar, otherShop), null, null)).getCode();
    plainRevision = service.createEventType(new NewEventType(code("LAV"), "Lavagem", EventType.AFTER_SALES_GROUP,
        false, "SERVICOS", List.of(), null, null)).getCode();
    birthday = service.createEventType(new NewEventType(code("ANIV"), "Aniversário do cliente", "3 - Relacionamento",
        false, "VENDAS", List.of(), null, null)).getCode();
  }

  @AfterEach
  void tearDown() {
    provider.up();
  }

  @Test
  void aPremiumRevisionIsBookedSentConfirmedByWhatsappAndAttended() {
    Client client = client(false);
    String code = event(revision, client);
    ProcessInstance pi = instance(code);
    assertThat(pi).isWaitingAt(EventContact.id()).task().isAssignedTo(agent);
    assertThat(pi).variables().containsEntry("agendaEnabled", true);
    assertThat(options(pi, "actionOptions")).contains("SCHEDULE", "LOST").doesNotContain("SUCCESS");
    // Crossed with the type: only those two, not the TODOS/SERVICOS fallback.
    assertThat(options(pi, "lossReasonOptions")).contains(soldCar, "OUTRAOFICINA").doesNotContain(noContact);

    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00", "technician", "Carlos"));

    assertThat(pi).isWaitingAt(DispatchScheduled.id(), ConfirmAppointment.id());
    ServiceEvent event = service.event(code);
    assertThat(event.getStatus()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(event.getTechnician()).isEqualTo("Carlos");
    assertThat(board(pi)).contains("🔴", "Aguardando envio");

    assertThat(worker.runOnce()).isEqualTo(1);
    List<FakeWhatsAppProvider.Sent> sent = provider.sentTo(client.getPhone());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).text()).startsWith("Olá, Maria! Seu agendamento de Revisão de 10.000 km está marcado para 03/12 às 10:00");
    assertThat(sent.get(0).authorization()).isEqualTo("Bearer " + FakeWhatsAppProvider.TOKEN);
    assertThat(pi).hasPassed(DispatchScheduled.id()).isWaitingAt(ConfirmAppointment.id());
    assertThat(board(pi)).contains("🟢", "Enviado em");

    // 24 h before (BPMN input confirmationLeadHours), LeadZap asks for the confirmation.
    Job reminder = job(pi, Timer_Confirmation.id());
    assertThat(reminder.getDuedate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-02T13:00:00Z")));
    managementService.executeJob(reminder.getId());
    worker.runOnce();
    FakeWhatsAppProvider.Sent confirmation = provider.sentTo(client.getPhone()).get(1);
    assertThat(confirmation.text()).contains("Responda SIM para confirmar");

    // Anyone may post to the webhook: unsigned, badly signed or from another number, a "yes" confirms nothing.
    String clientNumber = client.getPhone().replace("+", "");
    String yes = webhookReply(clientNumber, confirmation.messageId(), "Sim!");
    Api anonymous = Api.anonymous(port);
    assertThat(anonymous.post("/api/leadzap/webhook", yes).status()).isEqualTo(401);
    Api.Response forged = anonymous.post("/api/leadzap/webhook", yes, Map.of("X-Hub-Signature-256",
        FakeWhatsAppProvider.signature(yes.replace("Sim!", "Sim"))));
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.message()).isEqualTo("Assinatura do webhook ausente ou inválida.");
    String stranger = webhookReply("5562981234567", confirmation.messageId(), "Sim!");
    Api.Response notTheClient = signed(stranger);
    assertThat(notTheClient.status()).isEqualTo(200);
    assertThat(notTheClient.body().path("confirmed").asInt()).isZero();
    assertThat(pi).isWaitingAt(ConfirmAppointment.id());
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.SCHEDULED);

    Api.Response reply = signed(yes);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("confirmed").asInt()).isEqualTo(1);
    assertThat(pi).hasPassed(Event_ConfirmedByClient.id(), RecordConfirmation.id()).isWaitingAt(WaitArrival.id());
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.CONFIRMED);

    // The Ficha's Conversa: both dispatches and the client's reply, in order, kept once though posted twice;
    // the stranger's message is not the client's and is not kept.
    Api.Response again = signed(yes);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("confirmed").asInt()).isZero();
    Api.Response conversation = Api.as(port, agent).get("/api/clients/" + client.getId() + "/conversation");
    assertThat(conversation.status()).isEqualTo(200);
    assertThat(conversation.body().path("messages").findValuesAsText("direction")).containsExactly("OUT", "OUT", "IN");
    assertThat(conversation.body().path("messages").findValuesAsText("text")).last().isEqualTo("Sim!");
    assertThat(conversation.body().path("messages").get(1).path("kind").asText()).isEqualTo("Confirmação");
    assertThat(conversation.body().path("messages").get(1).path("eventCode").asText()).isEqualTo(code);
    assertThat(Api.as(port, fixtures.agent(fixtures.store())).get("/api/clients/" + client.getId() + "/conversation")
        .status()).isEqualTo(403);

    Api.Response arrival = Api.as(port, agent).post("/api/service-events/" + code + "/arrival", "");
    assertThat(arrival.status()).isEqualTo(204);
    assertThat(pi).hasPassed(RecordArrival.id(), EndEvent_Attended.id()).isEnded();
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.ATTENDED);
  }

  @Test
  void aMissedAppointmentTriggersNoShow() {
    Client client = client(false);
    String code = event(revision, client);
    ProcessInstance pi = instance(code);
    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-01T09:00"));
    worker.runOnce();
    completeConfirmation(agent, code, Map.of("eventAction", "CONFIRM", "observation", "Cliente lembrado por telefone"));
    assertThat(pi).isWaitingAt(WaitArrival.id());

    Job noShow = job(pi, Timer_NoShow.id());
    assertThat(noShow.getDuedate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-01T13:00:00Z")));
    managementService.executeJob(noShow.getId());
    assertThat(pi).isWaitingAt(DispatchNoShow.id());
    worker.runOnce();

    assertThat(pi).hasPassed(RecordNoShow.id(), DispatchNoShow.id()).isWaitingAt(WaitReschedule.id());
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.NO_SHOW);
    assertThat(provider.sentTo(client.getPhone())).extracting(FakeWhatsAppProvider.Sent::text)
        .anyMatch(text -> text.startsWith("Olá, Maria! Sentimos sua falta"));

    // Nobody rescheduled it in 30 days: it leaves the agenda.
    Job expiry = job(pi, Timer_RescheduleExpired.id());
    assertThat(expiry.getDuedate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-30T13:00:00Z")));
    managementService.executeJob(expiry.getId());
    assertThat(pi).hasPassed(CloseNoShow.id(), EndEvent_NoShow.id()).isEnded();
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.NOT_RESCHEDULED);
  }

  @Test
  void remarcarMovesAConfirmedAppointmentAndBooksAMissedOneAgain() {
    Client client = client(false);
    String code = event(revision, client);
    ProcessInstance pi = instance(code);
    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-01T09:00"));
    worker.runOnce();
    Api agentApi = Api.as(port, agent);
    String path = "/api/service-events/" + code + "/reschedule";
    // Before the confirmation the move is the confirmation task's own.
    assertThat(agentApi.post(path, "{\"appointmentAt\":\"2026-12-02T10:00\"}").message())
        .isEqualTo("Remarcar aqui é para agendamentos confirmados ou de quem não compareceu; o evento " + code
            + " está Agendado. Remarque na tarefa Confirmar agendamento.");
    completeConfirmation(agent, code, Map.of("eventAction", "CONFIRM"));
    assertThat(pi).isWaitingAt(WaitArrival.id());

    // Who may not work the event, and a bad time, change nothing.
    String otherAgent = fixtures.agent(fixtures.store());
    assertThat(Api.as(port, otherAgent).post(path, "{\"appointmentAt\":\"2026-12-02T10:00\"}").status()).isEqualTo(403);
    Api.Response past = agentApi.post(path, "{\"appointmentAt\":\"2026-11-29T10:00\"}");
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.message()).isEqualTo("O agendamento tem que ser no futuro.");
    assertThat(agentApi.post(path, "{}").message()).isEqualTo("Informe a data e a hora do agendamento.");
    // A garbled time names the appointment, not a lead's callback ("Data de retorno").
    Api.Response garbled = agentApi.post(path, "{\"appointmentAt\":\"2026-02-30T10:00\"}");
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.message()).isEqualTo("Data e hora do agendamento (appointmentAt) inválida: \"2026-02-30T10:00\". "
        + "Use o formato aaaa-mm-ddThh:mm.");
    assertThat(pi).isWaitingAt(WaitArrival.id());

    Api.Response moved = agentApi.post(path,
        "{\"appointmentAt\":\"2026-12-02T16:00\",\"technician\":\"Paulo\",\"observation\":\"Cliente viaja amanhã\"}");
    assertThat(moved.status()).isEqualTo(204);
    assertThat(pi).hasPassed(Event_RescheduleConfirmed.id(), BookAppointment.id())
        .isWaitingAt(DispatchScheduled.id(), ConfirmAppointment.id());
    ServiceEvent event = service.event(code);
    assertThat(event.getStatus()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(event.getAppointmentAt()).isEqualTo(java.time.Instant.parse("2026-12-02T19:00:00Z"));
    assertThat(event.getTechnician()).isEqualTo("Paulo");
    assertThat(event.getObservation()).isEqualTo("Cliente viaja amanhã");
    worker.runOnce();
    assertThat(provider.sentTo(client.getPhone())).last().extracting(FakeWhatsAppProvider.Sent::text)
        .asString().contains("02/12 às 16:00");
    // The old no-show timer went with the old booking; the new one is an hour after the new time.
    assertThat(job(pi, Timer_NoShowBeforeConfirmation.id()).getDuedate())
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-02T20:00:00Z")));

    // Missed: the no-show message goes, and Remarcar books it again.
    process.clock(java.time.LocalDateTime.of(2026, 12, 2, 17, 30));
    managementService.executeJob(job(pi, Timer_NoShowBeforeConfirmation.id()).getId());
    worker.runOnce();
    assertThat(pi).isWaitingAt(WaitReschedule.id());
    assertThat(agentApi.get("/api/service-events").body().findValuesAsText("code")).contains(code);
    assertThat(agentApi.post(path, "{\"appointmentAt\":\"2026-12-04T08:30\"}").status()).isEqualTo(204);
    assertThat(pi).hasPassed(WaitReschedule.id()).isWaitingAt(DispatchScheduled.id(), ConfirmAppointment.id());
    assertThat(service.event(code).getStatus()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(service.event(code).getAppointmentAt()).isEqualTo(java.time.Instant.parse("2026-12-04T11:30:00Z"));
    worker.runOnce();
    assertThat(provider.sentTo(client.getPhone())).last().extracting(FakeWhatsAppProvider.Sent::text)
        .asString().contains("04/12 às 08:30");
  }

  @Test
  void aClientWhoDoesNotWantWhatsappIsNeverSentAnything() {
    Client client = client(true);
    String code = event(revision, client);
    ProcessInstance pi = instance(code);
    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"));

    assertThat(pi).hasPassed(EndEvent_ScheduledSkipped.id()).isWaitingAt(ConfirmAppointment.id());
    managementService.executeJob(job(pi, Timer_Confirmation.id()).getId());
    assertThat(pi).hasPassed(EndEvent_ConfirmationSkipped.id());
    managementService.executeJob(job(pi, Timer_NoShowBeforeConfirmation.id()).getId());

    assertThat(pi).hasPassed(RecordNoShow.id()).hasNotPassed(DispatchNoShow.id()).isWaitingAt(WaitReschedule.id());
    assertThat(worker.runOnce()).isZero();
    assertThat(provider.sentTo(client.getPhone())).isEmpty();
    assertThat(dispatches.findByEventIdOrderById(service.event(code).getId())).isEmpty();
    Api.Response conversation = Api.as(port, agent).get("/api/clients/" + client.getId() + "/conversation");
    assertThat(conversation.status()).isEqualTo(409);
    assertThat(conversation.message()).isEqualTo(
        "O cliente não quer WhatsApp (LGPD): a conversa não é aberta; o contato é só por telefone.");
  }

  @Test
  void whoOptsOutAfterBookingIsNotSentEitherTheWorkerChecksTheLedgerAgain() {
    Client client = client(false);
    String code = event(revision, client);
    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"));
    naoMeLigue(client);

    worker.runOnce();

    assertThat(provider.sentTo(client.getPhone())).isEmpty();
    assertThat(dispatches.findByEventIdOrderById(service.event(code).getId()))
        .extracting(LeadZapDispatch::getStatus).containsExactly(LeadZapDispatch.Status.OPTED_OUT);
    assertThat(service.board(service.event(code).getId())).singleElement()
        .satisfies(row -> assertThat(row.get("status")).asString().startsWith(
            "Não enviado: número no registro de descadastros de WhatsApp (Não Me Ligue (SP), Todos os canais, em "));
    assertThat(service.noWhatsapp(client)).isTrue();
    assertThat(instance(code)).isWaitingAt(ConfirmAppointment.id());
  }

  @Test
  void theAgendaIsOnlyForPendingPremiumAfterSalesEventsAndSuccessOnlyForTheOthers() {
    String birthdayCode = event(birthday, client(false));
    ProcessInstance pi = instance(birthdayCode);
    assertThat(pi).variables().containsEntry("agendaEnabled", false)
        .containsEntry("agendaReason", "Agenda só para eventos do grupo 1 - Pós Vendas.");
    assertThat(options(pi, "actionOptions")).contains("SUCCESS", "LOST").doesNotContain("SCHEDULE");
    assertRefused(agent, birthdayCode, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"),
        "Agenda só para eventos do grupo 1 - Pós Vendas.");
    complete(agent, birthdayCode, Map.of("eventAction", "SUCCESS", "observation", "Parabéns dados"));
    assertThat(pi).hasPassed(EndEvent_Success.id()).isEnded();
    assertThat(service.event(birthdayCode).getStatus()).isEqualTo(EventStatus.SUCCESS);

    String washCode = event(plainRevision, client(false));
    assertRefused(agent, washCode, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"),
        "O tipo deste evento não é Agenda Premium: use Sucesso.");
    String premium = event(revision, client(false));
    assertRefused(agent, premium, Map.of("eventAction", "SUCCESS"),
        "Eventos Agenda Premium terminam com Agenda ou Perdido, não com Sucesso.");
    assertRefused(agent, premium, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-11-30T09:00"),
        "O agendamento tem que ser no futuro.");
    assertRefused(agent, premium, Map.of("eventAction", "SCHEDULE"), "Informe a data e a hora do agendamento.");
    assertRefused(agent, premium, Map.of("eventAction", "SCHEDULE", "appointmentAt", "amanhã"),
        "Data e hora do agendamento (appointmentAt) inválida: \"amanhã\". Use o formato aaaa-mm-ddThh:mm.");
  }

  @Test
  void lostOffersTheFallbackReasonsAndOnlyASupervisorLosesTheFutureCycleEvents() {
    Client client = client(false);
    String wash = event(plainRevision, client);
    String nextRevision = event(revision, client);
    String birthdayEvent = event(birthday, client);
    // No crossing for this type: the reasons of TODOS and SERVICOS.
    assertThat(options(instance(wash), "lossReasonOptions")).contains(noContact, "OUTRAOFICINA")
        .doesNotContain(soldCar);
    assertRefused(agent, wash, Map.of("eventAction", "LOST", "lossReason", soldCar),
        "Motivo de perda não disponível para Lavagem: " + soldCar + ".");
    assertRefused(agent, wash, Map.of("eventAction", "LOST"), "Informe o motivo da perda.");
    assertRefused(agent, wash, Map.of("eventAction", "LOST", "lossReason", noContact, "loseFutureCycleEvents", true),
        "Perder também os eventos futuros do ciclo exige acesso de supervisor.");

    complete(supervisor, wash, Map.of("eventAction", "LOST", "lossReason", noContact, "loseFutureCycleEvents", true,
        "observation", "Vendeu o carro"));

    assertThat(historic(wash).getEndActivityId()).isEqualTo(EndEvent_Lost.id());
    for (String other : List.of(nextRevision, birthdayEvent)) {
      assertThat(historic(other).getEndTime()).isNotNull();
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(historic(other).getId())
          .activityId(EndEvent_LostWithOthers.id()).count()).isEqualTo(1);
      assertThat(service.event(other).getStatus()).isEqualTo(EventStatus.LOST);
      assertThat(service.event(other).getLossReason()).isEqualTo(noContact);
    }
    assertThat(service.event(wash).getObservation()).isEqualTo("Vendeu o carro");
  }

  @Test
  void aDeactivatedLossReasonIsNoLongerOfferedNorCountsAsCrossedWithTheType() {
    var manager = process.user(supervisor);
    service.editLossReason(soldCar, new ServiceEventService.LossReasonEdit("Vendeu o veículo", "VENDAS", false), manager);
    assertThat(reasonCodes(instance(event(revision, client(false))))).contains(otherShop)
        .doesNotContain(soldCar, noContact);

    // Both crossed reasons off: the type falls back to those of TODOS and SERVICOS that are still active.
    service.editLossReason(otherShop, new ServiceEventService.LossReasonEdit("Outra oficina", "SERVICOS", false), manager);
    String code = event(revision, client(false));
    assertThat(reasonCodes(instance(code))).contains(noContact).doesNotContain(soldCar, otherShop);
    assertRefused(agent, code, Map.of("eventAction", "LOST", "lossReason", otherShop),
        "Motivo de perda não disponível para Revisão de 10.000 km: " + otherShop + ".");
  }

  @Test
  void rescheduleMovesTheAppointmentAndSendsTheNewDateAndTheMessageCanBeSentAgain() {
    Client client = client(false);
    String code = event(revision, client);
    ProcessInstance pi = instance(code);
    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"));
    worker.runOnce();

    Map<String, Object> same = Map.of("eventAction", "RESCHEDULE", "appointmentAt", "2026-12-03T10:00");
    assertThatThrownBy(() -> completeConfirmation(agent, code, same))
        .satisfies(e -> assertThat(UserFacingException.findIn(e)).hasMessage("Para remarcar, escolha outro dia ou horário."));
    completeConfirmation(agent, code, Map.of("eventAction", "RESCHEDULE", "appointmentAt", "2026-12-04T15:30"));

    assertThat(pi).hasPassed(Gateway_Rescheduled.id()).isWaitingAt(DispatchScheduled.id(), ConfirmAppointment.id());
    assertThat(service.event(code).getAppointmentAt()).isEqualTo(java.time.Instant.parse("2026-12-04T18:30:00Z"));
    worker.runOnce();
    assertThat(provider.sentTo(client.getPhone())).last().extracting(FakeWhatsAppProvider.Sent::text)
        .asString().contains("04/12 às 15:30");

    assertThat(Api.as(port, agent).post("/api/service-events/" + code + "/dispatches/SCHEDULED/resend", "").status())
        .isEqualTo(202);
    assertThat(pi).isWaitingAt(DispatchResend.id(), ConfirmAppointment.id());
    worker.runOnce();
    assertThat(provider.sentTo(client.getPhone())).hasSize(3);
    assertThat(dispatches.findByEventIdOrderById(service.event(code).getId()))
        .extracting(LeadZapDispatch::getKind, LeadZapDispatch::getStatus)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(LeadZapDispatch.Kind.SCHEDULED, LeadZapDispatch.Status.SENT));
  }

  @Test
  void theWorkerRetriesWhileTheProviderIsDownAndRaisesAnIncidentWhenItStaysDown() {
    Client client = client(false);
    String code = event(revision, client);
    ProcessInstance pi = instance(code);
    complete(agent, code, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T10:00"));

    provider.failNext(1);
    worker.runOnce();
    assertThat(provider.sentTo(client.getPhone())).isEmpty();
    assertThat(board(pi)).contains("🔴", "Falhou (1 tentativas)", "503");
    worker.runOnce();
    assertThat(provider.sentTo(client.getPhone())).hasSize(1);
    assertThat(board(pi)).contains("🟢");

    String other = event(revision, client);
    ProcessInstance failing = instance(other);
    complete(agent, other, Map.of("eventAction", "SCHEDULE", "appointmentAt", "2026-12-03T11:00"));
    provider.down();
    for (int attempt = 0; attempt < 3; attempt++) {
      worker.runOnce();
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(failing.getId()).activityId(DispatchScheduled.id())
        .singleResult().getIncidentMessage()).startsWith("LeadZap: Provedor de WhatsApp respondeu 503");
    assertThat(failing).isWaitingAt(DispatchScheduled.id(), ConfirmAppointment.id());
    assertThat(worker.runOnce()).as("an incident is not fetched again").isZero();
  }

  private Client client(boolean noWhatsapp) {
    int n = Integer.parseInt(fixtures.unique("").replaceAll("\\D", "")) % 10_000_000;
    return clientRegistry.register(new NewClient("Maria Souza", String.format("(62) 98%07d", n), null, null, noWhatsapp,
        false), "test");
  }

  private String event(String type, Client client) {
    return service.createEvent(new NewServiceEvent(type, client.getId(), null, agent, null)).getCode();
  }

  private String code(String prefix) {
    return fixtures.unique(prefix);
  }

  /** São Paulo's Não Me Ligue covers WhatsApp: the number's opt-out reaches the dealer's client. */
  private void naoMeLigue(Client client) {
    optOuts.record(client.getPhone(), OptOutChannel.ALL, OptOutSource.NAO_ME_LIGUE, "Lista Não Me Ligue de teste", supervisor);
  }

  private void complete(String user, String code, Map<String, Object> variables) {
    process.completeAs(user, process.task(code, EventContact).getId(), variables);
  }

  private void completeConfirmation(String user, String code, Map<String, Object> variables) {
    process.completeAs(user, process.task(code, ConfirmAppointment).getId(), variables);
  }

  private void assertRefused(String user, String code, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> complete(user, code, variables))
        .satisfies(e -> assertThat(UserFacingException.findIn(e)).hasMessage(message));
    assertThat(instance(code)).isWaitingAt(EventContact.id());
  }

  private ProcessInstance instance(String code) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
  }

  private org.camunda.bpm.engine.history.HistoricProcessInstance historic(String code) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
  }

  private Job job(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private String options(ProcessInstance pi, String variable) {
    return String.valueOf(runtimeService.getVariable(pi.getId(), variable));
  }

  /** The codes the Ficha offers as loss reasons, read as a list: a substring of another code must not count. */
  private List<String> reasonCodes(ProcessInstance pi) {
    try {
      return new ObjectMapper().readTree(options(pi, "lossReasonOptions")).findValuesAsText("value");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String board(ProcessInstance pi) {
    return String.valueOf(runtimeService.getVariable(pi.getId(), "dispatches"));
  }

  private Api.Response signed(String body) {
    return Api.anonymous(port).post("/api/leadzap/webhook", body,
        Map.of("X-Hub-Signature-256", FakeWhatsAppProvider.signature(body)));
  }

  /** A Cloud API notification: {@code from} (a wa_id, digits) answers the message {@code repliedTo}. */
  private static String webhookReply(String from, String repliedTo, String text) {
    try {
      return new ObjectMapper().writeValueAsString(Map.of("object", "whatsapp_business_account", "entry", List.of(
          Map.of("id", "WABA", "changes", List.of(Map.of("field", "messages", "value", Map.of(
              "messaging_product", "whatsapp",
              "metadata", Map.of("phone_number_id", FakeWhatsAppProvider.PHONE_NUMBER_ID),
              "messages", List.of(Map.of("from", from, "id", "wamid.IN" + repliedTo, "timestamp",
                  String.valueOf(br.com.atende.common.BusinessTime.now().getEpochSecond()),
                  "type", "text", "text", Map.of("body", text),
                  "context", Map.of("from", "5562", "id", repliedTo))))))))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
