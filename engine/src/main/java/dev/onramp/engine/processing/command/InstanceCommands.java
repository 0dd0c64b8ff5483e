package dev.onramp.engine.processing.command;

import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.ProcessInstance;
import java.util.Map;

/** Creating and cancelling process instances; setting variables on a scope. */
public final class InstanceCommands {

  private final BpmnStepper bpmn;

  public InstanceCommands(BpmnStepper bpmn) {
    this.bpmn = bpmn;
  }

  /**
   * @param version -1 (or null) for the latest version
   */
  public Command<ProcessInstance> create(
      Long processDefinitionKey,
      String bpmnProcessId,
      Integer version,
      Map<String, String> variables) {
    return context -> {
      bpmn.in(context);
      DeployedProcess definition = resolve(processDefinitionKey, bpmnProcessId, version);
      if (definition.executable().root().noneStartEvent() == null) {
        throw EngineProblem.invalidArgument(
            "Expected to create instance of process with none start event, but there is no such"
                + " event in process '"
                + definition.bpmnProcessId()
                + "'");
      }
      return bpmn.createProcessInstance(definition, null, variables, null, null);
    };
  }

  private DeployedProcess resolve(Long key, String bpmnProcessId, Integer version) {
    if (key != null) {
      DeployedProcess definition = bpmn.state().definitions.byKey(key);
      if (definition == null) {
        throw EngineProblem.notFound(
            "Expected to find process definition with key '" + key + "', but none found");
      }
      return definition;
    }
    DeployedProcess definition =
        version == null || version < 0
            ? bpmn.state().definitions.latest(bpmnProcessId)
            : bpmn.state().definitions.byVersion(bpmnProcessId, version);
    if (definition == null) {
      throw EngineProblem.notFound(
          "Expected to find process definition with process ID '"
              + bpmnProcessId
              + "'"
              + (version == null || version < 0 ? "" : " and version '" + version + "'")
              + ", but none found");
    }
    return definition;
  }

  public Command<Void> cancel(long processInstanceKey) {
    return context -> {
      bpmn.in(context);
      ProcessInstance instance = bpmn.state().processInstances.find(processInstanceKey);
      if (instance == null || !"ACTIVE".equals(instance.state())) {
        throw EngineProblem.notFound(
            "Expected to cancel a process instance with key '"
                + processInstanceKey
                + "', but no such process was found");
      }
      if (instance.parentProcessInstanceKey() != null) {
        throw EngineProblem.invalidState(
            "Expected to cancel a process instance with key '"
                + processInstanceKey
                + "', but it is created by a parent process instance. Cancel the root process"
                + " instance '"
                + instance.parentProcessInstanceKey()
                + "' instead.");
      }
      bpmn.terminate(bpmn.state().elementInstances.get(processInstanceKey));
      return null;
    };
  }

  /** PUT /element-instances/{key}/variables: local to the scope, or propagated. */
  public Command<Void> setVariables(long scopeKey, Map<String, String> variables, boolean local) {
    return context -> {
      bpmn.in(context);
      ElementInstance scope = bpmn.state().elementInstances.find(scopeKey);
      if (scope == null || scope.isFinal()) {
        throw EngineProblem.notFound(
            "Expected to update variables for element with key '"
                + scopeKey
                + "', but no such element was found");
      }
      if (local) {
        bpmn.state()
            .variables
            .setAllLocal(scope.key(), scope.processInstanceKey(), variables, scope.tenantId());
      } else {
        bpmn.variables()
            .merge(scope.key(), scope.processInstanceKey(), variables, scope.tenantId());
      }
      return null;
    };
  }
}
