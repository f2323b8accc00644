package br.com.atende.common;

/** What every form and request field needs: blank means absent, and spaces around a value do not count. */
public final class Text {

  private Text() {}

  /** The value trimmed, or null when it is null or blank. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * Refuses (400, pt-BR, naming the field) a value longer than its column, before anything is
   * stored. Counted in characters as MariaDB's VARCHAR counts them (an emoji is one). Answers the
   * value, so a check can wrap the read: {@code requireMaxLength(blankToNull(x), 4000, "Observações")}.
   */
  public static String requireMaxLength(String value, int max, String fieldLabel) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw UserFacingException.badRequest(fieldLabel + ": no máximo " + max + " caracteres (foram "
          + value.codePointCount(0, value.length()) + ").");
    }
    return value;
  }

  /**
   * Whether a text says nothing: blank, or only dots, dashes and brackets ("...", "[...]", "-"), or
   * holding the "[...]" seed 002 forbids ("não coloque pontos [...] nunca").
   */
  public static boolean saysNothing(String value) {
    return value == null || value.codePoints().noneMatch(Character::isLetterOrDigit)
        || value.contains("[...]") || value.contains("[…]");
  }
}
