package dev.onramp.engine.api.command;

import dev.onramp.engine.EngineProperties;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Engine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** PUT /v2/clock (pin) and POST /v2/clock/reset, only when the clock is controlled. */
@RestController
class ClockController {

  private final Engine engine;
  private final EngineProperties properties;

  ClockController(Engine engine, EngineProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  record PinRequest(Long timestamp) {}

  @PutMapping("/v2/clock")
  ResponseEntity<Void> pin(@RequestBody PinRequest request) {
    requireControlled();
    if (request.timestamp() == null || request.timestamp() < 0) {
      throw EngineProblem.invalidArgument(
          "The value for timestamp is '" + request.timestamp() + "' but must be not negative");
    }
    engine.clock().pin(request.timestamp());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/clock/reset")
  ResponseEntity<Void> reset() {
    requireControlled();
    engine.clock().reset();
    return ResponseEntity.noContent().build();
  }

  private void requireControlled() {
    if (!properties.clockControlled()) {
      throw new EngineProblem(
          HttpStatus.FORBIDDEN,
          "FORBIDDEN",
          "The engine clock is not controllable; start the engine with"
              + " --engine.clock-controlled=true");
    }
  }
}
