package br.com.atende.thirdparty;

import br.com.atende.common.Codes;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change of the holder's sensitive data (name, CPF/CNPJ, e-mail) a third party asked for, which
 * waits for the holder's validation ("Se o terceiro sugerir alteração de dados sensíveis ... aí
 * devemos validar com o titular"). Runs in a `holder-validation` instance whose business key is the code.
 */
@Entity
@Table(name = "data_change_requests")
public class DataChangeRequest {

  public static final String PENDING = "PENDING";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private Long clientId;
  private String newName;
  /** Digits. */
  private String newCpfCnpj;
  private String newEmail;
  private String requestedBy;
  private String relation;
  /** PENDING, then a {@link HolderDecision} name. */
  private String status;
  private String decisionNote;
  private String decidedBy;
  private Instant decidedAt;
  private String processInstanceId;
  private String createdBy;
  private Instant createdAt;

  protected DataChangeRequest() {}

  DataChangeRequest(long clientId, String newName, String newCpfCnpj, String newEmail, String requestedBy,
      String relation, String createdBy) {
    this.clientId = clientId;
    this.newName = newName;
    this.newCpfCnpj = newCpfCnpj;
    this.newEmail = newEmail;
    this.requestedBy = requestedBy;
    this.relation = relation;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
    this.status = PENDING;
  }

  /** "VT-000042" (validação com o titular). */
  void assignCode() {
    this.code = Codes.numbered("VT", id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decided(HolderDecision decision, String note, String by) {
    this.status = decision.name();
    this.decisionNote = note;
    this.decidedBy = by;
    this.decidedAt = BusinessTime.now();
  }

  void moveTo(long clientId) {
    this.clientId = clientId;
  }

  public boolean isPending() {
    return PENDING.equals(status);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getNewName() {
    return newName;
  }

  public String getNewCpfCnpj() {
    return newCpfCnpj;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getRelation() {
    return relation;
  }

  public String getStatus() {
    return status;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
