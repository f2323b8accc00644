package br.com.atende.serviceevent.leadzap;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.serviceevent.ServiceEvent;
import br.com.atende.serviceevent.ServiceEventRepository;
import br.com.atende.serviceevent.ServiceEventService;
import static br.com.atende.serviceevent.ServiceEventProcess.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The LeadZap robot: takes the external tasks of topic leadzap-dispatch and sends each to the
 * WhatsApp provider, exactly once even with several nodes: each node locks with its own worker id
 * for longer than its worst batch, records the provider's message id in its own transaction before
 * completing the task, and a retry that finds the dispatch already sent only completes it. A client
 * whose number is opted out of WhatsApp in the ledger ("Não quer WhatsApp", Não Me Ligue) is never
 * sent anything, even if they opted out after booking. A
 * failed send is retried {@code max-attempts} times, {@code retry-millis} apart; then the engine
 * raises an incident, which Cockpit shows with the provider's answer.
 */
@Component
public class LeadZapWorker {

  static final int BATCH = 10;
  /** Outlasts a batch whose every send times out, with a minute for the database. */
  static final long LOCK_MILLIS = LeadZapClient.WORST_CALL.multipliedBy(BATCH).plusMinutes(1).toMillis();
  private static final Logger LOG = LoggerFactory.getLogger(LeadZapWorker.class);

  private final ExternalTaskService externalTasks;
  private final RuntimeService runtimeService;
  private final LeadZapClient client;
  private final LeadZapProperties properties;
  private final LeadZapDispatchRepository dispatches;
  private final ServiceEventRepository events;
  private final ClientRepository clients;
  private final ServiceEventService service;
  private final TransactionTemplate transaction;
  private final String workerId;

  @Autowired
  public LeadZapWorker(ExternalTaskService externalTasks, RuntimeService runtimeService, LeadZapClient client,
      LeadZapProperties properties, LeadZapDispatchRepository dispatches, ServiceEventRepository events,
      ClientRepository clients, ServiceEventService service, TransactionTemplate transaction) {
    this(externalTasks, runtimeService, client, properties, dispatches, events, clients, service, transaction,
        nodeWorkerId());
  }

  LeadZapWorker(ExternalTaskService externalTasks, RuntimeService runtimeService, LeadZapClient client,
      LeadZapProperties properties, LeadZapDispatchRepository dispatches, ServiceEventRepository events,
      ClientRepository clients, ServiceEventService service, TransactionTemplate transaction, String workerId) {
    this.externalTasks = externalTasks;
    this.runtimeService = runtimeService;
    this.client = client;
    this.properties = properties;
    this.dispatches = dispatches;
    this.events = events;
    this.clients = clients;
    this.service = service;
    this.transaction = transaction;
    this.workerId = workerId;
  }

  /** "leadzap-<host>-<random>": one per node (and per start), so no node completes or fails another's lock. */
  static String nodeWorkerId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return "leadzap-" + host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String workerId() {
    return workerId;
  }

  @Scheduled(fixedDelayString = "${atende.leadzap.poll-millis:5000}", initialDelay = 10_000)
  public void poll() {
    if (properties.workerEnabled()) {
      runOnce();
    }
  }

  /** Fetches what is due and sends it; answers how many tasks it handled. */
  public int runOnce() {
    List<LockedExternalTask> tasks = externalTasks.fetchAndLock(BATCH, workerId)
        .topic(TOPIC_LEADZAP, LOCK_MILLIS)
        .variables(DISPATCH_ID.name())
        .execute();
    for (LockedExternalTask task : tasks) {
      try {
        handle(task);
      } catch (RuntimeException e) {
        // The task stays locked to this node and is fetched again when the lock ends.
        LOG.error("LeadZap task {} of {} left for a retry", task.getId(), task.getBusinessKey(), e);
      }
    }
    return tasks.size();
  }

  private void handle(LockedExternalTask task) {
    LeadZapDispatch dispatch = dispatches.findById(((Number) task.getVariables().get(DISPATCH_ID.name())).longValue())
        .orElseThrow();
    ServiceEvent event = events.findById(dispatch.getEventId()).orElseThrow();
    if (dispatch.getStatus() == LeadZapDispatch.Status.SENT || dispatch.getStatus() == LeadZapDispatch.Status.OPTED_OUT) {
      LOG.info("LeadZap {} of {} was already {}: completing it without sending", dispatch.getKind(), event.getCode(),
          dispatch.getStatus());
      complete(task, dispatch);
      return;
    }
    Client recipient = clients.findById(event.getClientId()).orElseThrow();
    // Asked just before sending: an opt-out recorded after booking (the client, Não Me Ligue) still holds.
    Optional<String> refusal = service.whatsappRefusal(recipient);
    if (refusal.isPresent()) {
      record(dispatch, row -> row.optedOut(refusal.get()));
      complete(task, dispatch);
      return;
    }
    String messageId;
    try {
      messageId = client.sendText(recipient.getPhone(), dispatch.getMessage());
    } catch (IOException | RuntimeException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      fail(task, dispatch, event, e.getMessage() == null ? e.toString() : e.getMessage());
      return;
    }
    // Committed on its own before the completion, which may fail: a retry then finds it sent.
    record(dispatch, row -> row.sent(messageId));
    LOG.info("LeadZap {} of {} sent as {}", dispatch.getKind(), event.getCode(), messageId);
    complete(task, dispatch);
  }

  private void record(LeadZapDispatch dispatch, Consumer<LeadZapDispatch> change) {
    transaction.executeWithoutResult(status -> {
      LeadZapDispatch row = dispatches.findById(dispatch.getId()).orElseThrow();
      change.accept(row);
      dispatches.saveAndFlush(row);
    });
  }

  private void complete(LockedExternalTask task, LeadZapDispatch dispatch) {
    try {
      transaction.executeWithoutResult(status -> externalTasks.complete(task.getId(), workerId,
          DISPATCHES.asMap(service.board(dispatch.getEventId()))));
    } catch (RuntimeException e) {
      LOG.warn("LeadZap {} of {} is recorded but its task could not be completed ({}); its next fetch completes it "
          + "without sending", dispatch.getKind(), task.getBusinessKey(), e.getMessage());
    }
  }

  private void fail(LockedExternalTask task, LeadZapDispatch dispatch, ServiceEvent event, String error) {
    int retries = (task.getRetries() == null ? properties.maxAttempts() : task.getRetries()) - 1;
    LOG.warn("LeadZap {} of {} failed ({} retries left): {}", dispatch.getKind(), event.getCode(), retries, error);
    transaction.executeWithoutResult(status -> {
      LeadZapDispatch row = dispatches.findById(dispatch.getId()).orElseThrow();
      row.failed(error);
      dispatches.saveAndFlush(row);
      externalTasks.handleFailure(task.getId(), workerId, "LeadZap: " + error,
          "Disparo " + dispatch.getKind() + " do evento " + event.getCode() + ": " + error, Math.max(retries, 0),
          properties.retryMillis());
      runtimeService.setVariables(task.getProcessInstanceId(), DISPATCHES.asMap(service.board(row.getEventId())));
    });
  }
}
