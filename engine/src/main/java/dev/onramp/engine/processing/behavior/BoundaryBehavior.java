package dev.onramp.engine.processing.behavior;

import dev.onramp.engine.model.EventType;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.ElementInstance;
import java.util.Map;

/** Arms the timers and opens the message subscriptions of an activity's boundary events. */
public final class BoundaryBehavior {

  private final TimerBehavior timers;
  private final MessageBehavior messages;

  public BoundaryBehavior(TimerBehavior timers, MessageBehavior messages) {
    this.timers = timers;
    this.messages = messages;
  }

  public void subscribe(BpmnStepper bpmn, ElementInstance host, ExecutableElement activity) {
    Map<String, Object> scope = bpmn.variables().context(host.key());
    for (ExecutableElement boundary : activity.boundaryEvents()) {
      if (boundary.eventType() == EventType.ERROR) {
        continue;
      }
      if (boundary.eventType() == EventType.TIMER) {
        timers.arm(
            bpmn.context(),
            boundary,
            host.key(),
            host.processInstanceKey(),
            host.processDefinitionKey(),
            host.tenantId(),
            scope);
      } else if (boundary.eventType() == EventType.MESSAGE) {
        messages.subscribe(bpmn, host, boundary, scope);
      }
    }
  }
}
