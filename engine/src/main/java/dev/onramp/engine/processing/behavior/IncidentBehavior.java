package dev.onramp.engine.processing.behavior;

import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.state.ElementInstance;

/** Raises incidents on element instances and resolves them when their element ends. */
public final class IncidentBehavior {

  public static final String JOB = "JOB";
  public static final String ACTIVATE = "ACTIVATE";
  public static final String ACTIVATED = "ACTIVATED";
  public static final String COMPLETE = "COMPLETE";

  private final EngineState state;

  public IncidentBehavior(EngineState state) {
    this.state = state;
  }

  public long raise(
      CommandContext context,
      ElementInstance instance,
      Long jobKey,
      String errorType,
      String errorMessage,
      String failedStep) {
    long key = state.nextKey();
    state.incidents.insert(
        key, instance, jobKey, errorType, errorMessage, failedStep, context.now());
    state.elementInstances.setIncident(instance.key(), key);
    state.processInstances.addIncidents(instance.processInstanceKey(), 1);
    return key;
  }

  /** Marks the incident resolved and clears it from its element and process instance. */
  public void resolve(long incidentKey, long elementInstanceKey, long processInstanceKey) {
    state.incidents.resolve(incidentKey);
    state.elementInstances.setIncident(elementInstanceKey, null);
    state.processInstances.addIncidents(processInstanceKey, -1);
  }

  /** An element that ends takes its open incident with it. */
  public void resolveOnEnd(ElementInstance instance) {
    if (instance.incidentKey() != null) {
      resolve(instance.incidentKey(), instance.key(), instance.processInstanceKey());
    }
  }
}
