package br.com.atende.common;

import java.text.Normalizer;
import java.util.Locale;

/** What every form and request field needs: blank means absent, and spaces around a value do not count. */
public final class Text {

  private Text() {}

  /** The value for comparing and searching: trimmed, single-spaced, lower case, without accents ("José " = "jose"). */
  public static String key(String value) {
    if (value == null) {
      return null;
    }
    return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }

  /**
   * The text trimmed, refused (400, pt-BR, naming the field) when it is blank or only a placeholder:
   * seed 002 says never to close a record with "[...]", but with what was done.
   */
  public static String requireRealText(String value, int max, String fieldLabel) {
    if (saysNothing(value)) {
      throw UserFacingException.badRequest(fieldLabel + ": escreva o que foi feito; \"...\", \"[...]\" ou \"-\" "
          + "não dizem nada.");
    }
    return requireMaxLength(value.trim(), max, fieldLabel);
  }

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
