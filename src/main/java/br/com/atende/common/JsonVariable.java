package br.com.atende.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** A Spin JSON process variable, which form-js reads as a list or object (select options, tables). */
public final class JsonVariable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonVariable() {}

  public static JsonValue of(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
