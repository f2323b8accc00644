package br.com.atende.inbound;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client inactivated (seed 002 items 5 and 6): who, when, why, and whether a recontract sale ended it. */
@Entity
@Table(name = "client_inactivations")
public class Inactivation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long clientId;

  @Enumerated(EnumType.STRING)
  private InactivationKind kind;

  private String reason;
  private String inactivatedBy;
  private Instant inactivatedAt;
  private String reactivatedBy;
  private Instant reactivatedAt;

  protected Inactivation() {}

  Inactivation(long clientId, InactivationKind kind, String reason, String inactivatedBy) {
    this.clientId = clientId;
    this.kind = kind;
    this.reason = reason;
    this.inactivatedBy = inactivatedBy;
    this.inactivatedAt = BusinessTime.now();
  }

  void reactivated(String by) {
    this.reactivatedBy = by;
    this.reactivatedAt = BusinessTime.now();
  }

  public boolean isInForce() {
    return reactivatedAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public InactivationKind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public String getInactivatedBy() {
    return inactivatedBy;
  }

  public Instant getInactivatedAt() {
    return inactivatedAt;
  }

  public String getReactivatedBy() {
    return reactivatedBy;
  }

  public Instant getReactivatedAt() {
    return reactivatedAt;
  }
}
