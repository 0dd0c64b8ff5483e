package dev.onramp.engine.state;

/**
 * An armed timer. {@code elementInstanceKey} is the waiting catch event or the activity a boundary
 * timer is attached to; null for a timer start event. {@code repetitions} left: -1 unbounded.
 */
public record Timer(
    long key,
    Long elementInstanceKey,
    Long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    long dueDate,
    int repetitions,
    String cycle,
    String tenantId) {}
