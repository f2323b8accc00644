package br.com.atende.proposal;

import br.com.atende.common.ProcessVariable;
import java.util.List;

/** Ids, messages and variables of bpmn/proposal/proposal.bpmn (DESIGN contract). */
public final class ProposalProcess {

  public static final String KEY = "proposal";
  public static final String TASK_RESOLVE_PENDENCY = "ResolvePendency";
  public static final String TASK_AUDIT_PROPOSAL = "AuditProposal";
  public static final String TASK_MAINTAIN_PROPOSAL = "MaintainProposal";
  public static final String MESSAGE_MAINTENANCE = "ProposalMaintenance";
  /** The task name in the change log for the sale itself (AttendLead or CallBack). */
  public static final String SALE = "Venda";

  // Kept for the whole instance.
  public static final ProcessVariable<String> PROPOSAL_CODE = ProcessVariable.of("proposalCode", String.class);
  public static final ProcessVariable<String> SELLER = ProcessVariable.of("seller", String.class);
  public static final ProcessVariable<String> STORE_CODE = ProcessVariable.of("storeCode", String.class);
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

  private ProposalProcess() {}
}
