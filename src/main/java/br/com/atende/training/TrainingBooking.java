package br.com.atende.training;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client booked into a training slot; a cancelled one is kept for the client's timeline. */
@Entity
@Table(name = "training_bookings")
public class TrainingBooking {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long slotId;
  private Long clientId;
  private String bookedBy;
  private Instant bookedAt;
  private String cancelledBy;
  private Instant cancelledAt;

  protected TrainingBooking() {}

  TrainingBooking(long slotId, long clientId, String bookedBy) {
    this.slotId = slotId;
    this.clientId = clientId;
    this.bookedBy = bookedBy;
    this.bookedAt = BusinessTime.now();
  }

  void cancel(String by) {
    this.cancelledBy = by;
    this.cancelledAt = BusinessTime.now();
  }

  /** A merged record's booking moves to the kept record. */
  void moveTo(long clientId) {
    this.clientId = clientId;
  }

  public boolean isActive() {
    return cancelledAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getSlotId() {
    return slotId;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getBookedBy() {
    return bookedBy;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }
}
