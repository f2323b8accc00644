package br.com.atende.inbound;

import static br.com.atende.inbound.InboundContactProcess.ROUTE_TO;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RouteContact: DMN inbound-routing decides, the row keeps whom and the rule; the timer's gateway reads the route. */
@Component
public class RouteInboundDelegate implements JavaDelegate {

  private final InboundService service;

  public RouteInboundDelegate(InboundService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ROUTE_TO.set(execution, service.route(execution.getProcessBusinessKey()).name());
  }
}
