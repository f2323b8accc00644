package br.com.atende.common;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable's name and type in one place, read and written through it instead of string
 * literals (the idea of holunda's camunda-bpm-data, without the dependency).
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public T from(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  public T from(Map<String, Object> variables) {
    return cast(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void put(Map<String, Object> variables, T value) {
    variables.put(name, value);
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  private T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (type == String.class && !(value instanceof String)) {
      return type.cast(value.toString());
    }
    if (type == Long.class && value instanceof Number number) {
      return type.cast(number.longValue());
    }
    if (type == Integer.class && value instanceof Number number) {
      return type.cast(number.intValue());
    }
    return type.cast(value);
  }
}
