package br.com.atende.inbound;

/** Whom DMN inbound-routing hands a contact to: the follow-up's owner, who inactivated the client, or a team. */
public enum RouteTo {
  OWNER, INACTIVATOR, GROUP;

  /** A person, who has a while to answer before the sales team gets it. */
  public boolean isPerson() {
    return this != GROUP;
  }
}
