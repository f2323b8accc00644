package br.com.atende.followup;

/** Seed 002 item 5: the follow-up types, named as the manual writes them ("utilizar sempre os tipos já existentes"). */
public enum FollowUpType {
  SALE_WITH_CONTACT("#venda/tratativas com contato", true),
  SALE_NO_CONTACT("#venda/tratativas sem contato", true),
  NO_CONTACT("#tratativas sem contato", true),
  ONBOARDING("#onboarding 1º contato", false),
  SUPPORT("#suporte", false);

  private final String label;
  private final boolean holdsClient;

  FollowUpType(String label, boolean holdsClient) {
    this.label = label;
    this.holdsClient = holdsClient;
  }

  public String label() {
    return label;
  }

  /**
   * Whether an open follow-up of this type keeps the client with its owner for the sales rules
   * (routing, commission). Seed 002: "Desconsidera agendamento para onboarding / inativação", and
   * support follow-ups are no sale.
   */
  public boolean holdsClient() {
    return holdsClient;
  }
}
