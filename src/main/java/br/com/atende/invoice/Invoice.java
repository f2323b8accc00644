package br.com.atende.invoice;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One boleto of a client: its number, due day, amount and whether it is still open. */
@Entity
@Table(name = "invoices")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long clientId;
  private String number;
  private String description;
  private LocalDate dueOn;
  private BigDecimal amount;
  @Enumerated(EnumType.STRING)
  private InvoiceStatus status;
  private String createdBy;
  private Instant createdAt;
  private String updatedBy;
  private Instant updatedAt;

  protected Invoice() {}

  Invoice(Long clientId, String number, String description, LocalDate dueOn, BigDecimal amount, InvoiceStatus status,
      String createdBy) {
    this.clientId = clientId;
    this.number = number;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
    update(description, dueOn, amount, status, createdBy);
  }

  /** A re-import of the same boleto: the finance sheet is the source of its amount, day and status. */
  void update(String description, LocalDate dueOn, BigDecimal amount, InvoiceStatus status, String by) {
    this.description = description;
    this.dueOn = dueOn;
    this.amount = amount;
    changeStatus(status, by);
  }

  void changeStatus(InvoiceStatus status, String by) {
    this.status = status;
    this.updatedBy = by;
    this.updatedAt = BusinessTime.now();
  }

  void moveTo(long clientId) {
    this.clientId = clientId;
  }

  /** Open and its due day already gone (São Paulo). */
  boolean isPastDue(LocalDate today) {
    return status == InvoiceStatus.OPEN && dueOn.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getNumber() {
    return number;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
