package br.com.atende.duplicate;

import br.com.atende.common.Labelled;

/** Which record the central team keeps ("verificar qual ficha deseja ser mantida"). */
public enum Keep implements Labelled {
  NEW("A ficha nova"),
  EXISTING("A ficha existente");

  private final String label;

  Keep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
