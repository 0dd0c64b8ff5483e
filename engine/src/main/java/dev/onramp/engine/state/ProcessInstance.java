package dev.onramp.engine.state;

/** A row of {@code process_instance}. */
public record ProcessInstance(
    long key,
    long processDefinitionKey,
    String bpmnProcessId,
    int version,
    Long parentProcessInstanceKey,
    Long parentElementInstanceKey,
    String state,
    String tenantId) {}
