package br.com.atende.thirdparty;

import static br.com.atende.thirdparty.HolderValidationProcess.*;

import br.com.atende.common.Codes;
import br.com.atende.common.TaskActor;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * validate-with-holder.form, of ValidateWithHolder: on create it shows the record and the asked
 * change, read from the tables; on complete the sales team says what the holder decided and how
 * they were reached. What changes comes from the row, never from a variable.
 */
@Component
class ValidateWithHolderForm implements UserTaskForm {

  private final DataChangeService changes;

  ValidateWithHolderForm(DataChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void load(DelegateTask task) {
    task.getExecution().setVariables(changes.shown(task.getExecution().getProcessBusinessKey()));
  }

  @Override
  public void validate(DelegateTask task) {
    if (!TaskActor.isInAnyOf(task, Roles.SALES, Roles.SUPERVISORS, Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só o comercial ou um supervisor valida alterações de dados com o titular.");
    }
    String actor = TaskActor.id(task);
    if (actor == null) {
      throw UserFacingException.forbidden("Quem validou com o titular precisa estar identificado.");
    }
    HolderDecision decision = Codes.require(HolderDecision.class, HOLDER_DECISION.from(task),
        "Decisão do titular (holderDecision)");
    String note = Text.requireRealText(DECISION_NOTE.from(task), 2000,
        "Como o titular foi consultado (decisionNote)");
    changes.decide(task.getExecution().getProcessBusinessKey(), decision, note, actor);
    HOLDER_CONFIRMED.set(task.getExecution(), decision == HolderDecision.CONFIRMED);
  }
}
