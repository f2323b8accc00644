package br.com.atende.optout;

import br.com.atende.common.Labelled;

/** Who asked: the client to us, the national or São Paulo's list, or a data-protection request. */
public enum OptOutSource implements Labelled {
  CLIENT_REQUEST("Pedido do cliente"),
  NAO_ME_PERTURBE("Não Me Perturbe"),
  NAO_ME_LIGUE("Não Me Ligue (SP)"),
  LGPD("LGPD");

  private final String label;

  OptOutSource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
