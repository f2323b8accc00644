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

  protected LossReason() {}

  public LossReason(String code, String name, String department) {
    this.code = code;
    this.name = name;
    this.department = department;
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
