package br.com.atende.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a proposal's log ("movimentação"): who, when, in which task, from which situation to which. */
@Entity
@Table(name = "proposal_changes")
public class ProposalChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private Instant changedAt;
  private String changedBy;
  private String task;

  @Enumerated(EnumType.STRING)
  private Situation fromSituation;

  @Enumerated(EnumType.STRING)
  private Situation toSituation;

  @Enumerated(EnumType.STRING)
  private CancelReason cancelReason;

  private String observation;
  private String changedFields;

  protected ProposalChange() {}

  public ProposalChange(Long proposalId, Instant changedAt, String changedBy, String task, Situation fromSituation,
      Situation toSituation, CancelReason cancelReason, String observation, String changedFields) {
    this.proposalId = proposalId;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.task = task;
    this.fromSituation = fromSituation;
    this.toSituation = toSituation;
    this.cancelReason = cancelReason;
    this.observation = observation;
    this.changedFields = changedFields;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getTask() {
    return task;
  }

  public Situation getFromSituation() {
    return fromSituation;
  }

  public Situation getToSituation() {
    return toSituation;
  }

  public CancelReason getCancelReason() {
    return cancelReason;
  }

  public String getObservation() {
    return observation;
  }

  public String getChangedFields() {
    return changedFields;
  }
}
