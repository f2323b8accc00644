package br.com.atende.thirdparty;

import br.com.atende.common.Labelled;

/** What the holder said of the change a third party asked for (variable holderDecision). */
public enum HolderDecision implements Labelled {
  CONFIRMED("Confirmada pelo titular"),
  REFUSED("Recusada pelo titular");

  private final String label;

  HolderDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
