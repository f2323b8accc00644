package br.com.atende.inbound;

import static br.com.atende.support.ProcessEngineExtension.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.availability.Availability;
import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.followup.FollowUpService;
import br.com.atende.followup.FollowUpService.OpenRequest;
import br.com.atende.followup.FollowUpView;
import br.com.atende.inbound.InboundContactProcess.Element;
import br.com.atende.inbound.InboundContactProcess.UserTask;
import br.com.atende.inbound.InboundService.NewContact;
import br.com.atende.inbound.InboundService.Received;
import br.com.atende.invoice.InvoiceService;
import br.com.atende.invoice.InvoiceStatus;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * bpmn/inbound-contact/inbound-contact.bpmn through the engine on MariaDB: every route of DMN
 * inbound-routing, the timer handing the owner's task to sales, and each outcome. Clock: Monday
 * 30/11/2026 10:00 in São Paulo (ProcessEngineExtension).
 */
@MariaDbIntegrationTest
class InboundContactProcessTest {

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired InboundService service;
  @Autowired InactivationService inactivations;
  @Autowired FollowUpService followUps;
  @Autowired InvoiceService invoices;
  @Autowired Availability availability;
  @Autowired ClientRepository clients;
  @Autowired ClientRegistry registry;
  @Autowired Fixtures fixtures;
  @Autowired IdentityService identityService;

  String seller;
  String owner;
  String supporter;
  String supervisor;
  long clientId;

