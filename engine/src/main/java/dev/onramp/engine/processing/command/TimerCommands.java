package dev.onramp.engine.processing.command;

import dev.onramp.engine.model.Behavior;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.behavior.TimerBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Timer;
import java.util.Map;

/** A due timer fires: starts an instance, completes a catch event or triggers a boundary event. */
public final class TimerCommands {

  private final BpmnStepper bpmn;
  private final TimerBehavior timers;

  public TimerCommands(BpmnStepper bpmn, TimerBehavior timers) {
    this.bpmn = bpmn;
    this.timers = timers;
  }

  public Command<Void> trigger(long timerKey) {
    return context -> {
      bpmn.in(context);
      Timer timer = bpmn.state().timers.find(timerKey);
      if (timer == null || timer.dueDate() > context.now()) {
        return null;
      }
      DeployedProcess definition = bpmn.state().definitions.byKey(timer.processDefinitionKey());
      ExecutableElement event = definition.executable().element(timer.elementId());
      if (timer.elementInstanceKey() == null) {
        timers.rearmOrDelete(context, timer);
        bpmn.createProcessInstance(definition, event, Map.of(), null, null);
        return null;
      }
      ElementInstance waiting = bpmn.state().elementInstances.find(timer.elementInstanceKey());
      if (waiting == null || waiting.isFinal()) {
        bpmn.state().timers.delete(timer.key());
        return null;
      }
      if (event.behavior() == Behavior.TIMER_CATCH) {
        bpmn.state().timers.delete(timer.key());
        bpmn.complete(waiting);
        return null;
      }
      if (event.interrupting()) {
        bpmn.state().timers.delete(timer.key());
      } else {
        timers.rearmOrDelete(context, timer);
      }
      bpmn.triggerBoundary(waiting, event, Map.of());
      return null;
    };
  }

  /** Drops buffered messages whose time-to-live is over. */
  public Command<Integer> expireMessages() {
    return context -> bpmn.state().messages.deleteExpired(context.now());
  }
}
