package dev.onramp.engine.processing.command;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.model.ExecutableProcess;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.EngineEvents;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.processing.behavior.TimerBehavior;
import dev.onramp.engine.state.DefinitionStore;
import dev.onramp.engine.state.DeployedProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores new versions of processes and forms. A resource identical to the latest version keeps that
 * version and key (Zeebe's de-duplication); anything changed becomes version + 1. Timer start
 * events of a replaced version are disarmed, the new version's armed.
 */
public final class DeployCommand implements Command<DeploymentResult> {

  private final EngineState state;
  private final TimerBehavior timers;
  private final EngineEvents events;
  private final List<ParsedResource> resources;
  private final String tenantId;

  public DeployCommand(
      EngineState state,
      TimerBehavior timers,
      EngineEvents events,
      List<ParsedResource> resources,
      String tenantId) {
    this.state = state;
    this.timers = timers;
    this.events = events;
    this.resources = resources;
    this.tenantId = tenantId;
  }

  @Override
  public DeploymentResult apply(CommandContext context) {
    long deploymentKey = state.nextKey();
    state.definitions.insertDeployment(deploymentKey, tenantId, context.now());
    List<DeploymentResult.Item> items = new ArrayList<>();
    boolean processesChanged = false;
    for (ParsedResource resource : resources) {
      if (resource.isForm()) {
        items.add(deployForm(resource, deploymentKey));
        continue;
      }
      for (ExecutableProcess process : resource.processes()) {
        DeployedProcess latest = state.definitions.latest(process.bpmnProcessId());
        if (latest != null
            && latest.checksum().equals(resource.checksum())
            && latest.resourceName().equals(resource.name())) {
          items.add(
              new DeploymentResult.Item(
                  false, latest.bpmnProcessId(), latest.version(), resource.name(), latest.key()));
          continue;
        }
        long key = state.nextKey();
        int version = latest == null ? 1 : latest.version() + 1;
        state.definitions.insertProcess(
            key,
            process.bpmnProcessId(),
            version,
            process.versionTag(),
            process.name(),
            resource.name(),
            resource.content(),
            resource.checksum(),
            deploymentKey,
            process.hasStartForm(),
            tenantId);
        if (latest != null) {
          state.timers.deleteStartTimersOf(latest.key());
        }
        for (ExecutableElement start : process.timerStartEvents()) {
          timers.arm(context, start, null, null, key, tenantId, Map.of());
        }
        processesChanged = true;
        items.add(
            new DeploymentResult.Item(
                false, process.bpmnProcessId(), version, resource.name(), key));
      }
    }
    if (processesChanged) {
      context.afterCommit(events::definitionsChanged);
    }
    return new DeploymentResult(deploymentKey, items);
  }

  private DeploymentResult.Item deployForm(ParsedResource resource, long deploymentKey) {
    DefinitionStore.FormVersion latest = state.definitions.latestForm(resource.formId());
    if (latest != null && latest.checksum().equals(resource.checksum())) {
      return new DeploymentResult.Item(
          true, resource.formId(), latest.version(), resource.name(), latest.key());
    }
    long key = state.nextKey();
    int version = latest == null ? 1 : latest.version() + 1;
    state.definitions.insertForm(
        key,
        resource.formId(),
        version,
        resource.name(),
        resource.content(),
        resource.checksum(),
        deploymentKey,
        tenantId);
    return new DeploymentResult.Item(true, resource.formId(), version, resource.name(), key);
  }
}
