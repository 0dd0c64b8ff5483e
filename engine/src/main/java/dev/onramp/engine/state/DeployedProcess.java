package dev.onramp.engine.state;

import dev.onramp.engine.model.ExecutableProcess;

/** A deployed process definition version with its compiled model. */
public record DeployedProcess(
    long key,
    String bpmnProcessId,
    int version,
    String name,
    String resourceName,
    String checksum,
    String tenantId,
    ExecutableProcess executable) {}
