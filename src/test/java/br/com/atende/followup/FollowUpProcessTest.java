package br.com.atende.followup;

import static br.com.atende.followup.FollowUpProcess.Element.*;
import static br.com.atende.followup.FollowUpProcess.UserTask.*;
import static br.com.atende.support.ProcessEngineExtension.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.followup.FollowUpService.OpenRequest;
import br.com.atende.followup.FollowUpService.Opened;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * bpmn/follow-up/follow-up.bpmn through the engine on MariaDB, every path: the 7-day validation
 * approved, rejected or timed out; conclude, renew (allowed, capped, refused), sold; closed by a sale
 * elsewhere; and the timer at the end of the last day. The clock is Monday 30/11/2026 10:00 (São
 * Paulo): SALE_WITH_CONTACT is due Wednesday 02/12, at most Tuesday 08/12.
 */
@MariaDbIntegrationTest
@RecordApplicationEvents
class FollowUpProcessTest {

  static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
  static final LocalDate MAX = LocalDate.of(2026, 12, 8);

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired FollowUpService service;
  @Autowired FollowUpRepository followUps;
  @Autowired FollowUpRecordPart recordPart;
  @Autowired ClientRepository clients;
  @Autowired Fixtures fixtures;
  @Autowired ApplicationEvents events;

  Client client;
  String seller;
  String otherSeller;
  String supervisor;

