package br.com.atende.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One finished attempt on a lead: who, when, with what outcome. Never changed afterwards. */
@Entity
@Table(name = "lead_attempts")
public class LeadAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long leadId;
  private int attemptNo;
  private String agent;
  private String task;
  private String storeCode;
  private String actionType;
  private String outcome;
  private String reason;
  private String observation;
  private Instant callbackAt;
  private String saleDescription;
  private String conversation;
  private Instant finishedAt;
  /** The rule that allowed this call (the lead's at its pull, or CALLBACK): evidence for a complaint. */
  private String allowedBy;

  protected LeadAttempt() {}

  public LeadAttempt(Long leadId, int attemptNo, String agent, String task, String storeCode, String actionType,
      String outcome, String reason, String observation, Instant callbackAt, String saleDescription,
      String conversation, Instant finishedAt) {
    this.leadId = leadId;
    this.attemptNo = attemptNo;
    this.agent = agent;
    this.task = task;
    this.storeCode = storeCode;
    this.actionType = actionType;
    this.outcome = outcome;
    this.reason = reason;
    this.observation = observation;
    this.callbackAt = callbackAt;
    this.saleDescription = saleDescription;
    this.conversation = conversation;
    this.finishedAt = finishedAt;
  }

  public LeadAttempt allowedBy(String rule) {
    this.allowedBy = rule;
    return this;
  }

  public String getAllowedBy() {
    return allowedBy;
  }

  public Long getLeadId() {
    return leadId;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public String getAgent() {
    return agent;
  }

  public String getTask() {
    return task;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getActionType() {
    return actionType;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getObservation() {
    return observation;
  }

  public Instant getCallbackAt() {
    return callbackAt;
  }

  public String getSaleDescription() {
    return saleDescription;
  }

  public String getConversation() {
    return conversation;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
