package br.com.atende.duplicate;

import static br.com.atende.duplicate.DuplicateRegistrationProcess.*;

import br.com.atende.common.Codes;
import br.com.atende.common.TaskActor;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.security.Roles;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * treat-duplicate.form, of TreatDuplicate: on create it shows both records, read from the tables; on
 * complete it checks the choice on the server and records it. The records come from the business
 * key's row, never from a variable.
 */
@Component
public class TreatDuplicateForm implements UserTaskForm {

  private final DuplicateService duplicates;

  public TreatDuplicateForm(DuplicateService duplicates) {
    this.duplicates = duplicates;
  }

  @Override
  public void load(DelegateTask task) {
    String code = task.getExecution().getProcessBusinessKey();
    DuplicateRegistration registration = duplicates.registration(code);
    DUPLICATE_CODE.set(task.getExecution(), code);
    CLIENT_NAME.set(task.getExecution(), duplicates.clientName(registration.getClientId()));
    NEW_RECORD.set(task.getExecution(), duplicates.describe(registration.getClientId()));
    EXISTING_RECORD.set(task.getExecution(), duplicates.describe(registration.getExistingId()));
  }

  @Override
  public void validate(DelegateTask task) {
    if (!TaskActor.isInAnyOf(task, Roles.CENTRAL, Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só a central de cadastros trata cadastros duplicados.");
    }
    Keep keep = Codes.require(Keep.class, KEEP.from(task), "Ficha a manter (keep)");
    List<ChecklistItem> done = Arrays.stream(ChecklistItem.values())
        .filter(item -> "true".equals(String.valueOf(task.getVariable(item.variable())))).toList();
    String observation = Text.requireMaxLength(Text.blankToNull(OBSERVATION.from(task)), 2000,
        "Observações (observation)");
    duplicates.treat(task.getExecution().getProcessBusinessKey(), keep, done, observation, TaskActor.id(task));
  }
}
