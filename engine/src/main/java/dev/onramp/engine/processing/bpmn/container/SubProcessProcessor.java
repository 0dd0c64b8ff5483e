package dev.onramp.engine.processing.bpmn.container;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;

/** An embedded sub-process: starts at its none start event, completes when nothing is left. */
public final class SubProcessProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    ElementInstance start = bpmn.createInstance(element.noneStartEvent(), instance, null);
    bpmn.activate(start, null);
  }
}
