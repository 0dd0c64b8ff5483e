package dev.onramp.engine.api.management;

import dev.onramp.engine.EngineProperties;
import dev.onramp.engine.clock.EngineClock;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/clock} as Zeebe serves it: read always; pin, add and reset only when the clock
 * is controlled (403 otherwise).
 */
@Component
@WebEndpoint(id = "clock")
class ClockEndpoint {

  private final EngineClock clock;
  private final EngineProperties properties;

  ClockEndpoint(EngineClock clock, EngineProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  @ReadOperation
  Map<String, Object> read() {
    return body();
  }

  @WriteOperation
  WebEndpointResponse<Object> modify(
      @Selector String operation, @Nullable Long epochMilli, @Nullable Long offsetMilli) {
    if (!properties.clockControlled()) {
      return forbidden();
    }
    switch (operation) {
      case "pin" -> {
        if (epochMilli == null) {
          return badRequest("epochMilli is required to pin the clock");
        }
        clock.pin(epochMilli);
      }
      case "add" -> {
        if (offsetMilli == null) {
          return badRequest("offsetMilli is required to move the clock");
        }
        clock.add(offsetMilli);
      }
      default -> {
        return problem(404, "NOT_FOUND", "Unknown clock operation '" + operation + "'");
      }
    }
    return new WebEndpointResponse<>(body(), 200);
  }

  @DeleteOperation
  WebEndpointResponse<Object> reset() {
    if (!properties.clockControlled()) {
      return forbidden();
    }
    clock.reset();
    return new WebEndpointResponse<>(body(), 200);
  }

  private Map<String, Object> body() {
    return Map.of("epochMilli", clock.millis(), "instant", clock.instant().toString());
  }

  static WebEndpointResponse<Object> forbidden() {
    return problem(
        403,
        "FORBIDDEN",
        "The engine clock is not controllable; start the engine with"
            + " --engine.clock-controlled=true");
  }

  private static WebEndpointResponse<Object> badRequest(String message) {
    return problem(400, "INVALID_ARGUMENT", message);
  }

  /** The fields of an RFC 9457 problem detail, as the REST API answers errors. */
  static WebEndpointResponse<Object> problem(int status, String title, String detail) {
    return new WebEndpointResponse<>(
        Map.of("type", "about:blank", "title", title, "status", status, "detail", detail), status);
  }
}
