package dev.onramp.app.engine;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Properties for an app context under test: the embedded engine on free loopback ports with a
 * controllable clock, on an H2 file in a new temporary directory, or, with {@code
 * -Dapp.test.jdbc-url=jdbc:postgresql://…}, on a new schema of that PostgreSQL database. The ports
 * are chosen here, before the context is built, because both the embedded engine and Camunda
 * Process Test's remote runtime read them from the context's properties.
 */
public final class EmbeddedEngineTestProperties {

  private EmbeddedEngineTestProperties() {}

  /** Call from a {@code @DynamicPropertySource} method; each context gets its own engine. */
  public static void register(DynamicPropertyRegistry registry) {
    int port = freePort();
    int managementPort = freePort();
    String postgres = System.getProperty("app.test.jdbc-url");
    String jdbcUrl =
        postgres != null
            ? PostgresTestSchemas.newSchema(
                postgres,
                System.getProperty("app.test.jdbc-user"),
                System.getProperty("app.test.jdbc-password"))
            : "jdbc:h2:file:"
                + tempDirectory().resolve("onramp")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
    if (postgres != null) {
      registry.add("spring.datasource.username", () -> System.getProperty("app.test.jdbc-user"));
      registry.add(
          "spring.datasource.password", () -> System.getProperty("app.test.jdbc-password"));
    }
    registry.add("onramp.engine.port", () -> port);
    registry.add("onramp.engine.management-port", () -> managementPort);
    registry.add("onramp.engine.clock-controlled", () -> true);
    registry.add("spring.datasource.url", () -> jdbcUrl);
    registry.add(
        "camunda.process-test.remote.client.rest-address", () -> "http://127.0.0.1:" + port);
    registry.add(
        "camunda.process-test.remote.camunda-monitoring-api-address",
        () -> "http://127.0.0.1:" + managementPort);
  }

  private static Path tempDirectory() {
    try {
      return Files.createTempDirectory("onramp-app-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
