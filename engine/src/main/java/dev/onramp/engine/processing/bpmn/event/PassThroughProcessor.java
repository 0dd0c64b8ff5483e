package dev.onramp.engine.processing.bpmn.event;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;

/**
 * Elements that complete as soon as they are activated: none start and end events, none throw
 * events, undefined and manual tasks, gateways (the flow choice is made when leaving), and boundary
 * events (their trigger's variables are already applied).
 */
public final class PassThroughProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    bpmn.complete(instance);
  }
}
