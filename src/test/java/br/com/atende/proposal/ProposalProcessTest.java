package br.com.atende.proposal;

import static br.com.atende.leadattendance.LeadAttendanceProcess.Element.*;
import static br.com.atende.proposal.ProposalProcess.Element.*;
import static br.com.atende.proposal.ProposalProcess.UserTask.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.engine.OpenTasks;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.lead.LeadRepository;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/proposal/proposal.bpmn, from the sale to every situation and move, driven through the engine on MariaDB. */
@MariaDbIntegrationTest
class ProposalProcessTest {

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AttendanceService attendance;
  @Autowired ProposalService proposals;
  @Autowired ProposalRepository proposalRows;
  @Autowired ProposalChangeRepository changes;
  @Autowired ProposalPhoneRepository phones;
  @Autowired LeadRepository leads;
  @Autowired Fixtures fixtures;

  String store;
  String seller;
  String auditor;
  String keeper;
  String campaign;

  @BeforeEach
  void setUp() {
    store = fixtures.store();
    seller = fixtures.agent(store);
    auditor = fixtures.user(fixtures.unique("auditor"), List.of(Roles.AUDITORS));
    keeper = fixtures.user(fixtures.unique("keeper"), List.of(Roles.MAINTENANCE));
    campaign = fixtures.campaign(List.of(store), 5).getCode();
  }

  @Test
  void aSaleBecomesAProposalWithACodeWaitingForTheAuditorsByDefault() {
    Pulled pulled = pull(seller);
    ProcessInstance lead = runtimeService.createProcessInstanceQuery()
        .processInstanceId(pulled.processInstanceId()).singleResult();
    process.completeAs(seller, pulled.taskId(), Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500 Mega"));

    assertThat(lead).hasPassed(CloseLead.id(), CreateProposal.id()).isEnded();
    Proposal proposal = proposalRows.findFirstByLeadIdOrderByIdDesc(pulled.leadId()).orElseThrow();
    assertThat(proposal.getCode()).matches("2026-\\d{6}");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pulled.processInstanceId())
        .variableName("proposalCode").singleResult().getValue()).isEqualTo(proposal.getCode());
    assertThat(proposal.getSituation()).isEqualTo(Situation.PENDING_AUDIT);
    assertThat(proposal.getSeller()).isEqualTo(seller);
    assertThat(proposal.getStoreCode()).isEqualTo(store);
    assertThat(proposal.getProduct()).isEqualTo("Fibra 500 Mega");
    assertThat(proposal.getClientName()).isEqualTo(leads.findById(pulled.leadId()).orElseThrow().getName());
    assertThat(proposal.getAuditType()).isEqualTo("OFFLINE");
    assertThat(phones.findByProposalIdOrderById(proposal.getId()))
        .extracting(ProposalPhone::getType, ProposalPhone::getStatus)
        .containsExactly(tuple(ProposalPhone.Type.CELULAR, ProposalPhone.Status.NOT_CALLED));

