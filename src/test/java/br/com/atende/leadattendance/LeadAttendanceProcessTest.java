package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.Element.*;
import static br.com.atende.leadattendance.LeadAttendanceProcess.UserTask.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import br.com.atende.availability.Availability;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/lead-attendance/lead-attendance.bpmn, driven through the engine on MariaDB. */
@MariaDbIntegrationTest
class LeadAttendanceProcessTest {

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AttendanceService attendance;
  @Autowired CallbackService callbacks;
  @Autowired LeadRepository leads;
  @Autowired LeadAttemptRepository attempts;
  @Autowired Fixtures fixtures;
  @Autowired ManagementService managementService;
  @Autowired CallbackHandoverRepository handovers;
  @Autowired Availability availability;
  @Autowired OptOutLedger ledger;

  String store;
  String agent;
  Campaign campaign;

  @BeforeEach
  void setUp() {
    store = fixtures.store();
    agent = fixtures.agent(store);
    campaign = fixtures.campaign(List.of(store), 3);
  }

  @Test
  void firstPullStartsTheInstanceWaitingAtAttendLeadForTheAgent() {
    Pulled pulled = pull(agent);

    ProcessInstance pi = instance(pulled);
    assertThat(pi).isWaitingAt(AttendLead.id()).task().isAssignedTo(agent);
    assertThat(pi.getBusinessKey()).isEqualTo(String.valueOf(pulled.leadId()));
    assertThat(pi).variables()
        .containsEntry("leadName", "Cliente 1")
        .containsEntry("leadPhone", "(62) 99000-0000")
        .containsEntry("offer", "Oferta de teste")
        .containsEntry("script", "Roteiro de teste")
        .containsEntry("conversation", "Roteiro de teste")
        .containsEntry("campaignCode", campaign.getCode());
    assertThat(lead(pulled).getStatus()).isEqualTo(LeadStatus.IN_PROGRESS);
    assertThat(lead(pulled).getAssignee()).isEqualTo(agent);
  }

