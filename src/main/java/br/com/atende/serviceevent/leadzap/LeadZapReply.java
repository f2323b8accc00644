package br.com.atende.serviceevent.leadzap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's WhatsApp message received by the webhook: the other half of seed 004's "Conversa". */
@Entity
@Table(name = "leadzap_replies")
public class LeadZapReply {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String providerMessageId;
  /** E.164. */
  private String fromPhone;
  private String messageType;
  private String body;
  private String repliedTo;
  private Instant receivedAt;

  protected LeadZapReply() {}

  LeadZapReply(String providerMessageId, String fromPhone, String messageType, String body, String repliedTo,
      Instant receivedAt) {
    this.providerMessageId = providerMessageId;
    this.fromPhone = fromPhone;
    this.messageType = messageType;
    this.body = body;
    this.repliedTo = repliedTo;
    this.receivedAt = receivedAt;
  }

  public String getBody() {
    return body;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
