package br.com.atende.inbound;

import static br.com.atende.inbound.InboundContactProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordOutcome: stores what the agent did; a hand-over sends the contact back to the task, for the sales team. */
@Component
public class RecordInboundOutcomeDelegate implements JavaDelegate {

  private final InboundService service;

  public RecordInboundOutcomeDelegate(InboundService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = service.record(execution.getProcessBusinessKey(), ACTED_BY.from(execution), execution);
    RECORDED_OUTCOME.set(execution, outcome.name());
    ROUTE_TO.set(execution, service.byCode(execution.getProcessBusinessKey()).getRouteTo().name());
    clearInputs(execution);
  }
}
