package br.com.atende.common;

/** What every form and request field needs: blank means absent, and spaces around a value do not count. */
public final class Text {

  private Text() {}

  /** The value trimmed, or null when it is null or blank. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
