package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.JsonVariable;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The LeadZap robot: takes the external tasks of topic leadzap-dispatch and sends each to the
 * WhatsApp provider. A client who said "Não quer WhatsApp" is never sent anything, even if they
 * opted out after booking. A failure is retried {@code max-attempts} times, {@code retry-millis}
 * apart; then the engine raises an incident, which Cockpit shows with the provider's answer.
 */
@Component
public class LeadZapWorker {

  static final String WORKER_ID = "leadzap";
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

  public LeadZapWorker(ExternalTaskService externalTasks, RuntimeService runtimeService, LeadZapClient client,
      LeadZapProperties properties, LeadZapDispatchRepository dispatches, ServiceEventRepository events,
      ClientRepository clients, ServiceEventService service, TransactionTemplate transaction) {
    this.externalTasks = externalTasks;
    this.runtimeService = runtimeService;
    this.client = client;
    this.properties = properties;
    this.dispatches = dispatches;
    this.events = events;
    this.clients = clients;
    this.service = service;
    this.transaction = transaction;
  }

  @Scheduled(fixedDelayString = "${atende.leadzap.poll-millis:5000}", initialDelay = 10_000)
  public void poll() {
    if (properties.workerEnabled()) {
      runOnce();
    }
  }

  /** Fetches what is due and sends it; answers how many tasks it handled. */
  public int runOnce() {
    List<LockedExternalTask> tasks = externalTasks.fetchAndLock(10, WORKER_ID)
        .topic(TOPIC_LEADZAP, 60_000)
        .variables(DISPATCH_ID.name())
        .execute();
    tasks.forEach(this::handle);
    return tasks.size();
  }

  private void handle(LockedExternalTask task) {
    LeadZapDispatch dispatch = dispatches.findById(((Number) task.getVariables().get(DISPATCH_ID.name())).longValue())
        .orElseThrow();
    ServiceEvent event = events.findById(dispatch.getEventId()).orElseThrow();
    Client recipient = clients.findById(event.getClientId()).orElseThrow();
    if (recipient.isNoWhatsapp()) {
      finish(task, dispatch, LeadZapDispatch::optedOut);
      return;
    }
    try {
      String messageId = client.sendText(recipient.getPhone(), dispatch.getMessage());
      finish(task, dispatch, row -> row.sent(messageId));
      LOG.info("LeadZap {} of {} sent as {}", dispatch.getKind(), event.getCode(), messageId);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      fail(task, dispatch, event, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private void finish(LockedExternalTask task, LeadZapDispatch dispatch, java.util.function.Consumer<LeadZapDispatch> change) {
    transaction.executeWithoutResult(status -> {
      LeadZapDispatch row = dispatches.findById(dispatch.getId()).orElseThrow();
      change.accept(row);
      dispatches.saveAndFlush(row);
      externalTasks.complete(task.getId(), WORKER_ID,
          Map.of(DISPATCHES.name(), JsonVariable.of(service.board(row.getEventId()))));
    });
  }

  private void fail(LockedExternalTask task, LeadZapDispatch dispatch, ServiceEvent event, String error) {
    int retries = (task.getRetries() == null ? properties.maxAttempts() : task.getRetries()) - 1;
    LOG.warn("LeadZap {} of {} failed ({} retries left): {}", dispatch.getKind(), event.getCode(), retries, error);
    transaction.executeWithoutResult(status -> {
      LeadZapDispatch row = dispatches.findById(dispatch.getId()).orElseThrow();
      row.failed(error);
      dispatches.saveAndFlush(row);
      externalTasks.handleFailure(task.getId(), WORKER_ID, "LeadZap: " + error,
          "Disparo " + dispatch.getKind() + " do evento " + event.getCode() + ": " + error, Math.max(retries, 0),
          properties.retryMillis());
      runtimeService.setVariable(task.getProcessInstanceId(), DISPATCHES.name(),
          JsonVariable.of(service.board(row.getEventId())));
    });
  }
}
