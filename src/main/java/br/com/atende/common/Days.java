package br.com.atende.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Calendar days as the API ("2026-11-30") and Brazilian sheets ("30/11/2026") write them. */
public final class Days {

  private static final DateTimeFormatter BRAZILIAN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Days() {}

  /** "30/11/2026". */
  public static String format(LocalDate day) {
    return day == null ? null : day.format(BRAZILIAN);
  }

  /** dd/MM/yyyy or yyyy-MM-dd; null when blank; a pt-BR 400 naming the field when it is no real day. */
  public static LocalDate parse(String text, String fieldLabel) {
    String value = Text.blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value, BRAZILIAN) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest(fieldLabel + ": \"" + value + "\" não é uma data; use dd/mm/aaaa "
          + "(ex.: 30/11/2026).");
    }
  }

  /** Like {@link #parse}, refusing a blank value. */
  public static LocalDate require(String text, String fieldLabel) {
    LocalDate day = parse(text, fieldLabel);
    if (day == null) {
      throw UserFacingException.badRequest(fieldLabel + ": informe a data (dd/mm/aaaa).");
    }
    return day;
  }
}
