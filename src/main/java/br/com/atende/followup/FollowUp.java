package br.com.atende.followup;

import br.com.atende.common.Codes;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A follow-up ("agendamento", seed 002): a client, a product, its owner and its deadlines in
 * business days. Its flow runs in a `follow-up` process instance whose business key is the code;
 * what happened to it is logged in {@link FollowUpEvent}.
 */
@Entity
@Table(name = "follow_ups")
public class FollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private Long clientId;

  @Enumerated(EnumType.STRING)
  private FollowUpType type;

  private String product;
  private String owner;
  private boolean budgetSent;
  private String observation;
  private LocalDate dueOn;
  private LocalDate maxDueOn;

  @Enumerated(EnumType.STRING)
  private FollowUpStatus status;

  private boolean needsValidation;
  private int renewals;
  private String processInstanceId;
  private String createdBy;
  private Instant createdAt;
  private String validatedBy;
  private Instant closedAt;
  private String closedBy;
  private String closingNote;

  protected FollowUp() {}

  FollowUp(Long clientId, FollowUpType type, String product, String owner, boolean budgetSent, String observation,
      LocalDate dueOn, LocalDate maxDueOn, FollowUpStatus status) {
    this.clientId = clientId;
    this.type = type;
    this.product = product;
    this.owner = owner;
    this.budgetSent = budgetSent;
    this.observation = observation;
    this.dueOn = dueOn;
    this.maxDueOn = maxDueOn;
    this.status = status;
    this.needsValidation = status == FollowUpStatus.PENDING_VALIDATION;
    this.createdBy = owner;
    this.createdAt = BusinessTime.now();
  }

  void assignCode() {
    this.code = Codes.numbered("AG", id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void approve(String supervisor) {
    this.status = FollowUpStatus.OPEN;
    this.validatedBy = supervisor;
  }

  void renewTo(LocalDate newDueOn) {
    this.dueOn = newDueOn;
    this.renewals++;
  }

  void reassignTo(String newOwner) {
    this.owner = newOwner;
  }

  /** Ends it: concluded, sold, expired or rejected. */
  void close(FollowUpStatus end, String by, String note) {
    this.status = end;
    this.closedAt = BusinessTime.now();
    this.closedBy = by;
    this.closingNote = note;
  }

  /** The end of its last day in São Paulo, when the timer expires it. */
  public Instant expiresAt() {
    return BusinessTime.toInstant(dueOn.atTime(LocalTime.of(23, 59, 59)));
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

  public FollowUpType getType() {
    return type;
  }

  public String getProduct() {
    return product;
  }

  public String getOwner() {
    return owner;
  }

  public boolean isBudgetSent() {
    return budgetSent;
  }

  public String getObservation() {
    return observation;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getMaxDueOn() {
    return maxDueOn;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public boolean isNeedsValidation() {
    return needsValidation;
  }

  public int getRenewals() {
    return renewals;
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

  public String getValidatedBy() {
    return validatedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getClosingNote() {
    return closingNote;
  }
}
