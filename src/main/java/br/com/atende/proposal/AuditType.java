package br.com.atende.proposal;

/** Seed 003's "Tipo de auditoria": each operation chooses (the manual's examples are off-line). */
public enum AuditType {
  OFFLINE("Auditoria off-line"), ONLINE("Auditoria on-line");

  private final String label;

  AuditType(String label) {
    this.label = label;
  }

  public static String labelOf(String code) {
    for (AuditType type : values()) {
      if (type.name().equals(code)) {
        return type.label;
      }
    }
    return code;
  }
}
