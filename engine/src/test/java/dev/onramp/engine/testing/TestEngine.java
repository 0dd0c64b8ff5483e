package dev.onramp.engine.testing;

import dev.onramp.engine.EngineApplication;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An engine for tests: started in this JVM on free loopback ports with a controllable clock, on a
 * fresh H2 file (default) or the database named by {@code -Dengine.test.jdbc-url}. On PostgreSQL
 * every engine from {@link #start()} gets a fresh schema of its own in that database (dropped when
 * the JVM exits), so private engines stay as isolated as on H2.
 */
public final class TestEngine implements AutoCloseable {

  private static TestEngine shared;
  private static final List<String> postgresSchemas = new ArrayList<>();

  private final ConfigurableApplicationContext context;
  private final int port;
  private final int managementPort;
  private final String jdbcUrl;
  private final String username;
  private final String password;

  private TestEngine(String jdbcUrl, String username, String password) {
    this.port = freePort();
    this.managementPort = freePort();
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
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
      String user = System.getProperty("engine.test.jdbc-user", "postgres");
      String password = System.getProperty("engine.test.jdbc-password", "postgres");
      if (url.startsWith("jdbc:postgresql:")) {
        url = freshPostgresSchema(url, user, password);
      }
      return new TestEngine(url, user, password);
    }
    return onH2File(tempDirectory());
  }

  /**
   * A new engine on the same database (and schema) as {@code other}: after {@code other.close()}
   * this is a restart; while {@code other} runs it is a second writer and must fail to start.
   */
  public static TestEngine onSameDatabase(TestEngine other) {
    return new TestEngine(other.jdbcUrl, other.username, other.password);
  }

  public static TestEngine onH2File(Path directory) {
    return new TestEngine(
        "jdbc:h2:file:" + directory.resolve("engine") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
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

  /** Creates a schema of its own in the PostgreSQL database and returns a URL that uses it. */
  private static String freshPostgresSchema(String url, String user, String password) {
    String schema = "engine_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test schema in " + url, e);
    }
    synchronized (postgresSchemas) {
      if (postgresSchemas.isEmpty()) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> dropPostgresSchemas(url, user, password)));
      }
      postgresSchemas.add(schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void dropPostgresSchemas(String url, String user, String password) {
    synchronized (TestEngine.class) {
      if (shared != null) {
        shared.close();
      }
    }
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("SET lock_timeout = '10s'");
      synchronized (postgresSchemas) {
        for (String schema : postgresSchemas) {
          try {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          } catch (SQLException e) {
            // an engine still holds it; leave it for the database owner
          }
        }
      }
    } catch (SQLException e) {
      // the database is gone already; nothing to clean up
    }
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