  @BeforeEach
  void setUp() {
    client = clients.save(new Client("Escritório Rosa Advogados", "+5562990001111", null, null, false));
    seller = fixtures.user(fixtures.unique("ana"), List.of(Roles.SALES));
    otherSeller = fixtures.user(fixtures.unique("bruno"), List.of(Roles.SALES));
    supervisor = fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS));
  }

  @Test
  void aSaleFollowUpWaitsForItsOwnerDueAtTheEndOfTheSecondBusinessDayAndIsConcludedWithWhatWasDone() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", null);

    assertThat(opened.code()).matches("AG-\\d{6}");
    assertThat(opened.status()).isEqualTo("OPEN");
    assertThat(opened.dueOn()).isEqualTo(WEDNESDAY);
    assertThat(opened.maxDueOn()).isEqualTo(MAX);
    ProcessInstance pi = instance(opened);
    assertThat(pi).isWaitingAt(FollowUpClient.id()).task().isAssignedTo(seller)
        .hasDueDate(Date.from(BusinessTime.toInstant(LocalDateTime.of(2026, 12, 2, 23, 59, 59))));
    assertThat(pi).variables().containsEntry("clientName", client.getName())
        .containsEntry("typeLabel", "#venda/tratativas com contato").containsEntry("product", "Intimação eletrônica")
        .containsEntry("dueOnLabel", "02/12/2026").containsEntry("maxDueOnLabel", "08/12/2026");
    assertThat(service.mine(process.user(seller))).extracting(FollowUpService.Mine::code, FollowUpService.Mine::taskId,
            FollowUpService.Mine::bucket)
        .containsExactly(tuple(opened.code(), task(opened).getId(), "LATER"));

    for (String placeholder : List.of("[...]", "...", "-", " ")) {
      assertRefused(seller, opened, Map.of("followUpAction", "CONCLUDE", "observation", placeholder),
          HttpStatus.BAD_REQUEST, "Observação (observation)");
    }
    assertRefused(seller, opened, Map.of("followUpAction", "CANCEL"), HttpStatus.BAD_REQUEST, "Ação (followUpAction)");
    complete(seller, opened, Map.of("followUpAction", "CONCLUDE", "observation", "Cliente já contratou com outro fornecedor"));

    assertThat(pi).hasPassed(RecordAction.id()).isEnded().hasPassed(EndEvent_Concluded.id());
    FollowUp row = service.byCode(opened.code());
    assertThat(row.getStatus()).isEqualTo(FollowUpStatus.CONCLUDED);
    assertThat(row.getClosedBy()).isEqualTo(seller);
    assertThat(row.getClosingNote()).isEqualTo("Cliente já contratou com outro fornecedor");
    assertThat(service.mine(process.user(seller))).isEmpty();
    assertThat(recordPart.timeline(client)).extracting(TimelineEntry::title).containsExactly(
        "Agendamento aberto: #venda/tratativas com contato · Intimação eletrônica",
        "Agendamento concluído: #venda/tratativas com contato · Intimação eletrônica");
  }

  @Test
  void onlyTheOwnerWorksTheFollowUpAndTheTaskCannotBeHandedToSomeoneElse() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Pesquisa de processos", null);

    String taskId = task(opened).getId();
    assertThatThrownBy(() -> process.completeAs(otherSeller, taskId, Map.of("followUpAction", "CONCLUDE",
        "observation", "Feito por mim")));
    // Even where the engine lets it through (Java, no authentication), the listener knows the owner.
    assertThatThrownBy(() -> taskService.setAssignee(task(opened).getId(), otherSeller))
        .satisfies(e -> assertThat(UserFacingException.findIn(e).status()).isEqualTo(HttpStatus.FORBIDDEN));

    assertThat(task(opened).getAssignee()).isEqualTo(seller);
    assertThat(service.byCode(opened.code()).getStatus()).isEqualTo(FollowUpStatus.OPEN);
  }

  @Test
  void aSupervisorReassignsAndTheTaskFollowsTheNewOwner() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Pesquisa de processos", null);

    assertThatThrownBy(() -> service.reassign(opened.code(), otherSeller, process.user(seller)))
        .satisfies(e -> assertThat(UserFacingException.findIn(e).status()).isEqualTo(HttpStatus.FORBIDDEN));
    assertThatThrownBy(() -> service.reassign(opened.code(), supervisor, process.user(supervisor)))
        .hasMessageContaining("Responsável (owner)");
    service.reassign(opened.code(), otherSeller, process.user(supervisor));

    assertThat(task(opened).getAssignee()).isEqualTo(otherSeller);
    assertRefused(seller, opened, Map.of("followUpAction", "CONCLUDE", "observation", "Tentei"), HttpStatus.FORBIDDEN,
        "Só o responsável");
    complete(otherSeller, opened, Map.of("followUpAction", "CONCLUDE", "observation", "Cliente atendido pelo Bruno"));
    assertThat(service.byCode(opened.code()).getClosedBy()).isEqualTo(otherSeller);
    assertThat(recordPart.timeline(client)).extracting(TimelineEntry::title)
        .contains("Agendamento transferido: #venda/tratativas com contato · Pesquisa de processos");
  }

  @Test
  void aSaleFollowUpIsRenewedWithinItsMaximumAndNeverPastIt() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", null);
    ProcessInstance pi = instance(opened);

    assertRefused(seller, opened, Map.of("followUpAction", "RENEW", "newDueOn", "2026-12-09"), HttpStatus.BAD_REQUEST,
        "passa do prazo máximo");
    assertRefused(seller, opened, Map.of("followUpAction", "RENEW", "newDueOn", "2026-12-05"), HttpStatus.BAD_REQUEST,
        "não é dia útil");
    complete(seller, opened, Map.of("followUpAction", "RENEW", "newDueOn", "2026-12-04",
        "observation", "Cliente pediu até sexta para decidir"));

    assertThat(pi).isWaitingAt(FollowUpClient.id()).task().isAssignedTo(seller);
    assertThat(service.byCode(opened.code()).getDueOn()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(timer(pi).getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 12, 4)));
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("followUpAction", "newDueOn", "observation")
        .containsEntry("dueOnLabel", "04/12/2026");

    // Without a date: +4 business days (10/12), capped at the maximum, 08/12.
    complete(seller, opened, Map.of("followUpAction", "RENEW"));
    FollowUp row = service.byCode(opened.code());
    assertThat(row.getDueOn()).isEqualTo(MAX);
    assertThat(row.getRenewals()).isEqualTo(2);
    assertThat(timer(pi).getDuedate()).isEqualTo(endOf(MAX));

    assertRefused(seller, opened, Map.of("followUpAction", "RENEW"), HttpStatus.BAD_REQUEST, "já está no prazo máximo");
    assertThat(pi).isWaitingAt(FollowUpClient.id());
  }

  @Test
  void aFollowUpWithoutContactIsNotRenewable() {
    Opened opened = open(seller, "NO_CONTACT", "Dúvida de uso", null);

    assertThat(opened.dueOn()).isEqualTo(WEDNESDAY);
    assertThat(opened.maxDueOn()).isEqualTo(WEDNESDAY);
    assertRefused(seller, opened, Map.of("followUpAction", "RENEW"), HttpStatus.BAD_REQUEST, "não se renova");
    assertThat(service.byCode(opened.code()).getDueOn()).isEqualTo(WEDNESDAY);
  }

  @Test
  void soldByItsOwnerItEndsSoldAndTellsTheSaleFeature() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", null);
    ProcessInstance pi = instance(opened);

    assertRefused(seller, opened, Map.of("followUpAction", "SOLD"), HttpStatus.BAD_REQUEST,
        "Descrição da venda (saleDescription)");
    complete(seller, opened, Map.of("followUpAction", "SOLD", "saleDescription", "Plano anual, 3 advogados"));

    assertThat(pi).isEnded().hasPassed(EndEvent_Sold.id());
    assertThat(service.byCode(opened.code()).getStatus()).isEqualTo(FollowUpStatus.SOLD);
    assertThat(events.stream(FollowUpSold.class)).containsExactly(new FollowUpSold(opened.code(), client.getId(),
        "Intimação eletrônica", seller, "Plano anual, 3 advogados"));
  }

  @Test
  void aSaleRegisteredElsewhereClosesTheSellersFollowUpsOfThatProductOnly() {
    Opened same = open(seller, "SALE_WITH_CONTACT", "Intimação Eletrônica", null);
    Opened otherProduct = open(seller, "SALE_WITH_CONTACT", "Pesquisa de processos", null);
    Opened otherOwner = open(otherSeller, "SALE_NO_CONTACT", "Intimação eletrônica", null);
    ProcessInstance closed = instance(same);

    assertThat(service.closeForSale(client.getId(), "  intimacao   eletronica ", seller)).containsExactly(same.code());

    assertThat(closed).isEnded().hasPassed(EndEvent_ClosedBySale.id());
    assertThat(service.byCode(same.code()).getStatus()).isEqualTo(FollowUpStatus.SOLD);
    assertThat(instance(otherProduct)).isWaitingAt(FollowUpClient.id());
    assertThat(instance(otherOwner)).isWaitingAt(FollowUpClient.id());
    assertThat(service.openOf(client.getId())).extracting(FollowUpView::code, FollowUpView::owner,
            FollowUpView::holdsClient)
        .containsExactlyInAnyOrder(tuple(otherProduct.code(), seller, true),
            tuple(otherOwner.code(), otherSeller, false));
    assertThat(events.stream(FollowUpSold.class)).isEmpty();
  }

  @Test
  void theTimerExpiresItAtTheEndOfItsLastDaySaoPauloTime() {
    Opened opened = open(seller, "SUPPORT", "Treinamento do sistema", null);
    ProcessInstance pi = instance(opened);
    Job timer = timer(pi);

    assertThat(timer.getDuedate()).isEqualTo(endOf(WEDNESDAY));
    process.clock(LocalDateTime.of(2026, 12, 2, 23, 59, 0));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    process.clock(LocalDateTime.of(2026, 12, 3, 0, 0, 0));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    managementService.executeJob(timer.getId());

    assertThat(pi).isEnded().hasPassed(ids(RecordExpiry, EndEvent_Expired));
    assertThat(service.byCode(opened.code()).getStatus()).isEqualTo(FollowUpStatus.EXPIRED);
    assertThat(recordPart.timeline(client)).extracting(TimelineEntry::detail)
        .contains("O prazo terminou em 02/12/2026 sem conclusão.");
  }

  @Test
  void moreThanSevenDaysAheadWaitsForASupervisorAndCountsOnlyOnceApproved() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", MAX);
    ProcessInstance pi = instance(opened);

    assertThat(opened.status()).isEqualTo("PENDING_VALIDATION");
    assertThat(pi).isWaitingAt(ValidateFollowUp.id()).task().hasCandidateGroup(Roles.SUPERVISORS)
        .isNotAssigned();
    assertThat(service.mine(process.user(seller))).isEmpty();
    assertThat(service.openOf(client.getId())).extracting(FollowUpView::status, FollowUpView::holdsClient)
        .containsExactly(tuple("PENDING_VALIDATION", false));

    String validation = task(opened).getId();
    assertThatThrownBy(() -> process.completeAs(seller, validation, Map.of("validationDecision", "APPROVE")));
    process.completeAs(supervisor, validation, Map.of("validationDecision", "APPROVE"));

    assertThat(pi).hasPassed(RecordValidation.id()).isWaitingAt(FollowUpClient.id()).task()
        .isAssignedTo(seller);
    FollowUp row = service.byCode(opened.code());
    assertThat(row.getStatus()).isEqualTo(FollowUpStatus.OPEN);
    assertThat(row.getValidatedBy()).isEqualTo(supervisor);
    assertThat(service.mine(process.user(seller))).extracting(FollowUpService.Mine::code).containsExactly(opened.code());
  }

  @Test
  void aRejectedValidationSaysWhyAndEndsTheFollowUp() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", MAX);
    ProcessInstance pi = instance(opened);
    String validation = task(opened).getId();

    assertThatThrownBy(() -> process.completeAs(supervisor, validation, Map.of("validationDecision", "REJECT")))
        .hasMessageContaining("Justificativa (validationNote)");
    process.completeAs(supervisor, validation, Map.of("validationDecision", "REJECT",
        "validationNote", "Sem caso que justifique mais de 7 dias"));

    assertThat(pi).isEnded().hasPassed(EndEvent_Rejected.id());
    FollowUp row = service.byCode(opened.code());
    assertThat(row.getStatus()).isEqualTo(FollowUpStatus.REJECTED);
    assertThat(row.getClosingNote()).isEqualTo("Sem caso que justifique mais de 7 dias");
  }

  @Test
  void aValidationNobodyDecidedExpiresWithItsDeadline() {
    Opened opened = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", MAX);
    ProcessInstance pi = instance(opened);

    process.clock(LocalDateTime.of(2026, 12, 9, 0, 0, 0));
    managementService.executeJob(timer(pi).getId());

    assertThat(pi).isEnded().hasPassed(ids(RecordValidationExpiry, EndEvent_ValidationExpired));
    assertThat(service.byCode(opened.code()).getStatus()).isEqualTo(FollowUpStatus.EXPIRED);
  }

  @Test
  void aDeadlinePastTheMaximumInThePastOrOnAHolidayIsRefusedAndNothingIsStored() {
    long before = followUps.count();

    assertThatThrownBy(() -> open(seller, "SALE_WITH_CONTACT", "Intimação", LocalDate.of(2026, 12, 9)))
        .hasMessageContaining("Prazo (dueOn)").hasMessageContaining("passa do prazo máximo");
    assertThatThrownBy(() -> open(seller, "SALE_NO_CONTACT", "Intimação", LocalDate.of(2026, 12, 3)))
        .hasMessageContaining("passa do prazo máximo");
    assertThatThrownBy(() -> open(seller, "SALE_WITH_CONTACT", "Intimação", LocalDate.of(2026, 11, 27)))
        .hasMessageContaining("já passou");
    assertThatThrownBy(() -> open(seller, "SALE_WITH_CONTACT", "Intimação", LocalDate.of(2026, 12, 5)))
        .hasMessageContaining("não é dia útil");

    assertThat(followUps.count()).isEqualTo(before);
  }

  @Test
  void overHolidaysTheDeadlineSkipsThemAndTheWeekend() {
    process.clock(LocalDateTime.of(2026, 12, 24, 3, 0));
    Opened christmas = open(seller, "SALE_WITH_CONTACT", "Intimação eletrônica", null);
    // Thursday 24/12: Christmas Friday, the weekend and New Year's Day do not count.
    assertThat(christmas.dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(christmas.maxDueOn()).isEqualTo(LocalDate.of(2027, 1, 5));

    process.clock(LocalDateTime.of(2026, 11, 29, 3, 0));
    Opened sunday = open(seller, "NO_CONTACT", "Dúvida de uso", null);
    assertThat(sunday.dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  private Opened open(String owner, String type, String product, LocalDate dueOn) {
    return service.open(client.getId(), new OpenRequest(type, product, true, dueOn == null ? null : dueOn.toString(),
        "Cliente pediu proposta por e-mail"), process.user(owner));
  }

  private ProcessInstance instance(Opened opened) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(opened.processInstanceId()).singleResult();
  }

  /** The instance's one open task, whichever user task it waits in. */
  private Task task(Opened opened) {
    return taskService.createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(BusinessTime.toInstant(day.atTime(23, 59, 59)));
  }

  private void complete(String user, Opened opened, Map<String, Object> variables) {
    process.completeAs(user, task(opened).getId(), variables);
  }

  private void assertRefused(String user, Opened opened, Map<String, Object> variables, HttpStatus status,
      String message) {
    String taskId = task(opened).getId();
    assertThatThrownBy(() -> process.completeAs(user, taskId, variables))
        .satisfies(e -> {
          UserFacingException refusal = UserFacingException.findIn(e);
          assertThat(refusal).as("refusal of %s", variables).isNotNull();
          assertThat(refusal.status()).isEqualTo(status);
          assertThat(refusal.getMessage()).contains(message);
        });
    assertThat(task(opened).getId()).isEqualTo(taskId);
  }
}
