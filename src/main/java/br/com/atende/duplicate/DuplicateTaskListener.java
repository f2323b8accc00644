package br.com.atende.duplicate;

import br.com.atende.duplicate.DuplicateRegistrationProcess.UserTask;
import br.com.atende.engine.UserTaskFormListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/** duplicate-registration.bpmn's task listener: its one task is worked through treat-duplicate.form. */
@Component
public class DuplicateTaskListener extends UserTaskFormListener {

  public DuplicateTaskListener(TreatDuplicateForm form) {
    super(Map.of(UserTask.TreatDuplicate, form));
  }
}
