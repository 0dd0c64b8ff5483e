package dev.onramp.engine.processing.behavior;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The variables of a scope, read from the database only when something asks for them. Most model
 * values are static (a job type, a P5D timer), so most contexts are never read at all.
 */
final class LazyContext extends AbstractMap<String, Object> {

  private final Supplier<Map<String, Object>> loader;
  private Map<String, Object> loaded;

  LazyContext(Supplier<Map<String, Object>> loader) {
    this.loader = loader;
  }

  private Map<String, Object> variables() {
    if (loaded == null) {
      loaded = loader.get();
    }
    return loaded;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return variables().entrySet();
  }

  @Override
  public Object get(Object key) {
    return variables().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return variables().containsKey(key);
  }

  @Override
  public int size() {
    return variables().size();
  }
}
