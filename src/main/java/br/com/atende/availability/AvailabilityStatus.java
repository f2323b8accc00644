package br.com.atende.availability;

/** Seed 002 item 9: the responsible seller "está ausente ou férias". */
public enum AvailabilityStatus {
  AVAILABLE("Disponível"),
  VACATION("Férias"),
  ABSENT("Ausente");

  private final String label;

  AvailabilityStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
