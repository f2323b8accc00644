package br.com.atende.inbound;

import static br.com.atende.inbound.InboundContactProcess.ACTED_BY;

import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * AttendInbound: on create it gives the task to whom the row says (the routed person, or the team)
 * and shows the client, the message, the rule that decided and the alerts; on complete it checks who
 * acts and what they chose, whatever the client (Tasklist, /engine-rest, Java).
 */
@Component
class AttendInboundForm implements UserTaskForm {

  private final InboundService service;

  AttendInboundForm(InboundService service) {
    this.service = service;
  }

  @Override
  public void load(DelegateTask task) {
    service.assignAndShow(service.byCode(task.getExecution().getProcessBusinessKey()), task);
  }

  @Override
  public void validate(DelegateTask task) {
    if (!TaskActor.isInAnyOf(task, Roles.SALES, Roles.SUPPORT, Roles.CENTRAL, Roles.SUPERVISORS, Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só o comercial, o suporte, a central e os supervisores atendem contatos.");
    }
    String actor = TaskActor.id(task);
    service.check(task.getExecution().getProcessBusinessKey(), actor, task);
    ACTED_BY.set(task.getExecution(), actor);
  }
}
