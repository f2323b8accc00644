package br.com.atende.serviceevent;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** "Motivo de perda", of a department (TODOS, SERVICOS, VENDAS...). */
@Entity
@Table(name = "loss_reasons")
public class LossReason {

  @Id
  private String code;
  private String name;
  private String department;
  /** Deactivated instead of deleted: events and types name it. */
  private boolean active = true;

  protected LossReason() {}

  public LossReason(String code, String name, String department) {
    this.code = code;
    this.name = name;
    this.department = department;
  }

  void edit(String name, String department, boolean active) {
    this.name = name;
    this.department = department;
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

  public String getDepartment() {
    return department;
  }
}
