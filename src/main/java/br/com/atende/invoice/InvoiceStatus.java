package br.com.atende.invoice;

/** A boleto's situation (seed 002 "Boletos em aberto"). */
public enum InvoiceStatus {
  OPEN("Em aberto"),
  PAID("Pago"),
  CANCELLED("Cancelado");

  private final String label;

  InvoiceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
