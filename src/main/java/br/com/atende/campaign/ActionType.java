package br.com.atende.campaign;

import jakarta.persistence.Embeddable;

/** Seed 001 "Tipo da Ação": how the agent approaches the client, with the script to follow. */
@Embeddable
public class ActionType {

  private String code;
  private String name;
  private String script;

  protected ActionType() {}

  public ActionType(String code, String name, String script) {
    this.code = code;
    this.name = name;
    this.script = script;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getScript() {
    return script;
  }
}
