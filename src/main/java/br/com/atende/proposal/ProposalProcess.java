package br.com.atende.proposal;

import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ids, messages and variables of bpmn/proposal/proposal.bpmn (DESIGN contract). */
public final class ProposalProcess {

  public static final String KEY = "proposal";
  public static final String TASK_RESOLVE_PENDENCY = "ResolvePendency";
  public static final String TASK_AUDIT_PROPOSAL = "AuditProposal";
  public static final String TASK_MAINTAIN_PROPOSAL = "MaintainProposal";
  public static final String MESSAGE_MAINTENANCE = "ProposalMaintenance";
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
  public static final ProcessVariable<Object> SITUATION_OPTIONS = ProcessVariable.of("situationOptions", Object.class);
  public static final ProcessVariable<Object> HISTORY = ProcessVariable.of("history", Object.class);
  public static final ProcessVariable<Object> CHANGES = ProcessVariable.of("changes", Object.class);

  // What the user edits and submits.
  public static final ProcessVariable<String> CLIENT_NAME = ProcessVariable.of("clientName", String.class);
  public static final ProcessVariable<String> CPF_CNPJ = ProcessVariable.of("cpfCnpj", String.class);
  public static final ProcessVariable<String> EMAIL = ProcessVariable.of("email", String.class);
  public static final ProcessVariable<String> ADDRESS = ProcessVariable.of("address", String.class);
  public static final ProcessVariable<String> PRODUCT = ProcessVariable.of("product", String.class);
  /** JSON [{phoneType, typeLabel, ddd, number, status, statusLabel, lastCall}]: the phones table. */
  public static final ProcessVariable<Object> PHONES = ProcessVariable.of("phones", Object.class);
  /** JSON [{label, value: E.164}]: the phones to pick the dialled one from. */
  public static final ProcessVariable<Object> PHONE_OPTIONS = ProcessVariable.of("phoneOptions", Object.class);
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
  public static class Contract implements ProcessContract {

    @Override
    public String processKey() {
      return KEY;
    }

    @Override
    public Map<String, Set<String>> completionVariables() {
      return Map.of(TASK_RESOLVE_PENDENCY, ACCEPTED_COMPLETION, TASK_AUDIT_PROPOSAL, ACCEPTED_COMPLETION,
          TASK_MAINTAIN_PROPOSAL, ACCEPTED_COMPLETION);
    }
  }
}
