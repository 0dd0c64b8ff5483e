package dev.onramp.engine.testing;

import dev.onramp.engine.EngineApplication;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An engine for tests: started in this JVM on free loopback ports with a controllable clock, on a
 * fresh H2 file (default) or the database named by {@code -Dengine.test.jdbc-url}.
 */
public final class TestEngine implements AutoCloseable {

  private static TestEngine shared;

  private final ConfigurableApplicationContext context;
  private final int port;
  private final int managementPort;
  private final String jdbcUrl;

  private TestEngine(String jdbcUrl, String username, String password) {
    this.port = freePort();
    this.managementPort = freePort();
    this.jdbcUrl = jdbcUrl;
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--management.server.port=" + managementPort);
    args.add("--spring.datasource.url=" + jdbcUrl);
    args.add("--spring.datasource.username=" + username);
    args.add("--spring.datasource.password=" + password);
    args.add("--engine.clock-controlled=true");
    args.add("--logging.level.root=WARN");
    this.context = EngineApplication.application().run(args.toArray(String[]::new));
  }

  /** One engine per test JVM, shared by every test class (each test purges or uses own ids). */
  public static synchronized TestEngine shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A new engine on the configured database (H2 file in a new temp directory by default). */
  public static TestEngine start() {
    String url = System.getProperty("engine.test.jdbc-url");
    if (url != null && !url.isBlank()) {
      return new TestEngine(
          url,
          System.getProperty("engine.test.jdbc-user", "postgres"),
          System.getProperty("engine.test.jdbc-password", "postgres"));
    }
    return onH2File(tempDirectory());
  }

  public static TestEngine onH2File(Path directory) {
    return new TestEngine(
        "jdbc:h2:file:" + directory.resolve("engine") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "sa",
        "");
  }

  public URI restAddress() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public URI managementAddress() {
    return URI.create("http://127.0.0.1:" + managementPort);
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** An official client talking REST to this engine. */
  public CamundaClient newClient() {
    return CamundaClient.newClientBuilder()
        .restAddress(restAddress())
        .preferRestOverGrpc(true)
        .defaultRequestTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Override
  public void close() {
    context.close();
  }

  static Path tempDirectory() {
    try {
      return Files.createTempDirectory("onramp-engine-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
