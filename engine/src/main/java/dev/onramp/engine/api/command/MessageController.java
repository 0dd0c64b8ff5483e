package dev.onramp.engine.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Engine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Publishing and correlating messages; broadcasting signals. */
@RestController
class MessageController {

  private static final long DEFAULT_TTL_MILLIS = 3_600_000;

  private final Engine engine;

  MessageController(Engine engine) {
    this.engine = engine;
  }

  record PublicationRequest(
      String name,
      String correlationKey,
      Long timeToLive,
      String messageId,
      JsonNode variables,
      String tenantId) {}

  @PostMapping("/v2/messages/publication")
  Object publish(@RequestBody PublicationRequest request) {
    requireName(request.name());
    long ttl = request.timeToLive() == null ? DEFAULT_TTL_MILLIS : request.timeToLive();
    if (ttl < 0) {
      throw EngineProblem.invalidArgument(
          "The value for timeToLive is '" + ttl + "' but must be 0 or greater");
    }
    String tenant = tenant(request.tenantId());
    return Replies.ok(
        engine.submit(
            engine.messages.publish(
                request.name(),
                request.correlationKey() == null ? "" : request.correlationKey(),
                ttl,
                request.messageId(),
                Variables.plain(request.variables(), "variables"),
                tenant)),
        correlation ->
            Map.of("messageKey", Keys.format(correlation.messageKey()), "tenantId", tenant));
  }

  record CorrelationRequest(
      String name, String correlationKey, JsonNode variables, String tenantId) {}

  @PostMapping("/v2/messages/correlation")
  Object correlate(@RequestBody CorrelationRequest request) {
    requireName(request.name());
    String tenant = tenant(request.tenantId());
    return Replies.ok(
        engine.submit(
            engine.messages.correlate(
                request.name(),
                request.correlationKey() == null ? "" : request.correlationKey(),
                Variables.plain(request.variables(), "variables"))),
        correlation -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("messageKey", Keys.format(correlation.messageKey()));
          body.put("tenantId", tenant);
          body.put("processInstanceKey", Keys.format(correlation.processInstanceKey()));
          return body;
        });
  }

  record SignalRequest(String signalName, JsonNode variables, String tenantId) {}

  /**
   * No supported element waits for signals, so a broadcast reaches nothing (and says so by key).
   */
  @PostMapping("/v2/signals/broadcast")
  Map<String, Object> broadcast(@RequestBody SignalRequest request) {
    if (request.signalName() == null || request.signalName().isBlank()) {
      throw EngineProblem.invalidArgument("No signalName provided");
    }
    Variables.of(request.variables(), "variables");
    return Map.of(
        "signalKey", Keys.format(engine.state().nextKey()), "tenantId", tenant(request.tenantId()));
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw EngineProblem.invalidArgument("No name provided");
    }
  }

  private static String tenant(String tenantId) {
    return tenantId == null || tenantId.isBlank() ? "<default>" : tenantId;
  }
}
