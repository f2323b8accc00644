package br.com.atende.common;

import java.util.Arrays;
import java.util.stream.Collectors;

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

  /** A record's code from its id, as the users read it: "AG-000042" for prefix AG and id 42. */
  public static String numbered(String prefix, long id) {
    return String.format("%s-%06d", prefix, id);
  }

  /** The constant named by the code; absent or unknown is a pt-BR 400 naming the field and the values it takes. */
  public static <E extends Enum<E>> E require(Class<E> type, String code, String fieldLabel) {
    E value = parse(type, code);
    if (value == null) {
      String values = Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", "));
      throw UserFacingException.badRequest(fieldLabel + (code == null || code.isBlank() ? ": informe"
          : ": \"" + code.trim() + "\" não é válido; use") + " um destes valores: " + values + ".");
    }
    return value;
  }
}
