package br.com.atende.inbound;

import br.com.atende.common.Codes;
import br.com.atende.client.Channel;
import br.com.atende.common.BusinessTime;
import br.com.atende.inbound.InboundContactProcess.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A contact a client made (chat, e-mail, phone, WhatsApp), whom the routing table gave it to and
 * why, and how it was attended. Its flow runs in an `inbound-contact` instance whose business key is
 * the code.
 */
@Entity
@Table(name = "inbound_contacts")
public class InboundContact {

  public static final String OPEN = "OPEN";
  public static final String ATTENDED = "ATTENDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private Long clientId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  private Intent intent;

  private String product;
  private String message;

  @Enumerated(EnumType.STRING)
  private RouteTo routeTo;

  private String routedUser;
  private String routedGroup;
  @Column(name = "routing_rule")
  private String rule;
  private String ruleExplanation;
  private Instant handedOverAt;
  private String status;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String note;
  private String clientAnswer;
  private Long saleId;
  private String followUpCode;
  private String attendedBy;
  private Instant attendedAt;
  private String processInstanceId;
  private String createdBy;
  private Instant createdAt;

  protected InboundContact() {}

  InboundContact(long clientId, Channel channel, Intent intent, String product, String message, String createdBy) {
    this.clientId = clientId;
    this.channel = channel;
    this.intent = intent;
    this.product = product;
    this.message = message;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
    this.status = OPEN;
  }

  /** "RC-000042". */
  void assignCode() {
    this.code = Codes.numbered("RC", id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void routed(RouteTo routeTo, String user, String group, String rule, String explanation) {
    this.routeTo = routeTo;
    this.routedUser = user;
    this.routedGroup = group;
    this.rule = rule;
    this.ruleExplanation = explanation;
  }

  /** The routed person did not answer in time, or the agent handed it over: the sales team gets it. */
  void handedToTeam(String group, String rule, String explanation) {
    routed(RouteTo.GROUP, null, group, rule, explanation);
    this.handedOverAt = BusinessTime.now();
  }

  void attended(Outcome outcome, String note, String clientAnswer, Long saleId, String followUpCode, String by) {
    this.outcome = outcome;
    this.note = note;
    this.clientAnswer = clientAnswer;
    this.saleId = saleId;
    this.followUpCode = followUpCode;
    this.attendedBy = by;
    this.attendedAt = BusinessTime.now();
    this.status = ATTENDED;
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

  public Channel getChannel() {
    return channel;
  }

  public Intent getIntent() {
    return intent;
  }

  public String getProduct() {
    return product;
  }

  public String getMessage() {
    return message;
  }

  public RouteTo getRouteTo() {
    return routeTo;
  }

  public String getRoutedUser() {
    return routedUser;
  }

  public String getRoutedGroup() {
    return routedGroup;
  }

  public String getRule() {
    return rule;
  }

  public String getRuleExplanation() {
    return ruleExplanation;
  }

  public Instant getHandedOverAt() {
    return handedOverAt;
  }

  public String getStatus() {
    return status;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }

  public String getClientAnswer() {
    return clientAnswer;
  }

  public Long getSaleId() {
    return saleId;
  }

  public String getFollowUpCode() {
    return followUpCode;
  }

  public String getAttendedBy() {
    return attendedBy;
  }

  public Instant getAttendedAt() {
    return attendedAt;
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
