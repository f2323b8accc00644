package br.com.atende.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A process variable kept as Spin JSON, which form-js reads as a list or object (select options,
 * tables): like {@link ProcessVariable}, its name in one place, and whatever is written through it
 * is stored as JSON (7.24 forbids Java-serialized values).
 */
public record JsonVariable(String name) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static JsonVariable named(String name) {
    return new JsonVariable(name);
  }

  /** The stored JSON, or null when absent. */
  public SpinJsonNode from(VariableScope scope) {
    return scope.getVariable(name) instanceof SpinJsonNode json ? json : null;
  }

  public void set(VariableScope scope, Object value) {
    scope.setVariable(name, json(value));
  }

  /** On this scope only (a task's own variable, gone with the task). */
  public void setLocal(VariableScope scope, Object value) {
    scope.setVariableLocal(name, json(value));
  }

  public void put(Map<String, Object> variables, Object value) {
    variables.put(name, json(value));
  }

  /** Just this variable, for an engine call that takes a map (completing an external task). */
  public Map<String, Object> asMap(Object value) {
    return Map.of(name, json(value));
  }

  private static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