    ProcessInstance pi = instance(proposal.getCode());
    assertThat(pi).isWaitingAt(AuditProposal.id()).task().hasCandidateGroup(Roles.AUDITORS).isNotAssigned();
    assertThat(pi).variables()
        .containsEntry("situation", "PENDING_AUDIT")
        .containsEntry("seller", seller)
        .containsEntry("editable", false)
        .containsEntry("clientName", proposal.getClientName());
    assertThat(changes.findByProposalIdOrderById(proposal.getId()))
        .extracting(ProposalChange::getTask, ProposalChange::getChangedBy, ProposalChange::getFromSituation,
            ProposalChange::getToSituation)
        .containsExactly(tuple("Venda", seller, null, Situation.PENDING_AUDIT));
  }

  @Test
  void pendingGoesToTheSellerAloneWhoFixesTheDataDialsAnotherPhoneAndSendsItToAudit() {
    String code = sell("PENDING_OPERATOR");
    ProcessInstance pi = instance(code);
    assertThat(pi).isWaitingAt(ResolvePendency.id()).task().isAssignedTo(seller);
    assertThat(pi).variables().containsEntry("editable", true);
    Map<String, Object> options = Map.of("situationOptions", runtimeService.getVariable(pi.getId(), "situationOptions"));
    assertThat(options.toString()).contains("PENDING_OPERATOR", "PENDING_AUDIT").doesNotContain("CONFIRMED");

    // Seed 003 "Rediscar": the first number does not answer; a new one is inserted and answers.
    assertThat(runtimeService.getVariable(pi.getId(), "phoneOptions").toString()).contains("+5562990000000");
    Map<String, Object> noAnswer = keepData(code, "PENDING_OPERATOR");
    noAnswer.putAll(Map.of("dialedPhone", "+5562990000000", "dialResult", "NO_ANSWER"));
    process.completeAs(seller, task(code).getId(), noAnswer);
    Map<String, Object> resolved = new HashMap<>(Map.of(
        "situation", "PENDING_AUDIT",
        "clientName", "Maria da Silva",
        "cpfCnpj", "529.982.247-25",
        "email", "maria@example.com",
        "product", "Fibra 500 Mega + TV",
        "newPhoneType", "COMERCIAL", "newPhoneDdd", "62", "newPhoneNumber", "3212-0000",
        "dialedPhone", "+556232120000", "dialResult", "ANSWERED"));
    process.completeAs(seller, task(code).getId(), resolved);

    assertThat(pi).hasPassed(RecordSituation.id()).isWaitingAt(AuditProposal.id());
    Proposal proposal = proposals.byCode(code);
    assertThat(proposal.getSituation()).isEqualTo(Situation.PENDING_AUDIT);
    assertThat(proposal.getClientName()).isEqualTo("Maria da Silva");
    assertThat(proposal.getCpfCnpj()).isEqualTo("52998224725");
    assertThat(proposal.getProduct()).isEqualTo("Fibra 500 Mega + TV");
    assertThat(phones.findByProposalIdOrderById(proposal.getId()))
        .extracting(ProposalPhone::getType, ProposalPhone::getPhone, ProposalPhone::getStatus)
        .containsExactly(
            tuple(ProposalPhone.Type.CELULAR, "+5562990000000", ProposalPhone.Status.NO_ANSWER),
            tuple(ProposalPhone.Type.COMERCIAL, "+556232120000", ProposalPhone.Status.ANSWERED));
    assertThat(phones.findByProposalIdOrderById(proposal.getId())).allSatisfy(p -> assertThat(p.getLastCallAt()).isNotNull());
    ProposalChange last = lastChange(proposal);
    assertThat(last.getTask()).isEqualTo(ResolvePendency.id());
    assertThat(last.getChangedBy()).isEqualTo(seller);
    assertThat(last.getFromSituation()).isEqualTo(Situation.PENDING_OPERATOR);
    assertThat(last.getToSituation()).isEqualTo(Situation.PENDING_AUDIT);
    assertThat(last.getChangedFields()).contains("Nome: \"Cliente 1\" → \"Maria da Silva\"", "CPF/CNPJ",
        "Telefone inserido: (62) 3212-0000 (Comercial)", "Ligação para (62) 3212-0000: Atendeu");
    List<ProposalChange> log = changes.findByProposalIdOrderById(proposal.getId());
    assertThat(log.get(log.size() - 2).getChangedFields()).isEqualTo("Ligação para (62) 99000-0000: Não atende");
  }

  @Test
  void theAuditorReturnsItSayingWhatIsPendingTheSellerResolvesAndTheAuditorConfirms() {
    String code = sell("PENDING_OPERATOR");
    ProcessInstance pi = instance(code);
    process.completeAs(seller, task(code).getId(), keepData(code, "PENDING_OPERATOR"));
    assertThat(pi).isWaitingAt(ResolvePendency.id()).task().isAssignedTo(seller);
    process.completeAs(seller, task(code).getId(), keepData(code, "PENDING_AUDIT"));
    assertThat(pi).isWaitingAt(AuditProposal.id());

    String audit = task(code).getId();
    assertRefused(auditor, audit, Map.of("situation", "RETURNED_TO_OPERATOR"),
        "Ao devolver ao operador, descreva em Observação o que está pendente.");
    process.completeAs(auditor, audit, Map.of("situation", "RETURNED_TO_OPERATOR", "observation", "Falta o CPF do titular"));
    assertThat(pi).isWaitingAt(ResolvePendency.id()).task().isAssignedTo(seller);
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.RETURNED_TO_OPERATOR);
    assertThat(pi).variables().doesNotContainKey("observation");

    Map<String, Object> fixed = keepData(code, "PENDING_AUDIT");
    fixed.put("cpfCnpj", "52998224725");
    process.completeAs(seller, task(code).getId(), fixed);
    process.completeAs(auditor, task(code).getId(), Map.of("situation", "CONFIRMED_IN_AUDIT"));

    assertThat(pi).hasPassed(EndEvent_Confirmed.id()).isEnded();
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.CONFIRMED_IN_AUDIT);
    assertThat(changes.findByProposalIdOrderById(proposals.byCode(code).getId()))
        .extracting(ProposalChange::getTask, ProposalChange::getChangedBy, ProposalChange::getToSituation)
        .containsExactly(
            tuple("Venda", seller, Situation.PENDING_OPERATOR),
            tuple(ResolvePendency.id(), seller, Situation.PENDING_OPERATOR),
            tuple(ResolvePendency.id(), seller, Situation.PENDING_AUDIT),
            tuple(AuditProposal.id(), auditor, Situation.RETURNED_TO_OPERATOR),
            tuple(ResolvePendency.id(), seller, Situation.PENDING_AUDIT),
            tuple(AuditProposal.id(), auditor, Situation.CONFIRMED_IN_AUDIT));
  }

  @Test
  void theAuditorKeepsItInAuditOrCancelsItWithReasonAndObservation() {
    String code = sell("PENDING_AUDIT");
    ProcessInstance pi = instance(code);
    process.completeAs(auditor, task(code).getId(), Map.of("situation", "PENDING_AUDIT"));
    assertThat(pi).isWaitingAt(AuditProposal.id());

    String audit = task(code).getId();
    assertRefused(auditor, audit, Map.of("situation", "CANCELLED_IN_AUDIT", "observation", "Cliente negou"),
        "Para cancelar, informe o motivo do cancelamento.");
    assertRefused(auditor, audit, Map.of("situation", "CANCELLED_IN_AUDIT", "cancelReason", "NOT_CONFIRMED"),
        "Para cancelar, descreva em Observação o que foi encontrado.");
    process.completeAs(auditor, audit, Map.of("situation", "CANCELLED_IN_AUDIT", "cancelReason", "NOT_CONFIRMED",
        "observation", "Na gravação o cliente não aceita a oferta"));

    assertThat(pi).hasPassed(EndEvent_Cancelled.id()).isEnded();
    ProposalChange last = lastChange(proposals.byCode(code));
    assertThat(last.getToSituation()).isEqualTo(Situation.CANCELLED_IN_AUDIT);
    assertThat(last.getCancelReason()).isEqualTo(CancelReason.NOT_CONFIRMED);
    assertThat(last.getObservation()).isEqualTo("Na gravação o cliente não aceita a oferta");
  }

  @Test
  void theOperatorCancellingAtTheSaleEndsTheProposalAtOnce() {
    String code = sell("CANCELLED_BY_OPERATOR");

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).singleResult()
        .getEndActivityId()).isEqualTo(EndEvent_Cancelled.id());
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.CANCELLED_BY_OPERATOR);
  }

  @Test
  void whoSoldNeverAuditsTheirOwnSale() {
    String sellerAndAuditor = fixtures.user(fixtures.unique("agentauditor"),
        List.of(Roles.AGENTS, Roles.storeGroup(store), Roles.AUDITORS));
    String code = sell(sellerAndAuditor, "PENDING_AUDIT");
    String audit = task(code).getId();

    assertThatThrownBy(() -> taskService.claim(audit, sellerAndAuditor))
        .satisfies(e -> assertThat(UserFacingException.findIn(e)).hasMessage(ProposalForm.OWN_SALE_REFUSED));
    assertRefused(sellerAndAuditor, audit, Map.of("situation", "CONFIRMED_IN_AUDIT"),
        ProposalForm.OWN_SALE_REFUSED);
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.PENDING_AUDIT);

    taskService.claim(audit, auditor);
    process.completeAs(auditor, audit, Map.of("situation", "CONFIRMED_IN_AUDIT"));
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.CONFIRMED_IN_AUDIT);
  }

  @Test
  void aSituationTheDecisionDoesNotAllowInThisPhaseIsRefused() {
    assertThatThrownBy(() -> sell("CONFIRMED_IN_AUDIT"))
        .satisfies(e -> assertThat(UserFacingException.findIn(e))
            .hasMessage("Situação do pedido não permitida nesta etapa: CONFIRMED_IN_AUDIT."));

    String code = sell("PENDING_OPERATOR");
    assertRefused(seller, task(code).getId(), keepData(code, "CONFIRMED_IN_AUDIT"),
        "Situação do pedido não permitida nesta etapa: CONFIRMED_IN_AUDIT.");
    assertRefused(seller, task(code).getId(), keepData(code, null), "Informe a situação do pedido.");
    assertThat(instance(code)).isWaitingAt(ResolvePendency.id());
  }

  @Test
  void badDataInThePendencyIsRefusedInPortuguese() {
    String code = sell("PENDING_OPERATOR");
    String pendency = task(code).getId();
    Map<String, Object> badCpf = keepData(code, "PENDING_AUDIT");
    badCpf.put("cpfCnpj", "111.111.111-12");
    assertRefused(seller, pendency, badCpf, "CPF/CNPJ inválido: 111.111.111-12.");

    Map<String, Object> badDdd = keepData(code, "PENDING_AUDIT");
    badDdd.putAll(Map.of("newPhoneType", "CELULAR", "newPhoneDdd", "6", "newPhoneNumber", "990000000"));
    assertRefused(seller, pendency, badDdd, "Novo telefone: o DDD tem 2 dígitos.");

    Map<String, Object> badNumber = keepData(code, "PENDING_AUDIT");
    badNumber.putAll(Map.of("newPhoneType", "CELULAR", "newPhoneDdd", "62", "newPhoneNumber", "123"));
    assertRefused(seller, pendency, badNumber, "Novo telefone: número inválido para o DDD 62.");

    Map<String, Object> notTheClients = keepData(code, "PENDING_AUDIT");
    notTheClients.putAll(Map.of("dialedPhone", "+5511999990000", "dialResult", "ANSWERED"));
    assertRefused(seller, pendency, notTheClients, "Ligação: o telefone discado não é deste cliente.");

    Map<String, Object> noResult = keepData(code, "PENDING_AUDIT");
    noResult.put("dialedPhone", "+5562990000000");
    assertRefused(seller, pendency, noResult, "Ligação: informe o telefone discado e o resultado.");

    Map<String, Object> noProduct = keepData(code, "PENDING_AUDIT");
    noProduct.put("product", " ");
    assertRefused(seller, pendency, noProduct, "Descreva o produto vendido.");
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.PENDING_OPERATOR);
  }

  @Test
  void maintenanceInterruptsThePendencyAndSendsTheProposalToAudit() {
    String code = sell("PENDING_OPERATOR");
    ProcessInstance pi = instance(code);

    OpenTasks.OpenTask maintain = proposals.openMaintenance(code, maintenanceUser());

    assertThat(pi).hasPassed(Event_MaintenanceDuringPendency.id()).isWaitingAt(MaintainProposal.id());
    assertThat(maintain.processInstanceId()).isEqualTo(pi.getId());
    assertThat(taskService.createTaskQuery().taskId(maintain.id()).taskCandidateGroup(Roles.MAINTENANCE).count())
        .isEqualTo(1);
    assertThat(proposals.openMaintenance(code, maintenanceUser()).id()).as("opening twice gives the same task")
        .isEqualTo(maintain.id());
    process.completeAs(keeper, maintain.id(), keepData(code, "PENDING_AUDIT"));

    assertThat(pi).isWaitingAt(AuditProposal.id());
    assertThat(lastChange(proposals.byCode(code)))
        .extracting(ProposalChange::getTask, ProposalChange::getChangedBy, ProposalChange::getFromSituation,
            ProposalChange::getToSituation)
        .containsExactly(MaintainProposal.id(), keeper, Situation.PENDING_OPERATOR, Situation.PENDING_AUDIT);
  }

  @Test
  void maintenanceConfirmsInPlaceOfAnAbsentAuditorOrSendsItBackToTheOperator() {
    String confirmed = sell("PENDING_AUDIT");
    proposals.openMaintenance(confirmed, maintenanceUser());
    assertThat(instance(confirmed)).hasPassed(Event_MaintenanceDuringAudit.id()).isWaitingAt(MaintainProposal.id());
    process.completeAs(keeper, task(confirmed).getId(), keepData(confirmed, "CONFIRMED_IN_MAINTENANCE"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(confirmed)
        .singleResult().getEndActivityId()).isEqualTo(EndEvent_Confirmed.id());

    String returned = sell("PENDING_AUDIT");
    proposals.openMaintenance(returned, maintenanceUser());
    Map<String, Object> edited = keepData(returned, "RETURNED_TO_OPERATOR");
    edited.put("product", "Fibra 300 Mega");
    edited.put("observation", "Produto corrigido; confirmar endereço com o cliente");
    process.completeAs(keeper, task(returned).getId(), edited);
    assertThat(instance(returned)).isWaitingAt(ResolvePendency.id()).task().isAssignedTo(seller);
    assertThat(proposals.byCode(returned).getProduct()).isEqualTo("Fibra 300 Mega");
    assertThat(lastChange(proposals.byCode(returned)).getChangedFields())
        .isEqualTo("Produto: \"Fibra 500 Mega\" → \"Fibra 300 Mega\"");
  }

  @Test
  void afterTheEndMaintenanceStartsAgainOnTheSameCodeAndCancels() {
    String code = sell("PENDING_AUDIT");
    process.completeAs(auditor, task(code).getId(), Map.of("situation", "CONFIRMED_IN_AUDIT"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

    OpenTasks.OpenTask maintain = proposals.openMaintenance(code, maintenanceUser());

    ProcessInstance again = instance(code);
    assertThat(again).hasPassed(StartEvent_MaintenanceAfterEnd.id()).isWaitingAt(MaintainProposal.id());
    assertThat(again.getBusinessKey()).isEqualTo(code);
    assertThat(proposals.byCode(code).getProcessInstanceId()).isEqualTo(again.getId());
    assertThat(again).variables().containsEntry("currentSituation", "CONFIRMED_IN_AUDIT").containsEntry("seller", seller);
    assertRefused(keeper, maintain.id(), keepData(code, "CANCELLED_IN_MAINTENANCE"),
        "Para cancelar, informe o motivo do cancelamento.");
    Map<String, Object> cancel = keepData(code, "CANCELLED_IN_MAINTENANCE");
    cancel.put("cancelReason", "CLIENT_GAVE_UP");
    cancel.put("observation", "Cliente ligou desistindo");
    process.completeAs(keeper, maintain.id(), cancel);

    assertThat(again).hasPassed(EndEvent_Cancelled.id()).isEnded();
    assertThat(proposals.byCode(code).getSituation()).isEqualTo(Situation.CANCELLED_IN_MAINTENANCE);
    assertThat(changes.findByProposalIdOrderById(proposals.byCode(code).getId()))
        .extracting(ProposalChange::getFromSituation, ProposalChange::getToSituation)
        .containsExactly(tuple(null, Situation.PENDING_AUDIT),
            tuple(Situation.PENDING_AUDIT, Situation.CONFIRMED_IN_AUDIT),
            tuple(Situation.CONFIRMED_IN_AUDIT, Situation.CANCELLED_IN_MAINTENANCE));
  }

  @Test
  void maintenanceMayOnlyFixTheDataOfAPendingProposal() {
    String code = sell("PENDING_OPERATOR");
    proposals.openMaintenance(code, maintenanceUser());
    Map<String, Object> edited = keepData(code, "PENDING_OPERATOR");
    edited.put("email", "novo@example.com");
    process.completeAs(keeper, task(code).getId(), edited);

    assertThat(instance(code)).isWaitingAt(ResolvePendency.id());
    assertThat(proposals.byCode(code).getEmail()).isEqualTo("novo@example.com");
    assertThatThrownBy(() -> proposals.openMaintenance(code, new AtendeUser(seller, Set.of(Roles.AGENTS))))
        .hasMessage("Só a equipe de manutenção altera propostas na manutenção.");
  }

  private String sell(String situation) {
    return sell(seller, situation);
  }

  private String sell(String who, String situation) {
    Pulled pulled = pull(who);
    Map<String, Object> variables = new HashMap<>(Map.of("outcome", "CONTRACTED", "saleDescription", "Fibra 500 Mega"));
    if (situation != null) {
      variables.put("situation", situation);
    }
    process.completeAs(who, pulled.taskId(), variables);
    return proposalRows.findFirstByLeadIdOrderByIdDesc(pulled.leadId()).orElseThrow().getCode();
  }

  private Pulled pull(String who) {
    return attendance.pullNext(new AtendeUser(who, Set.of(Roles.AGENTS, Roles.storeGroup(store))), store, campaign);
  }

  /** Completes as that user would in Tasklist: authenticated with their groups. */
  private void assertRefused(String user, String taskId, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> process.completeAs(user, taskId, variables))
        .satisfies(e -> assertThat(UserFacingException.findIn(e)).hasMessage(message));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
  }

  /** What the form submits when only the situation changes: the data as loaded. */
  private Map<String, Object> keepData(String code, String situation) {
    Task task = task(code);
    Map<String, Object> variables = new HashMap<>();
    for (String name : List.of("clientName", "cpfCnpj", "email", "address", "product")) {
      variables.put(name, taskService.getVariableTyped(task.getId(), name));
    }
    variables.put("situation", situation);
    return variables;
  }

  private AtendeUser maintenanceUser() {
    return new AtendeUser(keeper, Set.of(Roles.MAINTENANCE));
  }

  private ProcessInstance instance(String code) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
        .processDefinitionKey(ProposalProcess.KEY).singleResult();
  }

  private Task task(String code) {
    return taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
  }

  private ProposalChange lastChange(Proposal proposal) {
    List<ProposalChange> log = changes.findByProposalIdOrderById(proposal.getId());
    return log.get(log.size() - 1);
  }
}
