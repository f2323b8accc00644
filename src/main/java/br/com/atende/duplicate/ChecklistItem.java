package br.com.atende.duplicate;

/**
 * The manual's actions for a new record, and for a duplicate ("Tudo do item acima e + informar a
 * duplicidade, fazer o ajuste do cadastro"), each a checkbox of the form.
 */
public enum ChecklistItem {
  ENABLE_SERVICE("enableService", "Habilitar intimação"),
  ONBOARDING_CALL("onboardingCall", "Onboarding (ligação)"),
  PRESENT_SYSTEM("presentSystem", "Apresentar o sistema"),
  SCHEDULE_TRAININGS("scheduleTrainings", "Agendar treinamentos"),
  MORE_PRODUCTS("moreProducts", "Incluir mais produtos"),
  INFORM_DUPLICATE("informDuplicate", "Informar a duplicidade"),
  ADJUST_RECORD("adjustRecord", "Ajustar o cadastro");

  private final String variable;
  private final String label;

  ChecklistItem(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  /** The form field's key. */
  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }
}
