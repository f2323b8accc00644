package br.com.atende.followup;

import br.com.atende.common.Labelled;

/** Seed 002 item 5: the follow-up types, named as the manual writes them ("utilizar sempre os tipos já existentes"). */
public enum FollowUpType implements Labelled {
  SALE_WITH_CONTACT("#venda/tratativas com contato", true),
  SALE_NO_CONTACT("#venda/tratativas sem contato", false),
  NO_CONTACT("#tratativas sem contato", false),
  ONBOARDING("#onboarding 1º contato", false),
  SUPPORT("#suporte", false);

  private final String label;
  private final boolean holdsClient;

  FollowUpType(String label, boolean holdsClient) {
    this.label = label;
    this.holdsClient = holdsClient;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Whether an open follow-up of this type keeps the client with its owner for the sales rules
   * (routing, commission). Seed 002: only "agendamento com # de VENDA dentro de um prazo de 2D ou no
   * máximo de 6D (somente esses)" and with contact: "se tem agendamento, porém sem contato, pode
   * seguir o atendimento normal"; "Desconsidera agendamento para onboarding / inativação".
   */
  public boolean holdsClient() {
    return holdsClient;
  }
}
