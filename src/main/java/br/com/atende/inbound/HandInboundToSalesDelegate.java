package br.com.atende.inbound;

import static br.com.atende.inbound.InboundContactProcess.ROUTE_TO;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** HandToSales: the routed person did not answer in time; the same task goes to the sales team. */
@Component
public class HandInboundToSalesDelegate implements JavaDelegate {

  private final InboundService service;

  public HandInboundToSalesDelegate(InboundService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.handOverForNoAnswer(execution.getProcessBusinessKey());
    ROUTE_TO.set(execution, RouteTo.GROUP.name());
  }
}
