package br.com.atende.serviceevent.leadzap;

import br.com.atende.common.Labelled;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One LeadZap WhatsApp message of an event: the seed's dot (red: not sent, green: sent) and its text. */
@Entity
@Table(name = "leadzap_dispatches")
public class LeadZapDispatch {

  /** The three dispatches of seed 004 (DESIGN: kind). */
  public enum Kind implements Labelled {
    SCHEDULED("Agendamento"), CONFIRMATION("Confirmação"), NO_SHOW("No Show");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Status { PENDING, SENT, FAILED, OPTED_OUT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long eventId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String message;
  private String providerMessageId;
  private int attempts;
  private String lastError;
  private Instant createdAt;
  private Instant sentAt;

  protected LeadZapDispatch() {}

  public LeadZapDispatch(Long eventId, Kind kind, String message) {
    this.eventId = eventId;
    this.kind = kind;
    this.message = message;
    this.status = Status.PENDING;
    this.createdAt = BusinessTime.now();
  }

  void sent(String providerMessageId) {
    this.providerMessageId = providerMessageId;
    this.status = Status.SENT;
    this.attempts++;
    this.sentAt = BusinessTime.now();
    this.lastError = null;
  }

  void failed(String error) {
    this.attempts++;
    this.status = Status.FAILED;
    this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  /** Not sent, and never will be: the reason (pt-BR) is kept where a failure's error would be. */
  void optedOut(String reason) {
    this.status = Status.OPTED_OUT;
    this.lastError = reason;
  }

  public Long getId() {
    return id;
  }

  public Long getEventId() {
    return eventId;
  }

  public Kind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
