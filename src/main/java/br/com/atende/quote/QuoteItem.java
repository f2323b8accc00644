package br.com.atende.quote;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a quote: what, how many, at how much each. */
@Embeddable
public class QuoteItem {

  private String product;
  private int quantity;
  private BigDecimal unitPrice;

  protected QuoteItem() {}

  QuoteItem(String product, int quantity, BigDecimal unitPrice) {
    this.product = product;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
  }

  public String getProduct() {
    return product;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal subtotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
