package br.com.atende.campaign;

import br.com.atende.common.Labelled;

/**
 * Which law a campaign's calls fall under (DESIGN "Contact policy"): SART's self-regulation for
 * unsolicited calls (hours, daily cap, opt-outs), or clients who asked to be called (opt-outs only).
 */
public enum ContactPolicy implements Labelled {
  SART("Ligação não solicitada (código SART)"),
  CONSENTED("Cliente pediu o contato");

  private final String label;

  ContactPolicy(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
