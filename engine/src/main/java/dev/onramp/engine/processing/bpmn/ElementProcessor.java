package dev.onramp.engine.processing.bpmn;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.state.ElementInstance;

/**
 * What one kind of element does at each step of its lifecycle (the lifecycle itself is {@link
 * BpmnStepper}'s). Expected failures of expressions are thrown as {@link
 * dev.onramp.engine.feel.ExpressionException} and become incidents.
 */
public interface ElementProcessor {

  /** The element is activated: do its work, or open what it waits for. */
  void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement);

  /** The element has completed (its row is final); before its flow scope moves on. */
  default void onCompleted(BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {}

  /** The element is being terminated: cancel what it owns (user task, child process...). */
  default void onTerminate(BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {}

  /** The element is terminated (its row is final). */
  default void onTerminated(
      BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {}
}
