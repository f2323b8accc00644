package br.com.atende.availability;

import br.com.atende.common.Labelled;

/** Seed 002 item 9: the responsible seller "está ausente ou férias". */
public enum AvailabilityStatus implements Labelled {
  AVAILABLE("Disponível"),
  VACATION("Férias"),
  ABSENT("Ausente");

  private final String label;

  AvailabilityStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
