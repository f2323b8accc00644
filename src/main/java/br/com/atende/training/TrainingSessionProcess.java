package br.com.atende.training;

import br.com.atende.common.BpmnId;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of bpmn/training-session/training-session.bpmn (seed 002 item 4, "Treinamentos específicos"). */
public final class TrainingSessionProcess {

  public static final String KEY = "training-session";

  public enum UserTask implements ProcessContract.Task {
    GiveTraining;

    @Override
    public Set<String> accepts() {
      return Set.of(ATTENDANCE_NOTE.name());
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    Timer_TrainingDay, EndEvent_TrainingGiven
  }

  /** When the slot's day begins in São Paulo, set at the start from the row; the timer waits for it. */
  public static final ProcessVariable<Date> STARTS_AT = ProcessVariable.of("trainingStartsAt", Date.class);

  // Loaded from the tables when the task is created (and again on each booking), for the form and Tasklist.
  public static final ProcessVariable<String> SLOT_CODE = ProcessVariable.of("slotCode", String.class);
  public static final ProcessVariable<String> TRAINING_DAY = ProcessVariable.of("trainingDay", String.class);
  public static final ProcessVariable<String> SHIFT_LABEL = ProcessVariable.of("shiftLabel", String.class);
  public static final ProcessVariable<String> BOOKED_CLIENTS = ProcessVariable.of("bookedClients", String.class);

  /** What the trainer submits: how the session went, who attended. */
  public static final ProcessVariable<String> ATTENDANCE_NOTE = ProcessVariable.of("attendanceNote", String.class);

  private TrainingSessionProcess() {}

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
