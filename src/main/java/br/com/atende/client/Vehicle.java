package br.com.atende.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vehicle of a client's fleet (seed 004 "Frota"). */
@Entity
@Table(name = "vehicles")
public class Vehicle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long clientId;
  private String plate;
  private String model;

  @Column(name = "model_year")
  private Integer year;

  protected Vehicle() {}

  public Vehicle(Long clientId, String plate, String model, Integer year) {
    this.clientId = clientId;
    this.plate = plate;
    this.model = model;
    this.year = year;
  }

  public void edit(String plate, String model, Integer year) {
    this.plate = plate;
    this.model = model;
    this.year = year;
  }

  public String getPlate() {
    return plate;
  }

  public String getModel() {
    return model;
  }

  public Integer getYear() {
    return year;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  /** "Corolla 2022 · ABC1D23". */
  public String describe() {
    return model + (year == null ? "" : " " + year) + (plate == null ? "" : " · " + plate);
  }
}
