package br.com.atende.followup;

import static br.com.atende.followup.FollowUpProcess.*;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of ValidateFollowUp and FollowUpClient. On create it loads the form from the row and gives
 * FollowUpClient to the row's owner, due at the end of the deadline; on assignment it keeps
 * FollowUpClient with the owner (a supervisor reassigns over the API, which moves the row first); on
 * complete it checks who acts and what they chose, whatever the client. A refusal rolls the
 * completion back: the task stays open, unchanged.
 */
@Component
public class FollowUpTaskListener implements TaskListener {

  private final FollowUpService service;

  public FollowUpTaskListener(FollowUpService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean validation = UserTask.ValidateFollowUp.id().equals(task.getTaskDefinitionKey());
    FollowUp followUp = service.byCode(code(task.getExecution()));
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.getExecution().setVariables(service.facts(followUp));
        if (!validation) {
          task.setAssignee(followUp.getOwner());
        }
        task.setDueDate(BusinessTime.toDate(followUp.expiresAt()));
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (!validation && task.getAssignee() != null && !task.getAssignee().equals(followUp.getOwner())) {
          throw UserFacingException.forbidden("O agendamento fica com o seu responsável (" + followUp.getOwner()
              + "); para transferi-lo, o gestor troca o responsável na visão da equipe.");
        }
      }
      case EVENTNAME_COMPLETE -> {
        String actor = TaskActor.id(task);
        if (validation) {
          if (!TaskActor.isInAnyOf(task, Roles.SUPERVISORS, Roles.ADMIN)) {
            throw UserFacingException.forbidden("Só o gestor valida agendamentos.");
          }
          FollowUpCompletion.Validation.from(task);
          service.checkValidation(followUp, actor);
        } else {
          service.checkCompletion(followUp, actor, FollowUpCompletion.from(task));
        }
        ACTED_BY.set(task.getExecution(), actor);
      }
      default -> { }
    }
  }
}
