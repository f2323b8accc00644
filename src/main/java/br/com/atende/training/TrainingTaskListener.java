package br.com.atende.training;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.training.TrainingSessionProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/** training-session.bpmn's task listener. */
@Component
class TrainingTaskListener extends UserTaskFormListener {

  TrainingTaskListener(GiveTrainingForm form) {
    super(Map.of(UserTask.GiveTraining, form));
  }
}
