package br.com.atende.common;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice a page offers: the code the API takes and its pt-BR label. */
public record Option(String code, String label) {

  /** Every constant of the enum, in declaration order, with the label it carries. */
  public static <E extends Enum<E>> List<Option> of(Class<E> type, Function<E, String> label) {
    return Arrays.stream(type.getEnumConstants()).map(value -> new Option(value.name(), label.apply(value))).toList();
  }
}
