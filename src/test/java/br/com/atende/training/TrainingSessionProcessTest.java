package br.com.atende.training;

import static br.com.atende.support.ProcessEngineExtension.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import br.com.atende.support.Fixtures;
import br.com.atende.training.TrainingSessionProcess.Element;
import br.com.atende.training.TrainingSessionProcess.UserTask;
import br.com.atende.training.TrainingService.NewBooking;
import br.com.atende.training.TrainingService.NewSlot;
import br.com.atende.training.TrainingService.SlotView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * bpmn/training-session/training-session.bpmn through the engine on MariaDB: a published slot waits
 * for its day (start of the day in São Paulo), then its trainer gets the task with the booked
 * clients and records the session in words. Clock: Monday 30/11/2026 10:00 in São Paulo.
 */
@MariaDbIntegrationTest
class TrainingSessionProcessTest {

  /** Thursday of the test week. */
  static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired TrainingService trainings;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ClientRepository clients;
  @Autowired ClientRegistry registry;
  @Autowired Fixtures fixtures;

  String trainer;
  String colleague;
  String seller;

  @BeforeEach
  void setUp() {
    trainer = fixtures.user(fixtures.unique("igor"), List.of(Roles.SUPPORT));
    colleague = fixtures.user(fixtures.unique("ivo"), List.of(Roles.SUPPORT));
    seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
  }

  @Test
  void onTheDayTheTrainerGetsTheBookedClientsAndRecordsTheSession() {
    SlotView slot = trainings.publish(new NewSlot("2026-12-03", "MORNING", 3, trainer), process.user(trainer));
    long rosa = client("Escritório Rosa Advogados");
    long lima = client("Lima & Filhos");
    trainings.book(slot.code(), new NewBooking(rosa), process.user(seller));
    trainings.book(slot.code(), new NewBooking(lima), process.user(seller));

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(slot.code())
        .singleResult();
    assertThat(slot.code()).matches("TR-\\d{6}");
    assertThat(pi).isWaitingAt(Element.Timer_TrainingDay.id());
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(BusinessTime.toInstant(THURSDAY.atStartOfDay()));

    // Not before the day: at 23:59 the day before nothing is due.
    process.clock(LocalDateTime.of(2026, 12, 2, 23, 59));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    process.clock(LocalDateTime.of(2026, 12, 3, 0, 1));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    managementService.executeJob(timer.getId());

    assertThat(pi).isWaitingAt(UserTask.GiveTraining.id()).task().isAssignedTo(trainer);
    assertThat(pi).variables().containsEntry("slotCode", slot.code()).containsEntry("trainingDay", "03/12/2026")
        .containsEntry("shiftLabel", "Manhã");
    assertThat((String) runtimeService.getVariable(pi.getId(), "bookedClients"))
        .contains("Escritório Rosa Advogados", "Lima & Filhos", "(cliente " + rosa + ")");

    Task task = process.task(slot.code(), UserTask.GiveTraining);
    assertRefused(() -> process.completeAs(trainer, task.getId(), Map.of("attendanceNote", "[...]")),
        HttpStatus.BAD_REQUEST, "Como foi o treinamento (attendanceNote)");
    // Another support member may not work the trainer's task: the engine refuses it before the form is asked.
    assertThatThrownBy(() -> process.completeAs(colleague, task.getId(), Map.of("attendanceNote", "Dei o treinamento")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt(UserTask.GiveTraining.id());

    process.completeAs(trainer, task.getId(), Map.of("attendanceNote",
        "Os dois escritórios participaram; vimos o cadastro de processos e as intimações."));
    assertThat(pi).hasPassed(ids(Element.EndEvent_TrainingGiven)).isEnded();
    TrainingSlot given = trainings.byCode(slot.code());
    assertThat(given.getStatus()).isEqualTo(TrainingSlot.GIVEN);
    assertThat(given.getGivenBy()).isEqualTo(trainer);
    assertThat(timeline(rosa)).contains("Treinamento agendado para 03/12/2026 (manhã) com " + trainer,
        "Treinamento dado em 03/12/2026 (manhã) por " + trainer, "vimos o cadastro de processos");
    assertRefused(() -> trainings.book(slot.code(), new NewBooking(client("Tarde Demais")), process.user(seller)),
        HttpStatus.CONFLICT, "já foi dado");
  }

  @Test
  void aSlotWithNobodyBookedStillGivesTheTrainerTheTaskSayingSo() {
    SlotView slot = trainings.publish(new NewSlot("03/12/2026", "AFTERNOON", 2, null), process.user(trainer));
    assertThat(slot.trainer()).as("a support member publishes for themself").isEqualTo(trainer);
    process.clock(LocalDateTime.of(2026, 12, 3, 0, 0));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(slot.code())
        .singleResult();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

    assertThat(pi).isWaitingAt(UserTask.GiveTraining.id()).task().isAssignedTo(trainer);
    assertThat(runtimeService.getVariable(pi.getId(), "bookedClients")).isEqualTo("Nenhum cliente agendado.");
    assertThat(runtimeService.getVariable(pi.getId(), "shiftLabel")).isEqualTo("Tarde");
  }

  private long client(String name) {
    return clients.save(new Client(name, fixtures.uniquePhone(), null, null, false)).getId();
  }

  private String timeline(long clientId) {
    return registry.view(clientId, process.user(seller)).get("timeline").toString();
  }

  private static void assertRefused(Runnable action, HttpStatus status, String message) {
    assertThatThrownBy(action::run).satisfies(error -> {
      UserFacingException refusal = UserFacingException.findIn(error);
      assertThat(refusal).as("a refusal in " + error).isNotNull();
      assertThat(refusal.status()).isEqualTo(status);
      assertThat(refusal.getMessage()).contains(message);
    });
  }
}
