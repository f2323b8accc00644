package br.com.atende.followup;

import br.com.atende.common.BpmnId;
import br.com.atende.common.Labelled;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Ids, messages and variables of bpmn/follow-up/follow-up.bpmn (DESIGN contract). */
public final class FollowUpProcess {

  public static final String KEY = "follow-up";

  /** Its user tasks, each with what its form submits. */
  public enum UserTask implements ProcessContract.Task {
    ValidateFollowUp, FollowUpClient;

    @Override
    public Set<String> accepts() {
      return (this == FollowUpClient ? FOLLOW_UP_INPUTS : VALIDATION_INPUTS).stream().map(ProcessVariable::name)
          .collect(Collectors.toUnmodifiableSet());
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    RecordValidation, RecordValidationExpiry, RecordAction, RecordExpiry,
    EndEvent_Concluded, EndEvent_Sold, EndEvent_ClosedBySale, EndEvent_Expired, EndEvent_Rejected,
    EndEvent_ValidationExpired
  }

  public enum Message implements BpmnId {
    /** A sale registered elsewhere closed the follow-up (seed 002 "retirar o agendamento"). */
    FollowUpClosedBySale
  }

  /** What the owner does with FollowUpClient (variable followUpAction). */
  public enum Action implements Labelled {
    CONCLUDE("Concluir"), RENEW("Renovar o prazo"), SOLD("Vendido");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** What a supervisor decides on ValidateFollowUp (variable validationDecision). */
  public enum Decision implements Labelled {
    APPROVE("Aprovar"), REJECT("Rejeitar");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  // Set by the service at the start, for the routing and the timer; never by a completion.
  public static final ProcessVariable<Boolean> NEEDS_VALIDATION = ProcessVariable.of("needsValidation", Boolean.class);
  /** The end of the last day (São Paulo): the boundary timer; re-set on each renewal. */
  public static final ProcessVariable<Date> EXPIRES_AT = ProcessVariable.of("expiresAt", Date.class);

  // Copied from the row for Tasklist's columns and the forms (the row is the source of truth).
  public static final ProcessVariable<String> CLIENT_NAME = ProcessVariable.of("clientName", String.class);
  public static final ProcessVariable<String> TYPE_LABEL = ProcessVariable.of("typeLabel", String.class);
  public static final ProcessVariable<String> PRODUCT = ProcessVariable.of("product", String.class);
  public static final ProcessVariable<String> OWNER_NAME = ProcessVariable.of("ownerName", String.class);
  public static final ProcessVariable<String> DUE_ON_LABEL = ProcessVariable.of("dueOnLabel", String.class);
  public static final ProcessVariable<String> MAX_DUE_ON_LABEL = ProcessVariable.of("maxDueOnLabel", String.class);
  public static final ProcessVariable<String> RENEWAL_HINT = ProcessVariable.of("renewalHint", String.class);
  public static final ProcessVariable<String> OPENING_OBSERVATION = ProcessVariable.of("openingObservation", String.class);

  // What the owner submits on FollowUpClient.
  public static final ProcessVariable<String> FOLLOW_UP_ACTION = ProcessVariable.of("followUpAction", String.class);
  public static final ProcessVariable<String> OBSERVATION = ProcessVariable.of("observation", String.class);
  /** With RENEW: the new deadline (yyyy-MM-dd); absent, the DMN's renewal days. */
  public static final ProcessVariable<String> NEW_DUE_ON = ProcessVariable.of("newDueOn", String.class);
  public static final ProcessVariable<String> SALE_DESCRIPTION = ProcessVariable.of("saleDescription", String.class);

  // What a supervisor submits on ValidateFollowUp.
  public static final ProcessVariable<String> VALIDATION_DECISION = ProcessVariable.of("validationDecision", String.class);
  public static final ProcessVariable<String> VALIDATION_NOTE = ProcessVariable.of("validationNote", String.class);

  // Set by the complete listener and the recording delegates.
  public static final ProcessVariable<String> ACTED_BY = ProcessVariable.of("actedBy", String.class);
  /** The recorded action (a {@link Action} name), which the gateway routes on. */
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("followUpOutcome", String.class);
  public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.of("approved", Boolean.class);

  static final List<ProcessVariable<String>> FOLLOW_UP_INPUTS =
      List.of(FOLLOW_UP_ACTION, OBSERVATION, NEW_DUE_ON, SALE_DESCRIPTION);
  static final List<ProcessVariable<String>> VALIDATION_INPUTS = List.of(VALIDATION_DECISION, VALIDATION_NOTE);

  private FollowUpProcess() {}

  /** The follow-up an instance is about: its business key, never a variable a completion could write. */
  public static String code(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** Cleared once recorded, so the next task's form starts empty. */
  static void clear(VariableScope scope, List<ProcessVariable<String>> inputs) {
    inputs.forEach(variable -> variable.remove(scope));
  }

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
