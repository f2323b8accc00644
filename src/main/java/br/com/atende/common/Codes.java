package br.com.atende.common;

/** Reads a code sent by a form or the API as one of an enum's constants. */
public final class Codes {

  private Codes() {}

  /** The constant named by the code (spaces around it ignored); null when absent or unknown. */
  public static <E extends Enum<E>> E parse(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
