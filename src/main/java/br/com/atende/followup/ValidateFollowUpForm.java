package br.com.atende.followup;

import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** validate-follow-up.form, of ValidateFollowUp: a supervisor approves or rejects a deadline past 7 days. */
@Component
public class ValidateFollowUpForm extends FollowUpForm {

  public ValidateFollowUpForm(FollowUpService service) {
    super(service);
  }

  @Override
  void check(DelegateTask task, FollowUp followUp, String actor) {
    if (!TaskActor.isInAnyOf(task, Roles.SUPERVISORS, Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só o gestor valida agendamentos.");
    }
    FollowUpCompletion.Validation.from(task);
    service.checkValidation(followUp, actor);
  }
}
