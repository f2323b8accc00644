package br.com.atende.proposal;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.Year;

/**
 * A sale waiting to be worked after the call (seed 003): the client, the product, who sold it where,
 * and its current situation. Its flow runs in a `proposal` process instance whose business key is
 * the code; every change is also logged in {@link ProposalChange}.
 */
@Entity
@Table(name = "proposals")
public class Proposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private Long leadId;
  private String campaignCode;
  private String storeCode;
  private String seller;
  private String auditType;
  private String clientName;
  private String cpfCnpj;
  private String email;
  private String address;
  private String product;

  @Enumerated(EnumType.STRING)
  private Situation situation;

  private Instant soldAt;
  private Instant updatedAt;
  private String processInstanceId;

  protected Proposal() {}

  public Proposal(Long leadId, String campaignCode, String storeCode, String seller, String auditType,
      String clientName, String cpfCnpj, String email, String address, String product, Situation situation) {
    this.leadId = leadId;
    this.campaignCode = campaignCode;
    this.storeCode = storeCode;
    this.seller = seller;
    this.auditType = auditType;
    this.clientName = clientName;
    this.cpfCnpj = cpfCnpj;
    this.email = email;
    this.address = address;
    this.product = product;
    this.situation = situation;
    this.soldAt = BusinessTime.now();
    this.updatedAt = soldAt;
  }

  /** "2026-000042": the year of the sale and the row id, short enough to read over the phone. */
  void assignCode() {
    this.code = String.format("%d-%06d", Year.from(BusinessTime.toLocal(soldAt)).getValue(), id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void moveTo(Situation newSituation) {
    this.situation = newSituation;
    this.updatedAt = BusinessTime.now();
  }

  void edit(String clientName, String cpfCnpj, String email, String address, String product) {
    this.clientName = clientName;
    this.cpfCnpj = cpfCnpj;
    this.email = email;
    this.address = address;
    this.product = product;
    this.updatedAt = BusinessTime.now();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Long getLeadId() {
    return leadId;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getSeller() {
    return seller;
  }

  public String getAuditType() {
    return auditType;
  }

  public String getClientName() {
    return clientName;
  }

  public String getCpfCnpj() {
    return cpfCnpj;
  }

  public String getEmail() {
    return email;
  }

  public String getAddress() {
    return address;
  }

  public String getProduct() {
    return product;
  }

  public Situation getSituation() {
    return situation;
  }

  public Instant getSoldAt() {
    return soldAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
