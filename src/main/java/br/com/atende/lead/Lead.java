package br.com.atende.lead;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A lead of a campaign's mailing. It is plain data until an agent first pulls it; from then on its
 * lifecycle runs in its `lead-attendance` process instance, whose delegates keep this row current.
 */
@Entity
@Table(name = "leads")
public class Lead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String campaignCode;
  /** null: any store of the campaign may serve it. */
  private String storeCode;
  /** The store whose agent last pulled it (reports group any-store leads by it). */
  private String workedStoreCode;
  private Long mailingId;
  private Integer mailingLine;
  private String name;
  /** E.164, e.g. +5562999990000. */
  private String phone;
  private String phone2;
  private String address;
  private String city;
  private String uf;
  private String cpfCnpj;
  private String email;

  @Enumerated(EnumType.STRING)
  private LeadStatus status;

  private int attempts;
  private int noAnswerAttempts;
  private String lastOutcome;
  private String assignee;
  private Instant callbackAt;
  private String callbackKind;
  private String saleDescription;
  /** Why it ended without a call (a callback to an opted-out number), in pt-BR. */
  private String closedReason;
  private String processInstanceId;
  private Instant createdAt;
  private Instant updatedAt;
  /** The contact rule that allowed its last pull ("SART contact-hours v2, contact-caps v1" or "CONSENTED"). */
  private String allowedBy;

  protected Lead() {}

  /** Moves the lead to a new status, keeping the time of the change. */
  public void moveTo(LeadStatus newStatus) {
    this.status = newStatus;
    this.updatedAt = BusinessTime.now();
  }

  public void recordAttempt(String outcome, boolean noAnswer) {
    this.attempts++;
    if (noAnswer) {
      this.noAnswerAttempts++;
    }
    this.lastOutcome = outcome;
    this.updatedAt = BusinessTime.now();
  }

  public void pulledBy(String agent, String storeCode, String processInstanceId) {
    this.assignee = agent;
    this.workedStoreCode = storeCode;
    this.processInstanceId = processInstanceId;
    moveTo(LeadStatus.IN_PROGRESS);
  }

  /** The contact policy let this pull call the lead, under {@code rule}. */
  public void allowedBy(String rule) {
    this.allowedBy = rule;
  }

  public String getAllowedBy() {
    return allowedBy;
  }

  public void scheduleCallback(Instant at, String kind, String agent) {
    this.callbackAt = at;
    this.callbackKind = kind;
    this.assignee = agent;
    moveTo(LeadStatus.SCHEDULED);
  }

  public void clearCallback() {
    this.callbackAt = null;
    this.callbackKind = null;
  }

  public void backToQueue() {
    clearCallback();
    this.assignee = null;
    moveTo(LeadStatus.QUEUED);
  }

  public void close(LeadStatus finalStatus) {
    clearCallback();
    moveTo(finalStatus);
  }

  /**
   * A callback that came due for a number that opted out of calls: it ends without a call, and
   * keeps its time and owner so that the agent's agenda still shows it, with the reason.
   */
  public void closeOptedOut(String reason) {
    this.closedReason = reason;
    moveTo(LeadStatus.OPTED_OUT);
  }

  /** Whoever now holds its callback (a colleague of the store who took it over). */
  public void callbackTakenBy(String agent) {
    this.assignee = agent;
    this.updatedAt = BusinessTime.now();
  }

  public void setSaleDescription(String saleDescription) {
    this.saleDescription = saleDescription;
  }

  public Long getId() {
    return id;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public String getStoreCode() {
    return storeCode;
  }

  /** The store whose agent pulled it last. */
  public String getWorkedStoreCode() {
    return workedStoreCode;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getPhone2() {
    return phone2;
  }

  public String getAddress() {
    return address;
  }

  public String getCity() {
    return city;
  }

  public String getUf() {
    return uf;
  }

  public String getCpfCnpj() {
    return cpfCnpj;
  }

  public String getEmail() {
    return email;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public int getNoAnswerAttempts() {
    return noAnswerAttempts;
  }

  public String getLastOutcome() {
    return lastOutcome;
  }

  public String getAssignee() {
    return assignee;
  }

  public Instant getCallbackAt() {
    return callbackAt;
  }

  public String getCallbackKind() {
    return callbackKind;
  }

  public String getSaleDescription() {
    return saleDescription;
  }

  public String getClosedReason() {
    return closedReason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The address as one line for the agent: street, city - UF. */
  public String fullAddress() {
    StringBuilder line = new StringBuilder(address == null ? "" : address);
    if (city != null) {
      line.append(line.isEmpty() ? "" : ", ").append(city);
    }
    if (uf != null) {
      line.append(line.isEmpty() ? "" : " - ").append(uf);
    }
    return line.toString();
  }
}
