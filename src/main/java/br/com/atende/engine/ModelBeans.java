package br.com.atende.engine;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans a deployed model may name in an expression: the application's delegates and
 * listeners, nothing else (no IdentityService, no repositories). Resolved on first use, because the
 * delegates themselves depend on engine services that do not exist yet when the engine is configured.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

  static final Set<Class<?>> MODEL_TYPES = Set.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class);

  private final ApplicationContext context;
  private volatile Set<String> names;

  ModelBeans(ApplicationContext context) {
    this.context = context;
  }

  private Set<String> names() {
    if (names == null) {
      Set<String> found = new LinkedHashSet<>();
      for (Class<?> type : MODEL_TYPES) {
        found.addAll(Set.of(context.getBeanNamesForType(type)));
      }
      names = Set.copyOf(found);
    }
    return names;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && names().contains(name);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? context.getBean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return names().stream()
        .map(name -> Map.entry((Object) name, context.getBean(name)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
