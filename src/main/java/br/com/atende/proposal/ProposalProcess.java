package br.com.atende.proposal;

import br.com.atende.common.BpmnId;
import br.com.atende.common.JsonVariable;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ids, messages and variables of bpmn/proposal/proposal.bpmn (DESIGN contract). */
public final class ProposalProcess {

  public static final String KEY = "proposal";

  /**
   * Its user tasks, with the phase of the situation moves each decides and its pt-BR name in the
   * log; all three complete through proposal.form, so they accept the same inputs.
   */
  public enum UserTask implements ProcessContract.Task {
    ResolvePendency(SituationMoves.Phase.PENDENCY, "Pendência"),
    AuditProposal(SituationMoves.Phase.AUDIT, "Auditoria"),
    MaintainProposal(SituationMoves.Phase.MAINTENANCE, "Manutenção");

    private final SituationMoves.Phase phase;
    private final String label;

    UserTask(SituationMoves.Phase phase, String label) {
      this.phase = phase;
      this.label = label;
    }

    public SituationMoves.Phase phase() {
      return phase;
    }

    public String label() {
      return label;
    }

    @Override
    public Set<String> accepts() {
      return ACCEPTED_COMPLETION;
    }

    /** The task of this id; an id that is none of them is a bug (a listener on another element). */
    public static UserTask of(String id) {
      UserTask task = BpmnId.find(UserTask.class, id);
      if (task == null) {
        throw new IllegalArgumentException("Not a proposal task: " + id);
      }
      return task;
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    RecordSituation, EndEvent_Confirmed, EndEvent_Cancelled, Event_MaintenanceDuringPendency,
    Event_MaintenanceDuringAudit, StartEvent_MaintenanceAfterEnd
  }

  public enum Message implements BpmnId {
    ProposalMaintenance
  }

  /** The task name in the change log for the sale itself (AttendLead or CallBack). */
  public static final String SALE = "Venda";

  // Kept for the whole instance, for Tasklist's columns and the pendency's assignee; code reads the
  // proposal from the business key and the seller from its row.
  public static final ProcessVariable<String> PROPOSAL_CODE = ProcessVariable.of("proposalCode", String.class);
  public static final ProcessVariable<String> SELLER = ProcessVariable.of("seller", String.class);
  /** The current situation, which the gateway routes on; each task completes with the chosen one. */
  public static final ProcessVariable<String> SITUATION = ProcessVariable.of("situation", String.class);

  // Loaded from the database when a task is created, for the form (the rows are the source of truth).
  public static final ProcessVariable<String> CURRENT_SITUATION = ProcessVariable.of("currentSituation", String.class);
  public static final ProcessVariable<String> CURRENT_SITUATION_LABEL =
      ProcessVariable.of("currentSituationLabel", String.class);
  public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("proposalSummary", String.class);
  public static final ProcessVariable<Boolean> EDITABLE = ProcessVariable.of("editable", Boolean.class);
  public static final JsonVariable SITUATION_OPTIONS = JsonVariable.named("situationOptions");
  public static final JsonVariable HISTORY = JsonVariable.named("history");
  public static final JsonVariable CHANGES = JsonVariable.named("changes");

  // What the user edits and submits.
  public static final ProcessVariable<String> CLIENT_NAME = ProcessVariable.of("clientName", String.class);
  public static final ProcessVariable<String> CPF_CNPJ = ProcessVariable.of("cpfCnpj", String.class);
  public static final ProcessVariable<String> EMAIL = ProcessVariable.of("email", String.class);
  public static final ProcessVariable<String> ADDRESS = ProcessVariable.of("address", String.class);
  public static final ProcessVariable<String> PRODUCT = ProcessVariable.of("product", String.class);
  /** JSON [{phoneType, typeLabel, ddd, number, status, statusLabel, lastCall}]: the phones table. */
  public static final JsonVariable PHONES = JsonVariable.named("phones");
  /** JSON [{label, value: E.164}]: the phones to pick the dialled one from. */
  public static final JsonVariable PHONE_OPTIONS = JsonVariable.named("phoneOptions");
  // Seed 003 "Inserir telefone" and "Discar": an optional new phone and the result of a call.
  public static final ProcessVariable<String> NEW_PHONE_TYPE = ProcessVariable.of("newPhoneType", String.class);
  public static final ProcessVariable<String> NEW_PHONE_DDD = ProcessVariable.of("newPhoneDdd", String.class);
  public static final ProcessVariable<String> NEW_PHONE_NUMBER = ProcessVariable.of("newPhoneNumber", String.class);
  public static final ProcessVariable<String> DIALED_PHONE = ProcessVariable.of("dialedPhone", String.class);
  public static final ProcessVariable<String> DIAL_RESULT = ProcessVariable.of("dialResult", String.class);
  public static final ProcessVariable<String> CANCEL_REASON = ProcessVariable.of("cancelReason", String.class);
  public static final ProcessVariable<String> OBSERVATION = ProcessVariable.of("observation", String.class);

  // Set by the complete listener for RecordSituation.
  public static final ProcessVariable<String> CHANGED_BY = ProcessVariable.of("changedBy", String.class);
  public static final ProcessVariable<String> CHANGED_IN_TASK = ProcessVariable.of("changedInTask", String.class);

  /** Cleared once recorded, so the next task's form starts with no leftover choice. */
  public static final List<ProcessVariable<?>> COMPLETION_INPUTS = List.of(CANCEL_REASON, OBSERVATION,
      NEW_PHONE_TYPE, NEW_PHONE_DDD, NEW_PHONE_NUMBER, DIALED_PHONE, DIAL_RESULT);

  /** What proposal.form submits on every proposal task (the audit's read-only fields included, and ignored). */
  public static final Set<String> ACCEPTED_COMPLETION = Stream.concat(
          Stream.of(SITUATION, CLIENT_NAME, CPF_CNPJ, EMAIL, ADDRESS, PRODUCT), COMPLETION_INPUTS.stream())
      .map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

  private ProposalProcess() {}

  /** The proposal an instance is about: its business key, never a variable a completion could write. */
  public static String proposalCode(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