  @BeforeEach
  void setUp() {
    seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    owner = fixtures.user(fixtures.unique("helena"), List.of(Roles.SALES));
    supporter = fixtures.user(fixtures.unique("igor"), List.of(Roles.SUPPORT));
    supervisor = fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS));
    clientId = clients.save(new Client("Escritório Rosa Advogados", fixtures.uniquePhone(), null, null, false))
        .getId();
  }

  @Test
  void aValidFollowUpGoesToItsOwnerAndWithoutAnAnswerInTimeToAnyFreeSeller() {
    openFollowUp(owner, "SALE_WITH_CONTACT", "Intimação eletrônica");

    Received received = receive(Intent.BUY, "intimacao eletronica");

    assertThat(received.code()).matches("RC-\\d{6}");
    assertThat(received.routedTo().user()).isEqualTo(owner);
    assertThat(received.rule()).isEqualTo("VALID_FOLLOW_UP_OWNER");
    ProcessInstance pi = instance(received);
    assertThat(pi).isWaitingAt(UserTask.AttendInbound.id()).task().isAssignedTo(owner);
    assertThat(pi).variables().containsEntry("rule", "VALID_FOLLOW_UP_OWNER").containsEntry("clientName",
        "Escritório Rosa Advogados").containsEntry("alerts", "Nenhum alerta.");

    // The owner has the BPMN's ownerResponseTimeout (PT15M): not before.
    Job timer = timer(pi);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(Fixtures.MONDAY_10AM.atZone(
        BusinessTime.ZONE).toInstant().plus(Duration.ofMinutes(15)));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    process.clock(Fixtures.MONDAY_10AM.plusMinutes(16));
    managementService.executeJob(timer.getId());

    assertThat(pi).hasPassed(ids(Element.HandToSales, Element.EndEvent_HandedToSales))
        .isWaitingAt(UserTask.AttendInbound.id());
    Task task = task(received);
    assertThat(task.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).contains(Roles.SALES);
    InboundContact row = service.byCode(received.code());
    assertThat(row.getRule()).isEqualTo("NO_ANSWER_IN_TIME");
    assertThat(row.getHandedOverAt()).isNotNull();
    assertThat(runtimeService.getVariable(pi.getId(), "rule")).isEqualTo("NO_ANSWER_IN_TIME");

    // A colleague sells: the commission table sees the owner's valid follow-up (the manager decides).
    process.completeAs(seller, task.getId(), Map.of("inboundOutcome", "SOLD", "product", "Intimação eletrônica",
        "saleDescription", "Plano anual de intimação eletrônica"));
    assertThat(pi).hasPassed(ids(Element.RecordOutcome, Element.EndEvent_Attended)).isEnded();
    row = service.byCode(received.code());
    assertThat(row.getOutcome()).isEqualTo(InboundContactProcess.Outcome.SOLD);
    assertThat(row.getAttendedBy()).isEqualTo(seller);
    assertThat(row.getSaleId()).isNotNull();
    assertThat(timelineText()).contains("Venda · Intimação eletrônica · Telefone", "Comissão",
        "Contato recebido " + received.code() + " (Quer contratar): Vendido");
  }

  @Test
  void anOwnerAwayOrAFollowUpWithoutContactLeaveItToTheTeamAndTheTimerDoesNothing() {
    openFollowUp(owner, "SALE_WITH_CONTACT", "Pesquisa de processos");
    availability.change(owner, new Availability.Change("VACATION", LocalDate.of(2026, 12, 10)), user(supervisor));

    Received away = receive(Intent.PRICE_INQUIRY, null);
    assertThat(away.routedTo().group()).isEqualTo(Roles.SALES);
    assertThat(away.routedTo().user()).isNull();
    assertThat(away.rule()).isEqualTo("OWNER_AWAY");
    assertThat(taskService.getIdentityLinksForTask(task(away).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Roles.SALES);
    process.clock(Fixtures.MONDAY_10AM.plusMinutes(16));
    managementService.executeJob(timer(instance(away)).getId());
    assertThat(instance(away)).hasPassed(ids(Element.EndEvent_AlreadyWithTeam)).hasNotPassed(ids(Element.HandToSales));
    assertThat(service.byCode(away.code()).getRule()).isEqualTo("OWNER_AWAY");

    long other = clients.save(new Client("Maria Souza", fixtures.uniquePhone(), null, null, false)).getId();
    followUps.open(other, new OpenRequest("SALE_NO_CONTACT", "Monitoramento", false, null, "Tentei ligar, sem resposta"),
        user(owner));
    assertThat(service.receive(contact(other, Intent.BUY, null), user(seller)).rule()).isEqualTo("FOLLOW_UP_WITHOUT_CONTACT");
  }

  @Test
  void withoutAFollowUpSalesSellsPricesGoToPersuasionSupportToSupportAndAnotherProductIsWhoeverAttends() {
    assertThat(receive(Intent.BUY, null).rule()).isEqualTo("SELL_NOW");
    assertThat(receive(Intent.PRICE_INQUIRY, null).rule()).isEqualTo("PRICE_PERSUASION");
    Received support = receive(Intent.SUPPORT, null);
    assertThat(support.routedTo().group()).isEqualTo(Roles.SUPPORT);
    assertThat(support.rule()).isEqualTo("SUPPORT_TEAM");

    // Item 3: the owner's follow-up is about another product, so this sale is for whoever attends.
    openFollowUp(owner, "SALE_WITH_CONTACT", "Intimação eletrônica");
    assertThat(receive(Intent.BUY, "Pesquisa de processos").rule()).isEqualTo("SELL_NOW");
    assertThat(receive(Intent.BUY, null).routedTo().user()).isEqualTo(owner);
  }

  @Test
  void aRecontractWithin15DaysOfAManualInactivationGoesToWhoInactivatedAndNeedsTheClientsAnswer() {
    process.clock(Fixtures.MONDAY_10AM.minusDays(15));
    inactivations.inactivate(clientId, new InactivationService.NewInactivation("MANUAL", "Cliente pediu o cancelamento"),
        user(owner));
    process.clock(Fixtures.MONDAY_10AM);

    Received received = receive(Intent.RECONTRACT, "Intimação eletrônica");
    assertThat(received.routedTo().user()).isEqualTo(owner);
    assertThat(received.rule()).isEqualTo("RECENT_MANUAL_INACTIVATION");
    assertThat(instance(received)).variables().containsEntry("askClientAnswer", true).containsEntry("recontract", true);
    assertThat((String) runtimeService.getVariable(instance(received).getId(), "alerts"))
        .startsWith("Cliente inativado em 15/11/2026 por").contains("(manual): Cliente pediu o cancelamento");

    Task task = task(received);
    assertRefused(owner, task, Map.of("inboundOutcome", "RESOLVED", "note", "Cliente vai pensar"),
        HttpStatus.BAD_REQUEST, "Resposta do cliente (clientAnswer)");
    process.completeAs(owner, task.getId(), Map.of("inboundOutcome", "RESOLVED", "note", "Ofereci o plano anual",
        "clientAnswer", "Não tenho interesse na contratação neste momento."));
    assertThat(service.byCode(received.code()).getClientAnswer())
        .isEqualTo("Não tenho interesse na contratação neste momento.");
    assertThat(timelineText()).contains("Resposta do cliente: Não tenho interesse", "Cliente inativado (manual)");
  }

  @Test
  void afterThe15thDayOrAnAutomaticInactivationAnyoneRecontracts() {
    process.clock(Fixtures.MONDAY_10AM.minusDays(16));
    inactivations.inactivate(clientId, new InactivationService.NewInactivation("MANUAL", "Cliente pediu o cancelamento"),
        user(owner));
    process.clock(Fixtures.MONDAY_10AM);
    assertThat(receive(Intent.RECONTRACT, null).rule()).isEqualTo("RECONTRACT_ANYONE");

    long other = clients.save(new Client("Carlos Lima", fixtures.uniquePhone(), null, null, false)).getId();
    inactivations.inactivate(other, new InactivationService.NewInactivation("AUTOMATIC", "Inadimplência de 90 dias"),
        user(supervisor));
    Received automatic = service.receive(contact(other, Intent.RECONTRACT, null), user(seller));
    assertThat(automatic.rule()).isEqualTo("RECONTRACT_ANYONE");
    // No manual inactivation: the client's answer is not asked.
    assertThat(runtimeService.getVariable(automatic.processInstanceId(), "askClientAnswer")).isEqualTo(false);
  }

  @Test
  void aQuoteSentOpensTheTwoDayFollowUpOfWhoSentItAndAResolvedContactNeedsARealNote() {
    Received received = receive(Intent.PRICE_INQUIRY, "Pesquisa de processos");
    Task task = task(received);
    assertRefused(seller, task, Map.of("inboundOutcome", "RESOLVED", "note", "[...]"), HttpStatus.BAD_REQUEST,
        "O que foi feito (note)");
    assertRefused(seller, task, Map.of("inboundOutcome", "CALLED"), HttpStatus.BAD_REQUEST, "Resultado (inboundOutcome)");

    process.completeAs(seller, task.getId(), Map.of("inboundOutcome", "QUOTE_SENT", "note", "Valores enviados por e-mail"));

    InboundContact row = service.byCode(received.code());
    assertThat(row.getOutcome()).isEqualTo(InboundContactProcess.Outcome.QUOTE_SENT);
    FollowUpView followUp = followUps.openOf(clientId).stream().filter(f -> f.code().equals(row.getFollowUpCode()))
        .findFirst().orElseThrow();
    assertThat(followUp.type()).isEqualTo("SALE_WITH_CONTACT");
    assertThat(followUp.owner()).isEqualTo(seller);
    assertThat(followUp.product()).isEqualTo("Pesquisa de processos");
    assertThat(followUp.dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(timelineText()).contains("Movimentação · Orçamento · Telefone · Pesquisa de processos");

    Received support = receive(Intent.SUPPORT, null);
    ProcessInstance supportInstance = instance(support);
    process.completeAs(supporter, task(support).getId(), Map.of("inboundOutcome", "RESOLVED",
        "note", "Dúvida de uso resolvida no chat"));
    assertThat(supportInstance).isEnded();
    assertThat(service.byCode(support.code()).getNote()).isEqualTo("Dúvida de uso resolvida no chat");
  }

  @Test
  void handedToSalesTheContactWaitsForTheTeamAndIsNotHandedTwice() {
    Received support = receive(Intent.SUPPORT, "Intimação eletrônica");
    process.completeAs(supporter, task(support).getId(), Map.of("inboundOutcome", "HANDED_TO_SALES",
        "note", "Cliente quer contratar mais advogados"));

    ProcessInstance pi = instance(support);
    assertThat(pi).isWaitingAt(UserTask.AttendInbound.id());
    assertThat(taskService.getIdentityLinksForTask(task(support).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Roles.SALES);
    InboundContact row = service.byCode(support.code());
    assertThat(row.getRule()).isEqualTo("HANDED_TO_SALES");
    assertThat(row.getStatus()).isEqualTo(InboundContact.OPEN);
    // The new task's form starts empty.
    assertThat(runtimeService.getVariable(pi.getId(), "note")).isNull();
    assertRefused(seller, task(support), Map.of("inboundOutcome", "HANDED_TO_SALES"), HttpStatus.BAD_REQUEST,
        "já está com a equipe comercial");
    process.completeAs(seller, task(support).getId(), Map.of("inboundOutcome", "SOLD",
        "saleDescription", "Mais dois advogados no plano"));
    assertThat(pi).isEnded();
    assertThat(timelineText()).contains("Passar para a equipe comercial", "Venda · Intimação eletrônica");
  }

  @Test
  void aRecontractAfterAYearOldDebtWaivesItAndRefusesADiscountUnlessFromADispatchCampaign() {
    invoices.create(clientId, new InvoiceService.NewInvoice("9001", "Mensalidade", "2025-10-01", "180,00", null),
        user(seller));
    invoices.create(clientId, new InvoiceService.NewInvoice("9002", "Mensalidade", "2026-11-01", "180,00", null),
        user(seller));
    inactivations.inactivate(clientId, new InactivationService.NewInactivation("AUTOMATIC", "Inadimplência"),
        user(supervisor));

    Received received = receive(Intent.RECONTRACT, "Intimação eletrônica");
    assertThat((String) runtimeService.getVariable(received.processInstanceId(), "alerts")).contains("Boletos em aberto: 2");
    Task task = task(received);
    assertRefused(seller, task, Map.of("inboundOutcome", "SOLD", "saleDescription", "Plano anual", "discount", true),
        HttpStatus.BAD_REQUEST, "Desconto (discount)");
    assertThat(invoices.list(clientId, user(seller))).extracting(InvoiceService.InvoiceView::status)
        .containsOnly(InvoiceStatus.OPEN);

    process.completeAs(seller, task.getId(), Map.of("inboundOutcome", "SOLD", "saleDescription", "Plano anual",
        "discount", true, "fromDispatchCampaign", true));

    assertThat(invoices.list(clientId, user(seller))).extracting(InvoiceService.InvoiceView::number,
        InvoiceService.InvoiceView::status).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("9001", InvoiceStatus.WAIVED),
        org.assertj.core.groups.Tuple.tuple("9002", InvoiceStatus.OPEN));
    assertThat(inactivations.inForce(clientId)).isEmpty();
    assertThat(timelineText()).contains("Dívida abonada na recontratação: boleto 9001", "Com desconto (campanha de disparo)",
        "Cliente reativado pela recontratação");
  }

  private void assertRefused(String user, Task task, Map<String, ?> variables, HttpStatus status, String message) {
    assertThatThrownBy(() -> process.completeAs(user, task.getId(), variables)).satisfies(e -> {
      UserFacingException refusal = UserFacingException.findIn(e);
      assertThat(refusal).as("refusal in " + e).isNotNull();
      assertThat(refusal.status()).isEqualTo(status);
      assertThat(refusal.getMessage()).contains(message);
    });
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
  }

  private void openFollowUp(String user, String type, String product) {
    followUps.open(clientId, new OpenRequest(type, product, true, null, "Orçamento enviado, cliente avaliando"),
        user(user));
  }

  private Received receive(Intent intent, String product) {
    return service.receive(contact(clientId, intent, product), user(seller));
  }

  private static NewContact contact(long client, Intent intent, String product) {
    return new NewContact(client, null, null, "PHONE", intent.name(), product, "Cliente ligou");
  }

  /** The running instance (camunda-bpm-assert follows it after it ends). */
  private ProcessInstance instance(Received received) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(received.processInstanceId()).singleResult();
  }

  private Task task(Received received) {
    return process.task(received.code(), UserTask.AttendInbound);
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private String timelineText() {
    return registry.view(clientId, user(supervisor)).get("timeline").toString();
  }

  private AtendeUser user(String id) {
    return new AtendeUser(id, identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }
}
