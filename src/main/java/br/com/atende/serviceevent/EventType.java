package br.com.atende.serviceevent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * "Tipo de evento" (seed 004): its group ("1 - Pós Vendas"), whether it is Agenda Premium, its
 * department, the loss reasons crossed with it, and who answers for it (fixed person or team).
 */
@Entity
@Table(name = "event_types")
public class EventType {

  /** The group whose premium types may book an appointment (rule 1 of the Agenda). */
  public static final String AFTER_SALES_GROUP = EventGroup.AFTER_SALES.label();

  @Id
  private String code;
  private String name;

  @Column(name = "group_name")
  private String group;

  private boolean premium;
  private String department;
  private String fixedResponsible;
  private String team;
  /** Deactivated instead of deleted: events name it; no new event takes it. */
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "event_type_loss_reasons", joinColumns = @JoinColumn(name = "event_type_code"))
  @Column(name = "loss_reason_code")
  private Set<String> lossReasons = new LinkedHashSet<>();

  protected EventType() {}

  public EventType(String code, String name, String group, boolean premium, String department,
      Set<String> lossReasons, String fixedResponsible, String team) {
    this.code = code;
    this.name = name;
    this.group = group;
    this.premium = premium;
    this.department = department;
    this.lossReasons = new LinkedHashSet<>(lossReasons);
    this.fixedResponsible = fixedResponsible;
    this.team = team;
  }

  void edit(String name, String group, boolean premium, String department, Set<String> lossReasons,
      String fixedResponsible, String team, boolean active) {
    this.name = name;
    this.group = group;
    this.premium = premium;
    this.department = department;
    this.lossReasons.clear();
    this.lossReasons.addAll(lossReasons);
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

  public String getGroup() {
    return group;
  }

  public boolean isPremium() {
    return premium;
  }

  public String getDepartment() {
    return department;
  }

  public String getFixedResponsible() {
    return fixedResponsible;
  }

  public String getTeam() {
    return team;
  }

  public Set<String> getLossReasons() {
    return lossReasons;
  }
}
