package br.com.atende.interaction;

import br.com.atende.common.Labelled;

/** Why the client was contacted (seed 002: "sempre informar o motivo do contato"). */
public enum Purpose implements Labelled {
  SALE("Venda"),
  PRODUCT_OFFER("Oferecimento de produto"),
  ERROR_FOLLOW_UP("Retorno de erro"),
  SUPPORT("Suporte / dúvida de uso"),
  QUOTE("Orçamento"),
  ONBOARDING("Onboarding"),
  TRAINING("Treinamento"),
  BILLING("Cobrança / boletos"),
  OTHER("Outro");

  private final String label;

  Purpose(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
