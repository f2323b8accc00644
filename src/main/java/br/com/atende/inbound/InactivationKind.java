package br.com.atende.inbound;

import br.com.atende.common.Labelled;

/** Seed 002 items 5 and 6: a client inactivated by someone, or by the system. */
public enum InactivationKind implements Labelled {
  MANUAL("Manual"),
  AUTOMATIC("Automática");

  private final String label;

  InactivationKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
