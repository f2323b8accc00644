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

  /** The constant named by the code; absent or unknown is a pt-BR 400 naming the field and the values it takes. */
  public static <E extends Enum<E>> E require(Class<E> type, String code, String fieldLabel) {
    E value = parse(type, code);
    if (value == null) {
      throw UserFacingException.badRequest((code == null || code.isBlank() ? "Informe " + fieldLabel
          : fieldLabel + " inválido: \"" + code.trim() + "\"") + "; use um destes valores: "
          + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
          + ".");
    }
    return value;
  }
}
