package dev.onramp.app.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded engine listens and which database it uses ({@code onramp.engine.*}; the switch
 * itself is {@code onramp.engine.embedded}, default true).
 *
 * @param port the engine's Camunda REST API port on 127.0.0.1 ({@code camunda.client.rest-address}
 *     points here)
 * @param managementPort the engine's management port on 127.0.0.1 (clock, purge, health)
 * @param clockControlled whether the engine clock may be moved and the engine purged (tests, dev)
 * @param datasource the engine's database; by default the app's own (own tables, own Flyway history
 *     table)
 */
@ConfigurationProperties("onramp.engine")
record EmbeddedEngineProperties(
    @DefaultValue("8088") int port,
    @DefaultValue("9600") int managementPort,
    @DefaultValue("false") boolean clockControlled,
    Datasource datasource) {

  record Datasource(String url, String username, String password) {}
}
