package dev.onramp.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Defaults every engine context starts from; command-line arguments and properties override. */
final class EngineDefaults {

  private EngineDefaults() {}

  static Map<String, Object> properties() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("spring.config.name", "onramp-engine");
    defaults.put("server.port", 8088);
    defaults.put("server.address", "127.0.0.1");
    defaults.put("management.server.port", 9600);
    defaults.put("management.server.address", "127.0.0.1");
    defaults.put("management.endpoints.web.exposure.include", "health,clock,cluster");
    defaults.put("management.endpoints.web.base-path", "/actuator");
    // Acknowledged commands survive kill -9 through the engine's journal beside the H2 file.
    defaults.put("spring.datasource.url", "jdbc:h2:file:./data/engine;DB_CLOSE_ON_EXIT=FALSE");
    defaults.put("spring.datasource.username", "sa");
    defaults.put("spring.datasource.password", "");
    defaults.put("spring.flyway.enabled", "false");
    defaults.put("spring.jackson.default-property-inclusion", "always");
    defaults.put("spring.mvc.problemdetails.enabled", "true");
    defaults.put("spring.main.banner-mode", "off");
    return defaults;
  }
}
