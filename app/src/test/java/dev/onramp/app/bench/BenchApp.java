package dev.onramp.app.bench;

import dev.onramp.app.OnrampApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole app as a user runs it (demo mode, embedded engine), on the default H2 file URL but in a
 * new temporary directory, on free loopback ports. Closing it stops the app and deletes the files.
 */
final class BenchApp implements AutoCloseable {

  private final Path dir;
  private final ConfigurableApplicationContext context;
  private final int port;

  private BenchApp(Path dir, ConfigurableApplicationContext context) {
    this.dir = dir;
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  static BenchApp start() {
    try {
      Path dir = Files.createTempDirectory("onramp-app-bench");
      Map<String, Object> properties = new LinkedHashMap<>();
      // The URL of application.yml with another directory: same durability (WRITE_DELAY=0).
      properties.put(
          "spring.datasource.url",
          "jdbc:h2:file:"
              + dir.resolve("onramp")
              + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
      properties.put("server.port", 0);
      properties.put("server.address", "127.0.0.1");
      properties.put("onramp.engine.port", freePort());
      properties.put("onramp.engine.management-port", freePort());
      properties.put("logging.level.root", "WARN");
      // As command-line arguments: they override application.yml (default properties do not).
      String[] args =
          properties.entrySet().stream()
              .map(e -> "--" + e.getKey() + "=" + e.getValue())
              .toArray(String[]::new);
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(OnrampApplication.class).run(args);
      return new BenchApp(dir, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      dir.toFile().deleteOnExit();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
