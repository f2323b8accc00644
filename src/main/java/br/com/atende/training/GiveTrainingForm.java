package br.com.atende.training;

import static br.com.atende.training.TrainingSessionProcess.ATTENDANCE_NOTE;

import br.com.atende.common.TaskActor;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * give-training.form, of GiveTraining: on create the task goes to the support member of the slot
 * and shows the booked clients, from the tables; on complete only that member (or a supervisor)
 * records how the session went, in words.
 */
@Component
class GiveTrainingForm implements UserTaskForm {

  private final TrainingService trainings;

  GiveTrainingForm(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void load(DelegateTask task) {
    String code = task.getExecution().getProcessBusinessKey();
    task.setAssignee(trainings.byCode(code).getTrainer());
    task.getExecution().setVariables(trainings.shownFor(code));
  }

  @Override
  public void assigned(DelegateTask task) {
    if (task.getAssignee() != null && !trainings.isSupport(task.getAssignee())) {
      throw UserFacingException.forbidden("Treinamentos são dados pela equipe de suporte: " + task.getAssignee()
          + " não é do suporte.");
    }
  }

  @Override
  public void validate(DelegateTask task) {
    String code = task.getExecution().getProcessBusinessKey();
    String actor = TaskActor.id(task);
    if (!actor.equals(task.getAssignee()) && !TaskActor.isInAnyOf(task, Roles.SUPERVISORS, Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só quem dá o treinamento " + code + " (" + task.getAssignee()
          + ") ou um supervisor o registra.");
    }
    String note = Text.requireRealText(ATTENDANCE_NOTE.from(task), 4000, "Como foi o treinamento (attendanceNote)");
    trainings.give(code, note, actor);
  }
}
