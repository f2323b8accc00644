package br.com.atende.thirdparty;

import br.com.atende.common.BpmnId;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of bpmn/holder-validation/holder-validation.bpmn (seed 002, vendas item 1, "por terceiros"). */
public final class HolderValidationProcess {

  public static final String KEY = "holder-validation";

  public enum UserTask implements ProcessContract.Task {
    ValidateWithHolder;

    @Override
    public Set<String> accepts() {
      return Set.of(HOLDER_DECISION.name(), DECISION_NOTE.name());
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    Gateway_HolderConfirmed, ApplyDataChange, EndEvent_DataChanged, EndEvent_ChangeRefused
  }

  // Loaded from the tables when the task is created, for the form and Tasklist's columns.
  public static final ProcessVariable<String> REQUEST_CODE = ProcessVariable.of("requestCode", String.class);
  public static final ProcessVariable<String> CLIENT_NAME = ProcessVariable.of("clientName", String.class);
  public static final ProcessVariable<String> CURRENT_DATA = ProcessVariable.of("currentData", String.class);
  public static final ProcessVariable<String> REQUESTED_CHANGE = ProcessVariable.of("requestedChange", String.class);
  public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);

  // What the sales team submits after talking to the holder.
  public static final ProcessVariable<String> HOLDER_DECISION = ProcessVariable.of("holderDecision", String.class);
  public static final ProcessVariable<String> DECISION_NOTE = ProcessVariable.of("decisionNote", String.class);

  /** Set by the complete listener from the checked decision; the gateway routes on it. */
  public static final ProcessVariable<Boolean> HOLDER_CONFIRMED = ProcessVariable.of("holderConfirmed", Boolean.class);

  private HolderValidationProcess() {}

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
