package dev.onramp.engine.processing.bpmn.event;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.behavior.IncidentBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;
import java.util.Map;

/** Throws its error; the nearest matching error boundary catches it, else an incident. */
public final class ErrorEndEventProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    if (!bpmn.throwError(instance, element.errorCode(), Map.of())) {
      bpmn.incidents()
          .raise(
              bpmn.context(),
              instance,
              null,
              "UNHANDLED_ERROR_EVENT",
              "Expected to throw an error event with the code '"
                  + element.errorCode()
                  + "', but it was not caught. No error events are available in the scope.",
              IncidentBehavior.ACTIVATED);
    }
  }
}
