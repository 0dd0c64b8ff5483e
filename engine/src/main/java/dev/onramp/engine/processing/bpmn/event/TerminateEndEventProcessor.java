package dev.onramp.engine.processing.bpmn.event;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;

/** Terminates everything else in its flow scope, which then completes. */
public final class TerminateEndEventProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    for (ElementInstance sibling :
        bpmn.state().elementInstances.activeChildren(instance.flowScopeKey())) {
      if (sibling.key() != instance.key()) {
        bpmn.terminate(sibling);
      }
    }
    bpmn.state().flows.clearScope(instance.flowScopeKey());
    bpmn.complete(instance);
  }
}
