package br.com.atende.proposal;

import br.com.atende.common.Labelled;

/** Why a proposal was cancelled, required with every cancellation; proposal.form lists the same codes (a test keeps them equal). */
public enum CancelReason implements Labelled {
  CLIENT_GAVE_UP("Cliente desistiu da compra"),
  NOT_CONFIRMED("Cliente não confirmou a intenção de compra"),
  INVALID_DATA("Dados do cliente inválidos ou divergentes"),
  FRAUD_SUSPECTED("Suspeita de fraude"),
  NO_COVERAGE("Sem viabilidade técnica no endereço"),
  DUPLICATE("Proposta em duplicidade"),
  OTHER("Outro");

  private final String label;

  CancelReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
