package dev.onramp.engine.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.processing.Engine;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Resolving incidents. */
@RestController
class IncidentCommandController {

  private final Engine engine;

  IncidentCommandController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/v2/incidents/{key}/resolution")
  Object resolve(@PathVariable("key") String key, @RequestBody(required = false) JsonNode body) {
    return Replies.noContent(
        engine.submit(engine.incidents.resolve(Keys.parse(key, "incidentKey"))));
  }
}
