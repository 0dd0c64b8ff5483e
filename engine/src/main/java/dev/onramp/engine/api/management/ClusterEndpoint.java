package dev.onramp.engine.api.management;

import dev.onramp.engine.EngineProperties;
import dev.onramp.engine.processing.Engine;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/cluster/purge}: deletes all engine state, deployed definitions included
 * (tests start each case clean). Only when the clock is controlled, i.e. tests and development.
 */
@Component
@WebEndpoint(id = "cluster")
class ClusterEndpoint {

  private final Engine engine;
  private final EngineProperties properties;

  ClusterEndpoint(Engine engine, EngineProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  @WriteOperation
  WebEndpointResponse<Object> operation(@Selector String operation) {
    if (!properties.clockControlled()) {
      return ClockEndpoint.forbidden();
    }
    if (!"purge".equals(operation)) {
      return ClockEndpoint.problem(
          404, "NOT_FOUND", "Unknown cluster operation '" + operation + "'");
    }
    long changeId = engine.purge().join();
    return new WebEndpointResponse<>(
        Map.of(
            "changeId", changeId,
            "currentTopology", List.of(),
            "plannedChanges", List.of(),
            "expectedTopology", List.of()),
        202);
  }
}
