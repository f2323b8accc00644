package br.com.atende.client;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one client record (DESIGN "One client record"): seed 002's commercial and support client and
 * the dealer's (seed 004: "Interessa carro novo", the fleet). "Não quer WhatsApp" (LGPD) is the opt-out
 * ledger's WhatsApp channel for the client's phone ({@link ClientRegistry#noWhatsapp}), not a column here.
 */
@Entity
@Table(name = "clients")
public class Client {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  /** The name without case or accents, for the search. */
  private String nameKey;
  /** E.164. */
  private String phone;
  private String cpfCnpj;
  private String email;
  private boolean wantsNewCar;
  /** The record whose CPF/CNPJ this one repeats, for the central team (seed 002 "Cadastros duplicados"). */
  private Long duplicateOf;
  /** The record this one was merged into by the central team; a merged record leaves the search. */
  private Long mergedInto;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;

  protected Client() {}

  public Client(String name, String phone, String cpfCnpj, String email, boolean wantsNewCar) {
    this.name = name;
    this.phone = phone;
    this.cpfCnpj = cpfCnpj;
    this.email = email;
    this.wantsNewCar = wantsNewCar;
    this.createdAt = BusinessTime.now();
    this.updatedAt = createdAt;
  }

  public Client(ContactData data, boolean wantsNewCar, Long duplicateOf, String createdBy) {
    this(data.name(), data.phone(), data.cpfCnpj(), data.email(), wantsNewCar);
    this.duplicateOf = duplicateOf;
    this.createdBy = createdBy;
  }

  @PrePersist
  @PreUpdate
  void keepNameKey() {
    nameKey = Text.key(name);
  }

  public void edit(String name, String phone, String cpfCnpj, String email) {
    this.name = name;
    this.phone = phone;
    this.cpfCnpj = cpfCnpj;
    this.email = email;
    this.updatedAt = BusinessTime.now();
  }

  public void flag(Boolean wantsNewCar) {
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

  public boolean isWantsNewCar() {
    return wantsNewCar;
  }

  public Long getDuplicateOf() {
    return duplicateOf;
  }

  /** Its CPF/CNPJ, typed in after registration, is on that older record: the central team decides. */
  public void flagDuplicateOf(Long existing) {
    this.duplicateOf = existing;
  }

  /** Merged into the kept record (seed 002 "verificar qual ficha deseja ser mantida"). */
  public void mergeInto(Client kept) {
    this.mergedInto = kept.getId();
    this.updatedAt = BusinessTime.now();
  }

  public Long getMergedInto() {
    return mergedInto;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
