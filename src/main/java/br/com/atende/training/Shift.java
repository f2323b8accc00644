package br.com.atende.training;

import br.com.atende.common.Labelled;

/** The shifts the support team offers trainings in (seed 002 "definição de dias e turnos"). */
public enum Shift implements Labelled {
  MORNING("Manhã"),
  AFTERNOON("Tarde");

  private final String label;

  Shift(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
