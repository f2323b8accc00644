package br.com.atende.serviceevent;

import br.com.atende.common.Codes;
import br.com.atende.common.BusinessTime;
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
 * An event of a client's agenda (seed 004): a revision due, a birthday, a complaint... Its contact
 * runs in a `service-event` process instance whose business key is the code.
 */
@Entity
@Table(name = "service_events")
public class ServiceEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String typeCode;
  private Long clientId;
  private Long vehicleId;

  @Enumerated(EnumType.STRING)
  private EventStatus status;

  private String responsible;
  private String technician;
  /** When a cycle event (revision) is due. */
  private LocalDate dueOn;
  private Instant appointmentAt;
  private String lossReason;
  private String complaintReason;
  private String observation;
  private String processInstanceId;
  private Instant createdAt;
  private Instant updatedAt;

  protected ServiceEvent() {}

  public ServiceEvent(String typeCode, Long clientId, Long vehicleId, String responsible, LocalDate dueOn) {
    this.typeCode = typeCode;
    this.clientId = clientId;
    this.vehicleId = vehicleId;
    this.responsible = responsible;
    this.dueOn = dueOn;
    this.status = EventStatus.PENDING;
    this.createdAt = BusinessTime.now();
    this.updatedAt = createdAt;
  }

  void complaint(String reason, String description) {
    this.complaintReason = reason;
    this.observation = description;
  }

  /** "EV-000042". */
  void assignCode() {
    this.code = Codes.numbered("EV", id);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** A team event claimed by one of the team: theirs from now on. */
  void takenBy(String user) {
    this.responsible = user;
    this.updatedAt = BusinessTime.now();
  }

  void book(Instant at, String technician) {
    this.appointmentAt = at;
    this.technician = technician;
    moveTo(EventStatus.SCHEDULED);
  }

  void lose(String reason, String observation) {
    this.lossReason = reason;
    this.observation = observation;
    moveTo(EventStatus.LOST);
  }

  void moveTo(EventStatus newStatus) {
    this.status = newStatus;
    this.updatedAt = BusinessTime.now();
  }

  void note(String observation) {
    this.observation = observation;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getVehicleId() {
    return vehicleId;
  }

  public EventStatus getStatus() {
    return status;
  }

  public String getResponsible() {
    return responsible;
  }

  public String getTechnician() {
    return technician;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getAppointmentAt() {
    return appointmentAt;
  }

  public String getLossReason() {
    return lossReason;
  }

  public String getComplaintReason() {
    return complaintReason;
  }

  public String getObservation() {
    return observation;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
