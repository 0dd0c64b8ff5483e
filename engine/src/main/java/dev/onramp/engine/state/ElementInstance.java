package dev.onramp.engine.state;

/**
 * A row of {@code element_instance}: one activation of one element.
 *
 * @param lifecycle the engine's step: ACTIVATING (input mappings, start listeners), ACTIVATED
 *     (waiting), COMPLETING (output mappings, end listeners), COMPLETED, TERMINATED
 */
public record ElementInstance(
    long key,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    String elementId,
    String type,
    String state,
    String lifecycle,
    Long flowScopeKey,
    Long incidentKey,
    int listenerIndex,
    Integer loopCounter,
    String miCollection,
    Integer miCompleted,
    String tenantId) {

  public static final String ACTIVATING = "ACTIVATING";
  public static final String ACTIVATED = "ACTIVATED";
  public static final String COMPLETING = "COMPLETING";
  public static final String COMPLETED = "COMPLETED";
  public static final String TERMINATED = "TERMINATED";

  public boolean isFinal() {
    return COMPLETED.equals(lifecycle) || TERMINATED.equals(lifecycle);
  }
}
