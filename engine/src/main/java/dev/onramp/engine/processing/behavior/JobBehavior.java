package dev.onramp.engine.processing.behavior;

import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.EngineEvents;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Job;

/** Creates jobs for job-based tasks and execution listeners and tells waiting workers. */
public final class JobBehavior {

  private final EngineState state;
  private final EngineEvents events;

  public JobBehavior(EngineState state, EngineEvents events) {
    this.state = state;
    this.events = events;
  }

  public long create(
      CommandContext context,
      ElementInstance instance,
      String type,
      int retries,
      String customHeaders,
      String kind,
      String listenerEventType) {
    DeployedProcess definition = state.definitions.byKey(instance.processDefinitionKey());
    long key = state.nextKey();
    state.jobs.insert(
        new Job(
            key,
            type,
            null,
            "CREATED",
            true,
            retries,
            null,
            null,
            instance.key(),
            instance.processInstanceKey(),
            instance.processDefinitionKey(),
            instance.bpmnProcessId(),
            definition.version(),
            instance.elementId(),
            customHeaders,
            kind,
            listenerEventType,
            instance.tenantId()),
        context.now());
    context.afterCommit(() -> events.jobsAvailable(type));
    return key;
  }
}
