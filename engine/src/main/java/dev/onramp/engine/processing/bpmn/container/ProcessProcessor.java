package dev.onramp.engine.processing.bpmn.container;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.ProcessInstance;

/** The process itself: starts at its start event; ends the process instance. */
public final class ProcessProcessor implements ElementProcessor {

  private final CallActivityProcessor callActivities;

  public ProcessProcessor(CallActivityProcessor callActivities) {
    this.callActivities = callActivities;
  }

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    ExecutableElement start = startElement != null ? startElement : element.noneStartEvent();
    ElementInstance startInstance = bpmn.createInstance(start, instance, null);
    bpmn.activate(startInstance, null);
  }

  @Override
  public void onCompleted(BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {
    bpmn.state().processInstances.end(instance.key(), "COMPLETED", bpmn.context().now());
    long key = instance.key();
    bpmn.context().afterCommit(() -> bpmn.events().processInstanceEnded(key));
    ProcessInstance process = bpmn.state().processInstances.find(instance.key());
    if (process.parentElementInstanceKey() != null) {
      callActivities.childCompleted(bpmn, process);
    }
  }

  @Override
  public void onTerminated(BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {
    bpmn.state().processInstances.end(instance.key(), "TERMINATED", bpmn.context().now());
    long key = instance.key();
    bpmn.context().afterCommit(() -> bpmn.events().processInstanceEnded(key));
  }
}
