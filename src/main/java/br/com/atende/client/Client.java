package br.com.atende.client;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dealer's client (seed 004): phone, "Não quer WhatsApp" (LGPD) and "Interessa carro novo". */
@Entity
@Table(name = "clients")
public class Client {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  /** E.164. */
  private String phone;
  private String cpfCnpj;
  private String email;
  private boolean noWhatsapp;
  private boolean wantsNewCar;
  private Instant createdAt;
  private Instant updatedAt;

  protected Client() {}

  public Client(String name, String phone, String cpfCnpj, String email, boolean noWhatsapp, boolean wantsNewCar) {
    this.name = name;
    this.phone = phone;
    this.cpfCnpj = cpfCnpj;
    this.email = email;
    this.noWhatsapp = noWhatsapp;
    this.wantsNewCar = wantsNewCar;
    this.createdAt = BusinessTime.now();
    this.updatedAt = createdAt;
  }

  public void edit(String name, String phone, String cpfCnpj, String email) {
    this.name = name;
    this.phone = phone;
    this.cpfCnpj = cpfCnpj;
    this.email = email;
    this.updatedAt = BusinessTime.now();
  }

  public void flag(Boolean noWhatsapp, Boolean wantsNewCar) {
    if (noWhatsapp != null) {
      this.noWhatsapp = noWhatsapp;
    }
    if (wantsNewCar != null) {
      this.wantsNewCar = wantsNewCar;
    }
    this.updatedAt = BusinessTime.now();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getCpfCnpj() {
    return cpfCnpj;
  }

  public String getEmail() {
    return email;
  }

  public boolean isNoWhatsapp() {
    return noWhatsapp;
  }

  public boolean isWantsNewCar() {
    return wantsNewCar;
  }
}
