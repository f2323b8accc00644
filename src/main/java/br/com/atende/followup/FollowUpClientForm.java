package br.com.atende.followup;

import br.com.atende.common.UserFacingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * follow-up-client.form, of FollowUpClient: the row's owner concludes, renews or sells. The task is
 * the owner's and stays so (a supervisor reassigns over the API, which moves the row first).
 */
@Component
public class FollowUpClientForm extends FollowUpForm {

  public FollowUpClientForm(FollowUpService service) {
    super(service);
  }

  @Override
  void load(DelegateTask task, FollowUp followUp) {
    task.setAssignee(followUp.getOwner());
  }

  @Override
  public void assigned(DelegateTask task) {
    FollowUp followUp = followUp(task);
    if (task.getAssignee() != null && !task.getAssignee().equals(followUp.getOwner())) {
      throw UserFacingException.forbidden("O agendamento fica com o seu responsável (" + followUp.getOwner()
          + "); para transferi-lo, o gestor troca o responsável na visão da equipe.");
    }
  }

  @Override
  void check(DelegateTask task, FollowUp followUp, String actor) {
    service.checkCompletion(followUp, actor, FollowUpCompletion.from(task));
  }
}
