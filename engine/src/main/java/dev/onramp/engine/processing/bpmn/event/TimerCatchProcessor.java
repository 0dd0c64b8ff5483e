package dev.onramp.engine.processing.bpmn.event;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.behavior.TimerBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;

/** Waits until its timer is due on the engine clock. */
public final class TimerCatchProcessor implements ElementProcessor {

  private final TimerBehavior timers;

  public TimerCatchProcessor(TimerBehavior timers) {
    this.timers = timers;
  }

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    timers.arm(
        bpmn.context(),
        element,
        instance.key(),
        instance.processInstanceKey(),
        instance.processDefinitionKey(),
        instance.tenantId(),
        bpmn.variables().context(instance.key()));
  }
}
