package dev.onramp.engine.processing.bpmn.task;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Json;
import java.util.Map;

/** Service, send, script and business rule tasks served by job workers. */
public final class JobTaskProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    Map<String, Object> scope = bpmn.variables().context(instance.key());
    String type = bpmn.variables().feel().evaluateString(element.jobType(), scope);
    int retries =
        element.jobRetries() == null
            ? 3
            : (int) bpmn.variables().feel().evaluateLong(element.jobRetries(), scope);
    bpmn.jobs()
        .create(
            bpmn.context(),
            instance,
            type,
            retries,
            Json.write(element.headers()),
            "BPMN_ELEMENT",
            "UNSPECIFIED");
  }
}
