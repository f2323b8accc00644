package br.com.atende.training;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What the support team needs of the engine for trainings, and its Tasklist filter. */
@Component
class TrainingSetup implements EngineSetup {

  static final String FILTER_TRAININGS = "Treinamentos do dia";

  @Override
  public void declare(Declarations setup) {
    setup.grant(Roles.SUPPORT, Resources.PROCESS_DEFINITION, TrainingSessionProcess.KEY, Permissions.READ);
    // The task is assigned to its trainer, whom the engine grants it; the filter lists their day's sessions.
    setup.filter(FILTER_TRAININGS, 7, "Treinamentos de clientes que você dá hoje",
        setup.taskQuery().processDefinitionKey(TrainingSessionProcess.KEY)
            .taskDefinitionKey(TrainingSessionProcess.UserTask.GiveTraining.id()).orderByTaskCreateTime().asc(),
        List.of(Map.of("name", TrainingSessionProcess.SLOT_CODE.name(), "label", "Treinamento"),
            Map.of("name", TrainingSessionProcess.TRAINING_DAY.name(), "label", "Dia"),
            Map.of("name", TrainingSessionProcess.SHIFT_LABEL.name(), "label", "Turno")),
        Roles.SUPPORT, Roles.SUPERVISORS);
  }
}
