package dev.onramp.engine.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Engine;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Setting variables on a scope (process instance or element instance). */
@RestController
class ElementInstanceCommandController {

  private final Engine engine;

  ElementInstanceCommandController(Engine engine) {
    this.engine = engine;
  }

  record VariablesRequest(JsonNode variables, Boolean local, Long operationReference) {}

  @PutMapping("/v2/element-instances/{key}/variables")
  Object setVariables(@PathVariable("key") String key, @RequestBody VariablesRequest request) {
    if (request.variables() == null) {
      throw EngineProblem.invalidArgument("No variables provided");
    }
    return Replies.noContent(
        engine.submit(
            engine.instances.setVariables(
                Keys.parse(key, "elementInstanceKey"),
                Variables.of(request.variables(), "variables"),
                Boolean.TRUE.equals(request.local()))));
  }
}
