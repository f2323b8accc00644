package br.com.atende.thirdparty;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.thirdparty.HolderValidationProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/** holder-validation.bpmn's task listener. */
@Component
class HolderValidationTaskListener extends UserTaskFormListener {

  HolderValidationTaskListener(ValidateWithHolderForm form) {
    super(Map.of(UserTask.ValidateWithHolder, form));
  }
}
