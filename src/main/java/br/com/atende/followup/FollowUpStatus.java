package br.com.atende.followup;

import br.com.atende.common.Labelled;

/** Where a follow-up stands (DESIGN contract). */
public enum FollowUpStatus implements Labelled {
  /** More than 7 days ahead: waits for a supervisor and does not count until approved. */
  PENDING_VALIDATION("Aguardando validação do gestor"),
  OPEN("Em aberto"),
  CONCLUDED("Concluído"),
  SOLD("Vendido"),
  EXPIRED("Expirado"),
  REJECTED("Rejeitado pelo gestor");

  private final String label;

  FollowUpStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Still running: open, or waiting for its validation. */
  public boolean isLive() {
    return this == PENDING_VALIDATION || this == OPEN;
  }
}
