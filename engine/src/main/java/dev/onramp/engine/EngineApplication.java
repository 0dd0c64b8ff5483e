package dev.onramp.engine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The engine as its own Spring Boot application: REST v2 on {@code server.port} (loopback, default
 * 8088) and the management endpoints on {@code management.server.port} (default 9600). Runs
 * standalone from the {@code exec} jar or inside the app as a context of its own.
 */
@SpringBootApplication
@EnableConfigurationProperties(EngineProperties.class)
public class EngineApplication {

  public static void main(String[] args) {
    application().run(args);
  }

  /** The engine application with its defaults; arguments and properties override them. */
  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(EngineApplication.class)
        .properties(EngineDefaults.properties());
  }
}
