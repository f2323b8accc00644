package br.com.atende.optout;

import br.com.atende.common.Labelled;

/** Where a number asked not to be reached; ALL covers every channel. */
public enum OptOutChannel implements Labelled {
  VOICE("Ligação"),
  WHATSAPP("WhatsApp"),
  SMS("SMS"),
  ALL("Todos os canais");

  private final String label;

  OptOutChannel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
