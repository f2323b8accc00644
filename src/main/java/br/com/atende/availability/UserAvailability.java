package br.com.atende.availability;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Whether a user is on vacation or absent, and until which day (inclusive); no row means available. */
@Entity
@Table(name = "user_availability")
class UserAvailability {

  @Id
  private String userId;
  @Enumerated(EnumType.STRING)
  private AvailabilityStatus status;
  @Column(name = "until_day")
  private LocalDate until;
  private String updatedBy;
  private Instant updatedAt;

  protected UserAvailability() {}

  UserAvailability(String userId) {
    this.userId = userId;
  }

  void set(AvailabilityStatus status, LocalDate until, String updatedBy) {
    this.status = status;
    this.until = until;
    this.updatedBy = updatedBy;
    this.updatedAt = BusinessTime.now();
  }

  /** The status on that day: an absence whose last day has passed is over. */
  AvailabilityStatus on(LocalDate day) {
    return until != null && day.isAfter(until) ? AvailabilityStatus.AVAILABLE : status;
  }

  LocalDate getUntil() {
    return until;
  }

  String getUpdatedBy() {
    return updatedBy;
  }
}
