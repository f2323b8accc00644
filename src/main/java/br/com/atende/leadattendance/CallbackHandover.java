package br.com.atende.leadattendance;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CallBack task offered to its store's agents; the statistics report counts them. */
@Entity
@Table(name = "callback_handovers")
class CallbackHandover {

  /** Why nobody could wait for the owner. */
  enum Reason {
    /** Still not done offerToStoreAfterMinutes after its time (an input of ScheduleCallback). */
    NOT_STARTED,
    /** Its owner is marked on vacation or absent (PUT /api/users/{id}/availability). */
    OWNER_ABSENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long leadId;
  private String fromAgent;
  private String storeCode;
  @Enumerated(EnumType.STRING)
  private Reason reason;
  private Instant handedAt;

  protected CallbackHandover() {}

  CallbackHandover(Long leadId, String fromAgent, String storeCode, Reason reason) {
    this.leadId = leadId;
    this.fromAgent = fromAgent;
    this.storeCode = storeCode;
    this.reason = reason;
    this.handedAt = BusinessTime.now();
  }

  Reason getReason() {
    return reason;
  }

  String getFromAgent() {
    return fromAgent;
  }
}
