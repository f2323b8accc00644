package br.com.atende.sale;

import br.com.atende.client.Channel;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sale to a client of the registry (seed 002), with whose commission it is and why. */
@Entity
@Table(name = "sales")
public class Sale {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long clientId;
  private String product;
  private String description;
  @Enumerated(EnumType.STRING)
  private Channel channel;
  private String soldBy;
  @Enumerated(EnumType.STRING)
  private CommissionTo commissionTo;
  /** The user the commission goes to; null while the manager decides. */
  private String commissionUser;
  /** The owner of the valid follow-up of this product another seller closed, if any. */
  private String followUpOwner;
  private String commissionRule;
  /** The follow-up codes this sale closed ("retirar o agendamento"), comma-separated. */
  private String closedFollowUps;
  private Instant soldAt;
  /** Who contracted it when not the holder, and their relation to the holder. */
  private String thirdPartyName;
  private String thirdPartyRelation;

  protected Sale() {}

  Sale(Long clientId, String product, String description, Channel channel, String soldBy) {
    this.clientId = clientId;
    this.product = product;
    this.description = description;
    this.channel = channel;
    this.soldBy = soldBy;
    this.soldAt = BusinessTime.now();
  }

  void attribute(CommissionTo to, String followUpOwner, String rule) {
    this.commissionTo = to;
    this.followUpOwner = followUpOwner;
    this.commissionUser = switch (to) {
      case SELLER -> soldBy;
      case FOLLOW_UP_OWNER -> followUpOwner;
      case MANAGER_DECIDES -> null;
    };
    this.commissionRule = rule;
  }

  void contractedBy(String name, String relation) {
    this.thirdPartyName = name;
    this.thirdPartyRelation = relation;
  }

  void closed(String codes) {
    this.closedFollowUps = codes == null || codes.isEmpty() ? null : codes;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getProduct() {
    return product;
  }

  public String getDescription() {
    return description;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getSoldBy() {
    return soldBy;
  }

  public CommissionTo getCommissionTo() {
    return commissionTo;
  }

  public String getCommissionUser() {
    return commissionUser;
  }

  public String getFollowUpOwner() {
    return followUpOwner;
  }

  public String getCommissionRule() {
    return commissionRule;
  }

  public String getClosedFollowUps() {
    return closedFollowUps;
  }

  public Instant getSoldAt() {
    return soldAt;
  }

  public String getThirdPartyName() {
    return thirdPartyName;
  }

  public String getThirdPartyRelation() {
    return thirdPartyRelation;
  }
}