  /**
   * The form and Cockpit read the runtime: it has every display copy. The history keeps the
   * instance's other variables with their updates (ACT_HI_DETAIL), not the copies of our tables.
   */
  @Test
  void theDisplayCopiesAreInTheRuntimeForTheFormButNotInTheHistory() {
    Pulled pulled = pull(agent);
    complete(pulled, Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    pull(agent);
    pull(agent);
    Pulled again = pull(agent);
    assertThat(again.processInstanceId()).isEqualTo(pulled.processInstanceId());

    Set<String> runtime = new java.util.HashSet<>(runtimeService.getVariables(again.processInstanceId()).keySet());
    runtime.addAll(taskService.getVariablesLocal(again.taskId()).keySet());
    assertThat(runtime).containsAll(LeadAttendanceProcess.DISPLAY_COPIES.stream()
        .filter(name -> !Set.of("actionTypeOptions", "actionScripts").contains(name)).toList())
        .contains("agent", "campaignCode", "conversation", "noAnswerCount");
    List<String> historic = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(again.processInstanceId()).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName).toList();
    assertThat(historic).contains("agent", "campaignCode", "conversation", "noAnswerCount")
        .doesNotContainAnyElementsOf(LeadAttendanceProcess.DISPLAY_COPIES);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(again.processInstanceId())
        .variableUpdates().list().stream()
        .map(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()))
        .contains("agent", "noAnswerCount").doesNotContainAnyElementsOf(LeadAttendanceProcess.DISPLAY_COPIES);
  }

  @Test
  void noAnswerSendsTheLeadToTheEndOfTheQueueTwiceAndTheThirdEndsIt() {
    Pulled first = pull(agent);
    complete(first, Map.of("outcome", "NO_ANSWER", "reason", "BUSY"));
    assertThat(instance(first)).isWaitingAt(WaitInQueue.id());
    assertThat(lead(first).getStatus()).isEqualTo(LeadStatus.QUEUED);

    // Back at the END: the two other leads come first.
    Pulled second = pull(agent);
    Pulled third = pull(agent);
    assertThat(List.of(second.leadId(), third.leadId())).doesNotContain(first.leadId());

    Pulled again = pull(agent);
    assertThat(again.leadId()).isEqualTo(first.leadId());
    assertThat(again.processInstanceId()).isEqualTo(first.processInstanceId());
    assertThat(instance(first)).isWaitingAt(AttendLead.id()).task().isAssignedTo(agent);
    assertThat(instance(first)).variables().doesNotContainKey("outcome");
    complete(again, Map.of("outcome", "NO_ANSWER", "reason", "VOICEMAIL"));
    assertThat(instance(first)).isWaitingAt(WaitInQueue.id());

    Pulled last = pull(agent);
    assertThat(last.leadId()).isEqualTo(first.leadId());
    ProcessInstance pi = instance(first);
    complete(last, Map.of("outcome", "NO_ANSWER", "reason", "NO_PICKUP", "observation", "Chama e ninguém atende"));

    assertThat(pi).hasPassed(CloseLead.id()).isEnded();
    Lead lead = lead(first);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.EXHAUSTED);
    assertThat(lead.getAttempts()).isEqualTo(3);
    assertThat(attempts.findByLeadIdOrderByAttemptNo(lead.getId()))
        .extracting(LeadAttempt::getAttemptNo, LeadAttempt::getAgent, LeadAttempt::getOutcome, LeadAttempt::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, agent, "NO_ANSWER", "BUSY"),
            org.assertj.core.groups.Tuple.tuple(2, agent, "NO_ANSWER", "VOICEMAIL"),
            org.assertj.core.groups.Tuple.tuple(3, agent, "NO_ANSWER", "NO_PICKUP"));
    // Two leads are still being worked and none is queued.
    assertThatThrownBy(() -> pull(agent)).hasMessage(AttendanceService.NO_LEADS_LEFT);
  }

  @Test
  void scheduledCallbackRemindsFifteenMinutesBeforeAndGoesToTheAgentWhoScheduledIt() {
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00", "observation", "Pediu à tarde"));

    assertThat(pi).isWaitingAt(Gateway_CallbackEvents.id());
    assertThat(job().getDuedate()).isEqualTo(date(LocalDateTime.of(2026, 11, 30, 14, 45)));
    Lead lead = lead(pulled);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.SCHEDULED);
    assertThat(lead.getCallbackAt()).isEqualTo(BusinessTime.toInstant(LocalDateTime.of(2026, 11, 30, 15, 0)));
    assertThat(lead.getCallbackKind()).isEqualTo("SCHEDULED");

    execute(job());

    assertThat(pi).isWaitingAt(CallBack.id()).task().isAssignedTo(agent)
        .hasDueDate(date(LocalDateTime.of(2026, 11, 30, 15, 0)));
    assertThat(pi).variables().doesNotContainKeys("outcome", "callbackAt")
        .containsEntry("conversation", "Roteiro de teste");
    Task callBack = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    complete(callBack.getId(), Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500 Mega"));

    assertThat(pi).hasPassed(CallBack.id(), CloseLead.id()).isEnded();
    lead = lead(pulled);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTRACTED);
    assertThat(lead.getSaleDescription()).isEqualTo("Fibra 500 Mega");
    assertThat(lead.getCallbackAt()).isNull();
    assertThat(attempts.findByLeadIdOrderByAttemptNo(lead.getId()))
        .extracting(LeadAttempt::getTask, LeadAttempt::getOutcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AttendLead.id(), "SCHEDULED"),
            org.assertj.core.groups.Tuple.tuple(CallBack.id(), "CONTRACTED"));
  }

  @Test
  void whatsappWithoutDateEndsTheLeadAndWithADateBooksAWhatsappCallback() {
    Pulled noReply = pull(agent);
    ProcessInstance noReplyInstance = instance(noReply);
    complete(noReply, Map.of("outcome", "WHATSAPP_SENT", "observation", "Mensagem enviada"));
    assertThat(noReplyInstance).isEnded();
    assertThat(lead(noReply).getStatus()).isEqualTo(LeadStatus.WHATSAPP_NO_REPLY);

    Pulled withDate = pull(agent);
    complete(withDate, Map.of("outcome", "WHATSAPP_SENT", "callbackAt", "2026-12-05T11:00",
        "observation", "Pediu retorno no sábado"));
    assertThat(instance(withDate)).isWaitingAt(Gateway_CallbackEvents.id());
    assertThat(lead(withDate).getStatus()).isEqualTo(LeadStatus.SCHEDULED);
    assertThat(lead(withDate).getCallbackKind()).isEqualTo("WHATSAPP_SENT");
  }

  @Test
  void refusedAndInconsistentEndTheLead() {
    Pulled refused = pull(agent);
    ProcessInstance refusedInstance = instance(refused);
    complete(refused, Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Acha caro"));
    assertThat(refusedInstance).isEnded();
    assertThat(lead(refused).getStatus()).isEqualTo(LeadStatus.REFUSED);

    Pulled inconsistent = pull(agent);
    ProcessInstance inconsistentInstance = instance(inconsistent);
    complete(inconsistent, Map.of("outcome", "INCONSISTENT", "reason", "OTHER", "observation", "Número de empresa",
        "inconsistentConfirmed", true));
    assertThat(inconsistentInstance).isEnded();
    assertThat(lead(inconsistent).getStatus()).isEqualTo(LeadStatus.INCONSISTENT);
  }

  /** Tasklist sends the required Observações (form-js 16 cannot make one field required by outcome). */
  @Test
  void theFormsRequiredObservationIsTheAttemptsObservation() {
    Pulled refused = pull(agent);
    complete(refused, Map.of("outcome", "REFUSED", "reason", "PRICE", "requiredObservation", "Acha caro",
        "observation", ""));
    assertThat(instance(refused)).isNull();
    assertThat(attempts.findByLeadIdOrderByAttemptNo(refused.leadId())).singleElement()
        .extracting(LeadAttempt::getObservation).isEqualTo("Acha caro");
    assertThat(lead(refused).getStatus()).isEqualTo(LeadStatus.REFUSED);
  }

  /**
   * Seed 001: "Não houve contato com o cliente" with its reason and a date books the return for the
   * agent instead of the queue; the attempt still counts for Anatel's limit.
   */
  @Test
  void noContactWithADateBooksTheReturnInsteadOfTheQueue() {
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "NO_ANSWER", "reason", "BUSY", "callbackAt", "2026-11-30T15:00"));

    assertThat(pi).isWaitingAt(Gateway_CallbackEvents.id());
    Lead lead = lead(pulled);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.SCHEDULED);
    assertThat(lead.getCallbackKind()).isEqualTo("NO_ANSWER");
    assertThat(lead.getNoAnswerAttempts()).isEqualTo(1);
    execute(job());
    assertThat(pi).isWaitingAt(CallBack.id()).task().isAssignedTo(agent);
    Task callBack = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat((String) taskService.getVariableLocal(callBack.getId(), "clientHistory"))
        .contains("| " + agent + " | Não atendido (Ocupado) | - |");

    complete(callBack.getId(), Map.of("outcome", "NO_ANSWER", "reason", "NO_PICKUP"));
    assertThat(pi).isWaitingAt(WaitInQueue.id());
    assertThat(lead(pulled).getNoAnswerAttempts()).isEqualTo(2);
  }

  /**
   * Seed 001's "histórico das ações" on the form: the attempts on the leads with the client's phone
   * in other campaigns too, newest first, each value escaped for the form's markdown.
   */
  @Test
  void theFormShowsTheClientsEarlierAttemptsAcrossCampaigns() {
    String phone = fixtures.uniquePhone();
    String mailing = "nome;telefone;endereco;cidade;uf;loja\nMaria | Souza;" + phone + ";Rua 1;Goiânia;GO;\n";
    Campaign earlier = fixtures.campaign(List.of(store), 0);
    fixtures.importCsv(earlier.getCode(), mailing);
    Pulled first = attendance.pullNext(agentUser(agent), store, earlier.getCode());
    assertThat((String) taskService.getVariableLocal(first.taskId(), "clientHistory"))
        .isEqualTo("Nenhuma ação anterior com este cliente.");
    complete(first, Map.of("outcome", "REFUSED", "reason", "PRICE", "requiredObservation", "Acha *caro* | [link](x)"));

    Campaign later = fixtures.campaign(List.of(store), 0);
    fixtures.importCsv(later.getCode(), mailing);
    Pulled second = attendance.pullNext(agentUser(agent), store, later.getCode());
    String history = (String) taskService.getVariableLocal(second.taskId(), "clientHistory");

    assertThat(history).startsWith("| Data | Campanha | Atendente | Resultado | Observações |\n| --- |");
    assertThat(history.lines().skip(2)).singleElement().asString()
        .endsWith(" | Campanha de teste | " + agent + " | Recusado (Preço) | "
            + "Acha \\*caro\\* \\| \\[link\\](x) |");
    assertThat(LeadAttendanceProcess.ACCEPTED_COMPLETION).doesNotContain("clientHistory");
  }

  static Stream<Arguments> badCompletions() {
    return Stream.of(
        Arguments.of(Map.of(), "Informe o resultado do atendimento."),
        Arguments.of(Map.of("outcome", "MAYBE"), "Resultado do atendimento inválido: MAYBE."),
        Arguments.of(Map.of("outcome", "NO_ANSWER"), "Informe o motivo."),
        Arguments.of(Map.of("outcome", "NO_ANSWER", "reason", "PRICE"), "Motivo inválido para este resultado: PRICE."),
        Arguments.of(Map.of("outcome", "REFUSED", "reason", "PRICE"),
            "Na recusa, descreva em Observações o motivo da recusa."),
        Arguments.of(Map.of("outcome", "REFUSED", "reason", "PRICE", "requiredObservation", "  "),
            "Na recusa, descreva em Observações o motivo da recusa."),
        Arguments.of(Map.of("outcome", "NO_ANSWER", "reason", "BUSY", "callbackAt", "2026-12-06T11:00"),
            "O retorno só pode ser marcado de segunda a sexta das 9h às 20h e aos sábados das 10h às 16h."),
        Arguments.of(Map.of("outcome", "SCHEDULED"), "Informe a data e a hora do retorno."),
        Arguments.of(Map.of("outcome", "SCHEDULED", "callbackAt", "amanhã"),
            "Data de retorno inválida: \"amanhã\". Use o formato aaaa-mm-ddThh:mm."),
        Arguments.of(Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T09:00"),
            "O retorno deve ser marcado para uma data e hora futuras."),
        Arguments.of(Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T20:00"),
            "O retorno só pode ser marcado de segunda a sexta das 9h às 20h e aos sábados das 10h às 16h."),
        Arguments.of(Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-05T16:00"),
            "O retorno só pode ser marcado de segunda a sexta das 9h às 20h e aos sábados das 10h às 16h."),
        Arguments.of(Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-06T11:00"),
            "O retorno só pode ser marcado de segunda a sexta das 9h às 20h e aos sábados das 10h às 16h."),
        Arguments.of(Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-31T10:00"),
            "O retorno pode ser marcado no máximo 30 dias à frente."),
        Arguments.of(Map.of("outcome", "WHATSAPP_SENT", "callbackAt", "2026-12-06T11:00", "observation", "Domingo"),
            "O retorno só pode ser marcado de segunda a sexta das 9h às 20h e aos sábados das 10h às 16h."),
        Arguments.of(Map.of("outcome", "WHATSAPP_SENT", "callbackAt", "2026-12-05T11:00", "observation", " "),
            "No WhatsApp enviado com data de retorno, descreva em Observações o que foi combinado com o cliente."),
        Arguments.of(Map.of("outcome", "INCONSISTENT", "reason", "NONEXISTENT_PHONE", "inconsistentConfirmed", false),
            "Confirme que o cliente não voltará para a fila para encerrar como atendimento inconsistente."),
        Arguments.of(Map.of("outcome", "CONTRACTED", "saleDescription", "  "), "Descreva o produto/venda contratado."),
        Arguments.of(Map.of("outcome", "INCONSISTENT", "reason", "OTHER"),
            "Com o motivo \"Outro\", descreva em Observações por que a oferta não foi feita."));
  }

  @ParameterizedTest
  @MethodSource("badCompletions")
  void aBadCompletionIsRefusedInPortugueseAndTheTaskStaysOpenUnchanged(Map<String, Object> variables, String message) {
    Pulled pulled = pull(agent);

    assertThatThrownBy(() -> complete(pulled, variables))
        .satisfies(error -> assertThat(UserFacingException.findIn(error)).hasMessage(message));

    assertThat(instance(pulled)).isWaitingAt(AttendLead.id());
    assertThat(taskService.createTaskQuery().taskId(pulled.taskId()).count()).isEqualTo(1);
    assertThat(instance(pulled)).variables().doesNotContainKeys("outcome", "reason", "callbackAt", "attemptAgent");
    assertThat(lead(pulled).getAttempts()).isZero();
    assertThat(lead(pulled).getStatus()).isEqualTo(LeadStatus.IN_PROGRESS);
  }

  @Test
  void withActionTypesTheAgentMustChooseOneAndItIsKeptWithTheAttempt() {
    campaign = fixtures.campaign(List.of(store), 1, List.of(
        new NewActionType("CALL", "Ligação", "Roteiro da ligação"),
        new NewActionType("CHAT", "WhatsApp", "Roteiro do WhatsApp")));
    Pulled pulled = pull(agent);
    assertThat(instance(pulled)).variables()
        .containsEntry("script", "Roteiro da ligação")
        .containsEntry("conversation", "Roteiro da ligação")
        .containsKeys("actionTypeOptions", "actionScripts");

    assertThatThrownBy(() -> complete(pulled, Map.of("outcome", "NO_ANSWER", "reason", "BUSY")))
        .satisfies(error -> assertThat(UserFacingException.findIn(error)).hasMessage("Informe o tipo de ação."));
    assertThatThrownBy(() -> complete(pulled, Map.of("actionType", "SMS", "outcome", "NO_ANSWER", "reason", "BUSY")))
        .satisfies(error -> assertThat(UserFacingException.findIn(error))
            .hasMessage("Tipo de ação inválido nesta campanha: SMS."));
    complete(pulled, Map.of("actionType", "CHAT", "outcome", "NO_ANSWER", "reason", "BUSY",
        "conversation", "Roteiro do WhatsApp, sem resposta"));

    assertThat(attempts.findByLeadIdOrderByAttemptNo(pulled.leadId()))
        .extracting(LeadAttempt::getActionType, LeadAttempt::getConversation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CHAT", "Roteiro do WhatsApp, sem resposta"));
    assertThat(instance(pulled)).variables().doesNotContainKey("actionType");
  }

  @Test
  void thirtyDaysAheadAndTheLastMinutesOfTheWindowAreAllowed() {
    Pulled pulled = pull(agent);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-30T19:59"));
    assertThat(lead(pulled).getStatus()).isEqualTo(LeadStatus.SCHEDULED);
  }

  @Test
  void aRescheduleMovesTheReminderAndACancelSendsTheLeadBackToTheQueue() {
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00"));

    callbacks.reschedule(agentUser(agent), pulled.leadId(), "2026-12-01T11:00");

    assertThat(pi).isWaitingAt(Gateway_CallbackEvents.id());
    assertThat(job().getDuedate()).isEqualTo(date(LocalDateTime.of(2026, 12, 1, 10, 45)));
    assertThat(lead(pulled).getCallbackAt()).isEqualTo(BusinessTime.toInstant(LocalDateTime.of(2026, 12, 1, 11, 0)));
    assertThatThrownBy(() -> callbacks.reschedule(agentUser(agent), pulled.leadId(), "2026-12-06T11:00"))
        .hasMessageContaining("segunda a sexta");
    assertThatThrownBy(() -> callbacks.reschedule(agentUser(fixtures.agent(store)), pulled.leadId(), "2026-12-01T12:00"))
        .hasMessage("Somente quem agendou o retorno (ou um supervisor) pode alterá-lo.");

    callbacks.cancel(agentUser(agent), pulled.leadId());

    assertThat(pi).hasPassed(Event_CallbackCancelled.id(), RequeueLead.id()).isWaitingAt(WaitInQueue.id());
    assertThat(lead(pulled).getStatus()).isEqualTo(LeadStatus.QUEUED);
    assertThat(lead(pulled).getCallbackAt()).isNull();
  }

  @Test
  void aRescheduleWhileTheCallBackTaskIsOpenWithdrawsTheTaskUntilTheNewReminder() {
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T10:30"));
    assertThat(pi).isWaitingAt(Gateway_CallbackEvents.id());
    execute(job());
    assertThat(pi).isWaitingAt(CallBack.id());

    callbacks.reschedule(agentUser(agent), pulled.leadId(), "2026-12-02T16:00");

    assertThat(pi).hasPassed(Event_CallBackRescheduled.id()).isWaitingAt(Gateway_CallbackEvents.id());
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

    callbacks.cancel(agentUser(agent), pulled.leadId());
    assertThat(pi).isWaitingAt(WaitInQueue.id());
  }

  @Test
  void cancellingWhileTheCallBackTaskIsOpenRequeuesTheLead() {
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T10:30"));
    assertThat(pi).isWaitingAt(Gateway_CallbackEvents.id());
    execute(job());

    callbacks.cancel(agentUser(agent), pulled.leadId());

    assertThat(pi).hasPassed(Event_CallBackCancelled.id()).isWaitingAt(WaitInQueue.id());
    assertThat(lead(pulled).getStatus()).isEqualTo(LeadStatus.QUEUED);
  }

  @Test
  void aManausLeadsCallbackWindowIsInManausTime() {
    campaign = campaignWith(manausPhone());
    Pulled pulled = pull(agent);

    // Tuesday 09:30 in Brasília is 08:30 in Manaus, before the window opens at 09:00.
    assertThatThrownBy(() -> complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T09:30")))
        .satisfies(error -> assertThat(UserFacingException.findIn(error)).hasMessage(
            "Às 09:30 de Brasília são 08:30 no horário do cliente (AM). O retorno só pode ser marcado de segunda a"
                + " sexta das 9h às 20h e aos sábados das 10h às 16h."));
    assertThat(lead(pulled).getAttempts()).isZero();

    // 20:30 in Brasília, after a São Paulo client's window, is 19:30 there: allowed.
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-01T20:30"));
    assertThat(lead(pulled).getCallbackAt()).isEqualTo(BusinessTime.toInstant(LocalDateTime.of(2026, 12, 1, 20, 30)));
  }

  @Test
  void theFormOffersTheAgentsFreeLegalSlotsAndTheChosenOneBooksTheCallback() {
    Pulled pulled = pull(agent);
    Task task = taskService.createTaskQuery().taskId(pulled.taskId()).singleResult();
    String options = taskService.getVariableLocal(task.getId(), "callbackSlotOptions").toString();
    // Monday 10:00: the next slot of today is 10:30; Tuesday and Wednesday follow.
    assertThat(options).contains("\"value\":\"2026-11-30T10:30\"", "\"value\":\"2026-12-02T19:30\"")
        .doesNotContain("2026-11-30T10:00", "2026-12-03T");

    assertThatThrownBy(() -> complete(pulled, Map.of("outcome", "SCHEDULED", "callbackSlot", "2026-12-01T10:00",
        "callbackAt", "2026-12-01T11:00")))
        .satisfies(error -> assertThat(UserFacingException.findIn(error))
            .hasMessage("Escolha um dos horários livres ou informe a data de retorno, não os dois."));
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackSlot", "2026-12-01T10:00"));

    assertThat(lead(pulled).getCallbackAt()).isEqualTo(BusinessTime.toInstant(LocalDateTime.of(2026, 12, 1, 10, 0)));
    assertThat(instance(pulled)).variables().doesNotContainKeys("callbackSlot", "callbackSlotOptions");
  }

  @Test
  void aCallBackNotDoneThirtyMinutesAfterItsTimeIsOfferedToTheStoresAgentsOnly() {
    String colleague = fixtures.agent(store);
    String otherStoreAgent = fixtures.agent(fixtures.store());
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00"));
    executeJobOf(pulled);
    assertThat(pi).isWaitingAt(CallBack.id()).task().isAssignedTo(agent);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getDuedate())
        .isEqualTo(date(LocalDateTime.of(2026, 11, 30, 15, 30)));

    process.clock(LocalDateTime.of(2026, 11, 30, 15, 29));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    process.clock(LocalDateTime.of(2026, 11, 30, 15, 31));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    executeJobOf(pulled);

    Task offered = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(pi).hasPassed(Timer_CallBackUnattended.id(), OfferCallBackToStore.id()).isWaitingAt(CallBack.id());
    assertThat(offered.getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().taskId(offered.getId()).taskCandidateGroup(Roles.storeGroup(store)).count())
        .isOne();
    assertThat(handovers.findByLeadIdOrderById(pulled.leadId()))
        .extracting(CallbackHandover::getReason, CallbackHandover::getFromAgent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CallbackHandover.Reason.NOT_STARTED, agent));

    assertThatThrownBy(() -> claimAs(otherStoreAgent, offered.getId()))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    claimAs(colleague, offered.getId());
    assertThat(lead(pulled).getAssignee()).isEqualTo(colleague);
    assertThat(taskService.getVariableLocal(offered.getId(), "callbackSlotOptions").toString())
        .contains("\"value\":\"2026-11-30T16:00\"");

    // The colleague now holds the callback: moving it keeps it theirs.
    callbacks.reschedule(agentUser(colleague), pulled.leadId(), "2026-12-01T11:00");
    assertThat(pi).isWaitingAt(Gateway_CallbackEvents.id());
    assertThat(pi).variables().containsEntry("callbackAgent", colleague);
    assertThat(lead(pulled).getAssignee()).isEqualTo(colleague);
  }

  @Test
  void aCallBackOfAnOwnerMarkedAbsentGoesToTheStoreWhenItOpensOrAtOnceWhenItIsOpen() {
    Pulled first = pull(agent);
    Pulled second = pull(agent);
    complete(first, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00"));
    complete(second, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T16:00"));
    executeJobOf(first);
    assertThat(process.task(String.valueOf(first.leadId()), CallBack).getAssignee()).isEqualTo(agent);

    availability.change(agent, new Availability.Change("ABSENT", BusinessTime.today()), agentUser(agent));

    // Open already: handed on at once; opening later: handed on at its creation.
    assertThat(process.task(String.valueOf(first.leadId()), CallBack).getAssignee()).isNull();
    executeJobOf(second);
    Task later = process.task(String.valueOf(second.leadId()), CallBack);
    assertThat(later.getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().taskId(later.getId()).taskCandidateGroup(Roles.storeGroup(store)).count())
        .isOne();
    assertThat(handovers.findByLeadIdOrderById(second.leadId())).extracting(CallbackHandover::getReason)
        .containsExactly(CallbackHandover.Reason.OWNER_ABSENT);
    // The grace timer does not hand it over a second time.
    process.clock(LocalDateTime.of(2026, 11, 30, 16, 31));
    execute(managementService.createJobQuery().processInstanceId(second.processInstanceId()).singleResult());
    assertThat(handovers.findByLeadIdOrderById(second.leadId())).hasSize(1);
  }

  @Test
  void aCallbackThatComesDueForAnOptedOutNumberClosesWithoutATaskAndSaysWhy() {
    String phone = fixtures.uniquePhone();
    campaign = campaignWith(phone);
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-11-30T15:00"));
    ledger.record(lead(pulled).getPhone(), OptOutChannel.VOICE, OptOutSource.NAO_ME_PERTURBE, null, "test");

    executeJobOf(pulled);

    assertThat(pi).hasPassed(CloseOptedOutCallback.id(), EndEvent_CallbackOptedOut.id()).isEnded();
    assertThat(pi).hasNotPassed(CallBack.id());
    Lead lead = lead(pulled);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.OPTED_OUT);
    assertThat(lead.getClosedReason())
        .isEqualTo("Retorno de 30/11/2026 15:00 não feito: o número pediu para não receber ligações (opt-out).");
  }

  @Test
  void atenderAgoraOpensTheCallBackNowForItsOwnerOnly() {
    Pulled pulled = pull(agent);
    ProcessInstance pi = instance(pulled);
    complete(pulled, Map.of("outcome", "SCHEDULED", "callbackAt", "2026-12-03T15:00"));
    assertThatThrownBy(() -> callbacks.takeNow(agentUser(fixtures.agent(store)), pulled.leadId()))
        .hasMessage("Somente quem agendou o retorno (ou um supervisor) pode alterá-lo.");
    String supervisor = fixtures.user(fixtures.unique("sup"), List.of(Roles.SUPERVISORS));
    assertThatThrownBy(() -> callbacks.takeNow(new AtendeUser(supervisor, Set.of(Roles.SUPERVISORS)), pulled.leadId()))
        .hasMessage("Somente quem tem o retorno na agenda pode atendê-lo agora.");

    CallbackService.TakenNow taken = callbacks.takeNow(agentUser(agent), pulled.leadId());

    assertThat(pi).hasPassed(Event_CallbackTakenNow.id()).isWaitingAt(CallBack.id()).task().isAssignedTo(agent);
    assertThat(taken.taskId()).isEqualTo(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
    assertThat(callbacks.takeNow(agentUser(agent), pulled.leadId()).taskId()).isEqualTo(taken.taskId());
    complete(taken.taskId(), Map.of("outcome", "REFUSED", "reason", "PRICE", "observation", "Desistiu"));
    assertThat(pi).isEnded();
    assertThat(lead(pulled).getStatus()).isEqualTo(LeadStatus.REFUSED);
  }

  private Campaign campaignWith(String phone) {
    Campaign withPhone = fixtures.campaign(List.of(store), 0);
    fixtures.importCsv(withPhone.getCode(), "nome;telefone\nCliente de Manaus;" + phone + "\n");
    return withPhone;
  }

  private String manausPhone() {
    return fixtures.uniquePhone().replace("(61)", "(92)");
  }

  private void claimAs(String user, String taskId) {
    engine.getIdentityService().setAuthentication(user, List.copyOf(process.user(user).groups()));
    try {
      taskService.claim(taskId, user);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void executeJobOf(Pulled pulled) {
    execute(managementService.createJobQuery().processInstanceId(pulled.processInstanceId()).singleResult());
  }

  private Pulled pull(String who) {
    return attendance.pullNext(agentUser(who), store, campaign.getCode());
  }

  private AtendeUser agentUser(String who) {
    return new AtendeUser(who, Set.of(Roles.AGENTS, Roles.storeGroup(store)));
  }

  /** Completes as the agent would in Tasklist: authenticated, so engine authorization applies. */
  private void complete(Pulled pulled, Map<String, Object> variables) {
    complete(pulled.taskId(), variables);
  }

  private void complete(String taskId, Map<String, Object> variables) {
    process.completeAs(agent, taskId, variables);
  }

  private ProcessInstance instance(Pulled pulled) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pulled.processInstanceId()).singleResult();
  }

  private Lead lead(Pulled pulled) {
    return leads.findById(pulled.leadId()).orElseThrow();
  }

  private static java.util.Date date(LocalDateTime saoPaulo) {
    return java.util.Date.from(BusinessTime.toInstant(saoPaulo));
  }
}
