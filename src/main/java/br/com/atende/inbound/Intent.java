package br.com.atende.inbound;

import br.com.atende.common.Labelled;

/** What the client who reached us wants (seed 002, "Vendas (receptivo)" and items 5 to 7). */
public enum Intent implements Labelled {
  BUY("Quer contratar"),
  PRICE_INQUIRY("Pede valores"),
  SUPPORT("Suporte"),
  RECONTRACT("Quer recontratar");

  private final String label;

  Intent(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
