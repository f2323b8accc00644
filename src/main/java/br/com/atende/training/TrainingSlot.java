package br.com.atende.training;

import br.com.atende.common.Codes;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A day and shift a support member gives client trainings, with its seats (seed 002 item 4). Its
 * day runs in a `training-session` instance whose business key is the code.
 */
@Entity
@Table(name = "training_slots")
public class TrainingSlot {

  public static final String OPEN = "OPEN";
  public static final String GIVEN = "GIVEN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  @Column(name = "training_day")
  private LocalDate day;
  @Enumerated(EnumType.STRING)
  private Shift shift;
  private int capacity;
  private String trainer;
  private String status;
  private String attendanceNote;
  private Instant givenAt;
  private String givenBy;
  private String processInstanceId;
  private String createdBy;
  private Instant createdAt;

  protected TrainingSlot() {}

  TrainingSlot(LocalDate day, Shift shift, int capacity, String trainer, String createdBy) {
    this.day = day;
    this.shift = shift;
    this.capacity = capacity;
    this.trainer = trainer;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
    this.status = OPEN;
  }

  /** "TR-000042". */
  void assignCode() {
    this.code = Codes.numbered("TR", id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void given(String note, String by) {
    this.attendanceNote = note;
    this.givenBy = by;
    this.givenAt = BusinessTime.now();
    this.status = GIVEN;
  }

  /** When the day begins in São Paulo: the trainer's task appears then. */
  public Instant startsAt() {
    return BusinessTime.toInstant(day.atStartOfDay());
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public LocalDate getDay() {
    return day;
  }

  public Shift getShift() {
    return shift;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getTrainer() {
    return trainer;
  }

  public String getStatus() {
    return status;
  }

  public String getAttendanceNote() {
    return attendanceNote;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public String getGivenBy() {
    return givenBy;
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
