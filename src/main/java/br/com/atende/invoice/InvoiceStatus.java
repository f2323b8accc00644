package br.com.atende.invoice;

import br.com.atende.common.Labelled;

/** A boleto's situation (seed 002 "Boletos em aberto"). */
public enum InvoiceStatus implements Labelled {
  OPEN("Em aberto"),
  PAID("Pago"),
  CANCELLED("Cancelado"),
  /** Seed 002 sales item 7: a debt over a year old is waived when the client recontracts ("abonar a dívida"). */
  WAIVED("Abonado na recontratação");

  private final String label;

  InvoiceStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
