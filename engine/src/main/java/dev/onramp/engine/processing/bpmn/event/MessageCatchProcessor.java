package dev.onramp.engine.processing.bpmn.event;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.behavior.MessageBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;

/** Waits for a message with the FEEL-evaluated correlation key. */
public final class MessageCatchProcessor implements ElementProcessor {

  private final MessageBehavior messages;

  public MessageCatchProcessor(MessageBehavior messages) {
    this.messages = messages;
  }

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    messages.subscribe(bpmn, instance, element, bpmn.variables().context(instance.key()));
  }
}
