package br.com.atende.followup;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.followup.FollowUpProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/** follow-up.bpmn's task listener: the supervisor's validation and the owner's follow-up, each its own form. */
@Component
public class FollowUpTaskListener extends UserTaskFormListener {

  public FollowUpTaskListener(ValidateFollowUpForm validation, FollowUpClientForm followUp) {
    super(Map.of(UserTask.ValidateFollowUp, validation, UserTask.FollowUpClient, followUp));
  }
}
