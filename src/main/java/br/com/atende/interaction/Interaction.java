package br.com.atende.interaction;

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

/** One "movimentação": a contact with the client, what it was for and what was done (seed 002 items 1–2). */
@Entity
@Table(name = "interactions")
public class Interaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long clientId;
  @Enumerated(EnumType.STRING)
  private Channel channel;
  @Enumerated(EnumType.STRING)
  private Purpose purpose;
  private String summary;
  /** The Bitrix card, conversation or deal ("na primeira interação já inclua o link"). */
  private String link;
  private String product;
  private String createdBy;
  private Instant createdAt;

  protected Interaction() {}

  Interaction(Long clientId, Channel channel, Purpose purpose, String summary, String link, String product,
      String createdBy) {
    this.clientId = clientId;
    this.channel = channel;
    this.purpose = purpose;
    this.summary = summary;
    this.link = link;
    this.product = product;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Channel getChannel() {
    return channel;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getSummary() {
    return summary;
  }

  public String getLink() {
    return link;
  }

  public String getProduct() {
    return product;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
