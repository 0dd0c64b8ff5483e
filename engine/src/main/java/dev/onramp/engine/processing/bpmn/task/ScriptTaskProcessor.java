package dev.onramp.engine.processing.bpmn.task;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Json;
import java.util.Map;

/** A script task with a FEEL expression ({@code zeebe:script}): its result becomes a variable. */
public final class ScriptTaskProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    Object result =
        bpmn.variables()
            .feel()
            .evaluate(element.script(), bpmn.variables().context(instance.key()));
    if (element.resultVariable() != null) {
      bpmn.variables()
          .applyCompletionVariables(
              instance, element, Map.of(element.resultVariable(), Json.write(result)));
    }
    bpmn.complete(instance);
  }
}
