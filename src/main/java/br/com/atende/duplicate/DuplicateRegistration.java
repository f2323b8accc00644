package br.com.atende.duplicate;

import br.com.atende.common.Codes;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A new record whose CPF/CNPJ was already on another, and how the central team treated it. */
@Entity
@Table(name = "duplicate_registrations")
public class DuplicateRegistration {

  public static final String OPEN = "OPEN";
  public static final String TREATED = "TREATED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private Long clientId;
  private Long existingId;
  private String status;
  private Long keptId;
  private Long mergedId;
  private String checklist;
  private String observation;
  private String processInstanceId;
  private String treatedBy;
  private Instant treatedAt;
  private Instant createdAt;

  protected DuplicateRegistration() {}

  DuplicateRegistration(long clientId, long existingId) {
    this.clientId = clientId;
    this.existingId = existingId;
    this.status = OPEN;
    this.createdAt = BusinessTime.now();
  }

  /** "CD-000042". */
  void assignCode() {
    this.code = Codes.numbered("CD", id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void treated(Keep keep, String checklist, String observation, String by) {
    this.keptId = keep == Keep.NEW ? clientId : existingId;
    this.mergedId = keep == Keep.NEW ? existingId : clientId;
    this.checklist = checklist;
    this.observation = observation;
    this.treatedBy = by;
    this.treatedAt = BusinessTime.now();
    this.status = TREATED;
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

  public Long getExistingId() {
    return existingId;
  }

  public String getStatus() {
    return status;
  }

  public Long getKeptId() {
    return keptId;
  }

  public Long getMergedId() {
    return mergedId;
  }

  public String getChecklist() {
    return checklist;
  }

  public String getObservation() {
    return observation;
  }

  public String getTreatedBy() {
    return treatedBy;
  }

  public Instant getTreatedAt() {
    return treatedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
