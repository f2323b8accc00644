package br.com.atende.proposal;

import br.com.atende.common.Labelled;

/** "Situação do pedido" of seed 003, with the manual's labels (DESIGN contract codes). */
public enum Situation implements Labelled {
  PENDING_OPERATOR("Pendente Auditoria Off-line - Operador"),
  PENDING_AUDIT("Pré-venda/Pendente Auditoria Off-line (Não venda)"),
  CANCELLED_BY_OPERATOR("Cancelada Pendência Operador"),
  RETURNED_TO_OPERATOR("Pendente Auditoria Off-line retornado p/ operador (Não venda)"),
  CANCELLED_IN_AUDIT("Cancelada na Auditoria Off-line"),
  CONFIRMED_IN_AUDIT("Confirmada na Auditoria Off-line"),
  CONFIRMED_IN_MAINTENANCE("Confirmada na Manutenção"),
  CANCELLED_IN_MAINTENANCE("Cancelada na Manutenção");

  private final String label;

  Situation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isCancelled() {
    return name().startsWith("CANCELLED");
  }
}
