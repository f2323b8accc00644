package br.com.atende.interaction;

/** Why the client was contacted (seed 002: "sempre informar o motivo do contato"). */
public enum Purpose {
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

  public String label() {
    return label;
  }
}
