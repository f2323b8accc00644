package br.com.atende.client;

import br.com.atende.common.Labelled;

/** How a client was reached or reached us (seed 002: "chat, e-mail, fone e whats"). */
public enum Channel implements Labelled {
  PHONE("Telefone"),
  CHAT("Chat"),
  EMAIL("E-mail"),
  WHATSAPP("WhatsApp");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
