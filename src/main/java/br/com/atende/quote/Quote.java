package br.com.atende.quote;

import br.com.atende.common.Codes;
import br.com.atende.common.BusinessTime;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A quote sent to a client (seed 002 item 7, "Orçamentos"): its items, total and validity. */
@Entity
@Table(name = "quotes")
public class Quote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private Long clientId;
  private BigDecimal total;
  private LocalDate validUntil;
  private String notes;
  private String createdBy;
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quote_items", joinColumns = @JoinColumn(name = "quote_id"))
  @OrderColumn(name = "line_no")
  private List<QuoteItem> items = new ArrayList<>();

  protected Quote() {}

  static BigDecimal totalOf(List<QuoteItem> items) {
    return items.stream().map(QuoteItem::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  Quote(Long clientId, List<QuoteItem> items, LocalDate validUntil, String notes, String createdBy) {
    this.clientId = clientId;
    this.items = new ArrayList<>(items);
    this.total = totalOf(items);
    this.validUntil = validUntil;
    this.notes = notes;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
  }

  /** "OR-000042". */
  void assignCode() {
    this.code = Codes.numbered("OR", id);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Long getClientId() {
    return clientId;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getNotes() {
    return notes;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<QuoteItem> getItems() {
    return List.copyOf(items);
  }
}
