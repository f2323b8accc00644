package br.com.atende.serviceevent;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** "Motivo de reclamação": opens an event of its type, for its fixed responsible or someone of its team. */
@Entity
@Table(name = "complaint_reasons")
public class ComplaintReason {

  @Id
  private String code;
  private String name;
  private String eventTypeCode;
  private String fixedResponsible;
  private String team;
  /** Deactivated instead of deleted: complaints name it. */
  private boolean active = true;

  protected ComplaintReason() {}

  public ComplaintReason(String code, String name, String eventTypeCode, String fixedResponsible, String team) {
    this.code = code;
    this.name = name;
    this.eventTypeCode = eventTypeCode;
    this.fixedResponsible = fixedResponsible;
    this.team = team;
  }

  void edit(String name, String eventTypeCode, String fixedResponsible, String team, boolean active) {
    this.name = name;
    this.eventTypeCode = eventTypeCode;
    this.fixedResponsible = fixedResponsible;
    this.team = team;
    this.active = active;
  }

  public boolean isActive() {
    return active;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getEventTypeCode() {
    return eventTypeCode;
  }

  public String getFixedResponsible() {
    return fixedResponsible;
  }

  public String getTeam() {
    return team;
  }
}
