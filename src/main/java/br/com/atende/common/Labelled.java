package br.com.atende.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A code with its pt-BR label, declared once on its enum: the pages read the labels from
 * GET /api/labels, and FormOptionsTest keeps the forms' options equal to them.
 */
public interface Labelled {

  String name();

  String label();

  /** Code → label, in the enum's order. */
  static Map<String, String> of(Labelled[] values) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Labelled value : values) {
      labels.put(value.name(), value.label());
    }
    return labels;
  }

  /**
   * The label of the constant a stored code names, for exports and pages; an unknown code (a row
   * written before a constant was renamed) shows as it is rather than failing the whole export.
   */
  static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String code) {
    E value = Codes.parse(type, code);
    return value == null ? code : value.label();
  }
}
