package dev.onramp.engine.api.command;

import dev.onramp.engine.processing.Engine;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A one-broker, one-partition cluster that is always healthy while it answers. */
@RestController
class TopologyController {

  static final String VERSION = "8.8.14";

  private final Engine engine;

  TopologyController(Engine engine) {
    this.engine = engine;
  }

  @GetMapping("/v2/topology")
  Map<String, Object> topology() {
    Map<String, Object> partition = Map.of("partitionId", 1, "role", "leader", "health", "healthy");
    Map<String, Object> broker =
        Map.of(
            "nodeId",
            0,
            "host",
            "127.0.0.1",
            "port",
            26501,
            "partitions",
            List.of(partition),
            "version",
            VERSION);
    return Map.of(
        "brokers",
        List.of(broker),
        "clusterSize",
        1,
        "partitionsCount",
        1,
        "replicationFactor",
        1,
        "gatewayVersion",
        VERSION,
        "lastCompletedChangeId",
        Long.toString(engine.lastCompletedChangeId()));
  }

  @GetMapping("/v2/status")
  ResponseEntity<Void> status() {
    return ResponseEntity.noContent().build();
  }
}
