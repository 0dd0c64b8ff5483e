package dev.onramp.engine.processing.bpmn.container;

import dev.onramp.engine.model.CalledElement;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.CalledElementException;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.ProcessInstance;
import java.util.Map;

/**
 * Calls the latest version of another process; variables go in (all visible ones, or only the input
 * mappings') and come back (all of the child's, or only through output mappings).
 */
public final class CallActivityProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    CalledElement called = element.calledElement();
    String processId =
        bpmn.variables()
            .feel()
            .evaluateString(called.processId(), bpmn.variables().context(instance.key()));
    DeployedProcess definition = bpmn.state().definitions.latest(processId);
    if (definition == null) {
      throw new CalledElementException(
          "Expected process with BPMN process id '"
              + processId
              + "' to be deployed, but not found.");
    }
    if (definition.executable().root().noneStartEvent() == null) {
      throw new CalledElementException(
          "Expected process with BPMN process id '"
              + processId
              + "' to have a none start event, but not found.");
    }
    Map<String, String> variables =
        called.propagateAllParentVariables()
            ? bpmn.state()
                .variables
                .visibleJson(bpmn.state().elementInstances.scopeChain(instance.key()))
            : bpmn.state().variables.localJson(instance.key());
    bpmn.createProcessInstance(
        definition, null, variables, instance.processInstanceKey(), instance.key());
  }

  @Override
  public void onTerminate(BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {
    Long child = bpmn.state().processInstances.activeChildOf(instance.key());
    if (child != null) {
      bpmn.terminate(bpmn.state().elementInstances.get(child));
    }
  }

  /** The called process completed: bring its variables back and complete the call activity. */
  void childCompleted(BpmnStepper bpmn, ProcessInstance child) {
    ElementInstance callActivity =
        bpmn.state().elementInstances.find(child.parentElementInstanceKey());
    if (callActivity == null || callActivity.isFinal()) {
      return;
    }
    ExecutableElement element = bpmn.elementOf(callActivity);
    Map<String, String> childVariables = bpmn.state().variables.localJson(child.key());
    if (element.calledElement().propagateAllChildVariables() || !element.outputs().isEmpty()) {
      if (element.outputs().isEmpty()) {
        bpmn.variables().applyCompletionVariables(callActivity, element, childVariables);
      } else {
        bpmn.state()
            .variables
            .setAllLocal(
                callActivity.key(),
                callActivity.processInstanceKey(),
                childVariables,
                callActivity.tenantId());
      }
    }
    bpmn.context()
        .enqueue(() -> bpmn.complete(bpmn.state().elementInstances.get(callActivity.key())));
  }
}
