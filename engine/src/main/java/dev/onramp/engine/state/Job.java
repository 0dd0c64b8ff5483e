package dev.onramp.engine.state;

/**
 * A row of {@code job}. {@code state} is what the API shows; the job may be taken by a worker when
 * {@code activatable}, and is held by one until {@code deadline} when activated.
 */
public record Job(
    long key,
    String type,
    String worker,
    String state,
    boolean activatable,
    int retries,
    Long deadline,
    Long retryAt,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    String elementId,
    String customHeaders,
    String kind,
    String listenerEventType,
    String tenantId) {

  public boolean isActivated() {
    return deadline != null;
  }

  /** Whether the job is still open (neither completed, nor cancelled). */
  public boolean isOpen() {
    return !"COMPLETED".equals(state) && !"CANCELED".equals(state);
  }
}
