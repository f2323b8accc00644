package br.com.atende.campaign;

import br.com.atende.common.Labelled;

/** Why a lead is out of its queue for now (DESIGN queue-status `reason`). */
public enum HoldReason implements Labelled {
  OUTSIDE_HOURS("Fora do horário de ligação"),
  DAILY_CAP("Limite de 2 ligações por dia atingido"),
  OPTED_OUT("Pediu para não receber ligações"),
  HOLIDAY("Feriado");

  private final String label;

  HoldReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
