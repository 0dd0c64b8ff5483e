package dev.onramp.engine.state;

/** An open (CREATED) or ended message subscription of a waiting element. */
public record MessageSubscription(
    long key,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    long elementInstanceKey,
    String elementId,
    String messageName,
    String correlationKey,
    boolean interrupting,
    String tenantId) {}
