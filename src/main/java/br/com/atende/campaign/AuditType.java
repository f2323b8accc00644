package br.com.atende.campaign;

import br.com.atende.common.Labelled;

/**
 * Seed 003's "Tipo de auditoria": "cabe a cada operação definir o tipo de auditoria", so each
 * campaign chooses it when created (off-line, the manual's examples, by default) and the proposals
 * of its sales keep it.
 */
public enum AuditType implements Labelled {
  OFFLINE("Auditoria off-line"), ONLINE("Auditoria on-line");

  private final String label;

  AuditType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
