package dev.onramp.engine.processing.behavior;

import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.model.Mapping;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Camunda 8 variable semantics: input mappings create local variables; output mappings and
 * completion variables propagate to the nearest scope that has the variable, else to the process
 * instance.
 */
public final class VariableBehavior {

  private final EngineState state;
  private final FeelEvaluator feel;

  public VariableBehavior(EngineState state, FeelEvaluator feel) {
    this.state = state;
    this.feel = feel;
  }

  public FeelEvaluator feel() {
    return feel;
  }

  /**
   * The variables visible from an element instance: the context FEEL evaluates in, read on first
   * use.
   */
  public Map<String, Object> context(long elementInstanceKey) {
    return new LazyContext(
        () -> state.variables.visible(state.elementInstances.scopeChain(elementInstanceKey)));
  }

  /** Applies input mappings as local variables of the instance. Throws on expression failure. */
  public void applyInputs(ElementInstance instance, ExecutableElement element) {
    if (element.inputs().isEmpty()) {
      return;
    }
    Map<String, Object> context = new HashMap<>(context(instance.key()));
    Map<String, String> locals = new LinkedHashMap<>();
    for (Mapping mapping : element.inputs()) {
      Object value = feel.evaluate(mapping.source(), context);
      String variable = rootName(mapping.target());
      Object merged =
          nest(
              mapping.target(),
              value,
              locals.containsKey(variable) ? Json.read(locals.get(variable)) : null);
      locals.put(variable, Json.write(merged));
      context.put(variable, merged);
    }
    state.variables.setAllLocal(
        instance.key(), instance.processInstanceKey(), locals, instance.tenantId());
  }

  /** Evaluates output mappings in the instance's scope and propagates the results upwards. */
  public void applyOutputs(ElementInstance instance, ExecutableElement element) {
    if (element.outputs().isEmpty() || instance.flowScopeKey() == null) {
      return;
    }
    Map<String, Object> context = new HashMap<>(context(instance.key()));
    Map<String, Object> parentContext = null;
    Map<String, String> results = new LinkedHashMap<>();
    for (Mapping mapping : element.outputs()) {
      Object value = feel.evaluate(mapping.source(), context);
      String variable = rootName(mapping.target());
      Object base = null;
      if (!variable.equals(mapping.target())) {
        if (results.containsKey(variable)) {
          base = Json.read(results.get(variable));
        } else {
          if (parentContext == null) {
            parentContext = context(instance.flowScopeKey());
          }
          base = parentContext.get(variable);
        }
      }
      results.put(variable, Json.write(nest(mapping.target(), value, base)));
    }
    merge(instance.flowScopeKey(), instance.processInstanceKey(), results, instance.tenantId());
  }

  /**
   * Variables a job, user task, message or child process completes an element with: kept local when
   * the element has output mappings (which then read them), else propagated.
   */
  public void applyCompletionVariables(
      ElementInstance instance, ExecutableElement element, Map<String, String> variables) {
    if (variables.isEmpty()) {
      return;
    }
    if (!element.outputs().isEmpty()) {
      state.variables.setAllLocal(
          instance.key(), instance.processInstanceKey(), variables, instance.tenantId());
    } else {
      merge(instance.key(), instance.processInstanceKey(), variables, instance.tenantId());
    }
  }

  /** Propagates from {@code scopeKey} upwards (nearest holder, else the process instance). */
  public void merge(
      long scopeKey, long processInstanceKey, Map<String, String> variables, String tenant) {
    state.variables.merge(
        state.elementInstances.scopeChain(scopeKey), processInstanceKey, variables, tenant);
  }

  public void setLocal(ElementInstance instance, String name, Object value) {
    state.variables.setLocal(
        instance.key(),
        instance.processInstanceKey(),
        name,
        Json.write(value),
        instance.tenantId());
  }

  private static String rootName(String target) {
    int dot = target.indexOf('.');
    return dot < 0 ? target : target.substring(0, dot);
  }

  /** For a target path {@code a.b.c}, puts the value into a copy of {@code base} at b.c. */
  @SuppressWarnings("unchecked")
  private static Object nest(String target, Object value, Object base) {
    List<String> path = List.of(target.split("\\."));
    if (path.size() == 1) {
      return value;
    }
    Map<String, Object> root =
        base instanceof Map<?, ?> map
            ? new LinkedHashMap<>((Map<String, Object>) map)
            : new LinkedHashMap<>();
    Map<String, Object> current = root;
    for (int i = 1; i < path.size() - 1; i++) {
      Object next = current.get(path.get(i));
      Map<String, Object> copy =
          next instanceof Map<?, ?> m
              ? new LinkedHashMap<>((Map<String, Object>) m)
              : new LinkedHashMap<>();
      current.put(path.get(i), copy);
      current = copy;
    }
    current.put(path.get(path.size() - 1), value);
    return root;
  }
}
