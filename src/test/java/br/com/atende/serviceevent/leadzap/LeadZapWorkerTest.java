package br.com.atende.serviceevent.leadzap;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.serviceevent.EventType;
import br.com.atende.serviceevent.ServiceEvent;
import br.com.atende.serviceevent.ServiceEventRepository;
import br.com.atende.serviceevent.ServiceEventService;
import static br.com.atende.support.Fixtures.MONDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import br.com.atende.common.BusinessTime;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.serviceevent.ServiceEventService.NewEventType;
import br.com.atende.serviceevent.ServiceEventService.NewServiceEvent;
import br.com.atende.support.FakeWhatsAppProvider;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LeadZap on two nodes against the test's WhatsApp provider over HTTP: every dispatch goes out
 * exactly once, also when the completion after a successful send fails and another node retries.
 */
@MariaDbIntegrationTest
class LeadZapWorkerTest {

  @Autowired ProcessEngine engine;
  @Autowired ExternalTaskService externalTasks;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired LeadZapClient client;
  @Autowired LeadZapProperties properties;
  @Autowired LeadZapDispatchRepository dispatches;
  @Autowired ServiceEventRepository events;
  @Autowired ClientRepository clients;
  @Autowired ServiceEventService service;
  @Autowired ClientRegistry clientRegistry;
  @Autowired TransactionTemplate transaction;
  @Autowired LeadZapWorker springWorker;
  @Autowired Fixtures fixtures;

  final FakeWhatsAppProvider provider = FakeWhatsAppProvider.instance();
  String agent;
  String revision;

  @BeforeEach
  void setUp() {
    init(engine);
    Fixtures.setClock(MONDAY_10AM);
    provider.up();
    agent = fixtures.agent(fixtures.store());
    revision = service.createEventType(new NewEventType(fixtures.unique("REV"), "Revisão", EventType.AFTER_SALES_GROUP,
        true, "SERVICOS", List.of(), null, null)).getCode();
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void eachNodeHasItsOwnWorkerIdAndTwoNodesSendEachDispatchExactlyOnce() throws Exception {
    assertThat(springWorker.workerId()).startsWith("leadzap-").isNotEqualTo(LeadZapWorker.nodeWorkerId());
    List<Client> booked = new ArrayList<>();
    for (int i = 0; i < 2 * LeadZapWorker.BATCH + 3; i++) {
      booked.add(bookedClient());
    }
    LeadZapWorker nodeA = worker("node-a", externalTasks);
    LeadZapWorker nodeB = worker("node-b", externalTasks);

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> handled = nodes.invokeAll(List.of(drain(nodeA), drain(nodeB)));
      // At least ours: the database is shared with the other test classes.
      assertThat(handled.get(0).get() + handled.get(1).get()).isGreaterThanOrEqualTo(booked.size());
    } finally {
      nodes.shutdownNow();
    }

    for (Client client : booked) {
      assertThat(provider.sentTo(client.getPhone())).as(client.getPhone()).hasSize(1);
      ServiceEvent event = events.findByClientIdOrderByIdDesc(client.getId()).get(0);
      assertThat(dispatches.findByEventIdOrderById(event.getId())).singleElement()
          .satisfies(row -> assertThat(row.getStatus()).isEqualTo(LeadZapDispatch.Status.SENT))
          .satisfies(row -> assertThat(row.getAttempts()).isEqualTo(1));
      assertThat(instance(event)).hasPassed("DispatchScheduled");
    }
  }

  @Test
  void aCompletionThatFailsAfterTheSendIsRetriedWithoutSendingAgain() {
    Client client = bookedClient();
    ProcessInstance pi = instance(events.findByClientIdOrderByIdDesc(client.getId()).get(0));
    LeadZapWorker nodeA = worker("node-a", failingFirstCompletion());
    LeadZapWorker nodeB = worker("node-b", externalTasks);

    assertThat(nodeA.runOnce()).isEqualTo(1);
    assertThat(provider.sentTo(client.getPhone())).hasSize(1);
    assertThat(pi).isWaitingAt("DispatchScheduled", "ConfirmAppointment");
    assertThat(nodeB.runOnce()).as("still locked by node A").isZero();

    Fixtures.moveClock(BusinessTime.now().plus(Duration.ofMillis(LeadZapWorker.LOCK_MILLIS + 1_000)));
    assertThat(nodeB.runOnce()).isEqualTo(1);

    assertThat(provider.sentTo(client.getPhone())).hasSize(1);
    assertThat(pi).hasPassed("DispatchScheduled").isWaitingAt("ConfirmAppointment");
  }

  /** A client whose premium revision was just booked: one SCHEDULED dispatch waits for LeadZap. */
  private Client bookedClient() {
    int n = Integer.parseInt(fixtures.unique("").replaceAll("\\D", "")) % 10_000_000;
    Client client = clientRegistry.register(new NewClient("Maria Souza", String.format("(62) 97%07d", n), null, null,
        false, false), "test");
    String code = service.createEvent(new NewServiceEvent(revision, client.getId(), null, agent, null)).getCode();
    HashMap<String, Object> booking = new HashMap<>();
    booking.put("eventAction", "SCHEDULE");
    booking.put("appointmentAt", "2026-12-03T10:00");
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId(), booking);
    return client;
  }

  private LeadZapWorker worker(String id, ExternalTaskService tasks) {
    return new LeadZapWorker(tasks, runtimeService, this.client, properties, dispatches, events, clients, service,
        transaction, id);
  }

  /** Runs a node until nothing is left to fetch; answers how many tasks it handled. */
  private static Callable<Integer> drain(LeadZapWorker node) {
    return () -> {
      int total = 0;
      for (int fetched = node.runOnce(); fetched > 0; fetched = node.runOnce()) {
        total += fetched;
      }
      return total;
    };
  }

  /** The engine's ExternalTaskService whose first complete fails, as when the database drops the connection. */
  private ExternalTaskService failingFirstCompletion() {
    AtomicBoolean failed = new AtomicBoolean();
    return (ExternalTaskService) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ExternalTaskService.class}, (proxy, method, args) -> {
          if (method.getName().equals("complete") && failed.compareAndSet(false, true)) {
            throw new IllegalStateException("connection lost while completing");
          }
          try {
            return method.invoke(externalTasks, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private ProcessInstance instance(ServiceEvent event) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(event.getCode()).singleResult();
  }
}
