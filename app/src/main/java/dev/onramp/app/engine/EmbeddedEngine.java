package dev.onramp.app.engine;

import dev.onramp.engine.EngineApplication;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded engine: {@link EngineApplication} run as a Spring Boot context of its own (not a
 * parent or child of the app's, so the two auto-configurations stay apart), on its own loopback
 * ports, never on the app's public port.
 *
 * <p>It starts in an earlier lifecycle phase than the web server and than the Camunda starter,
 * which deploys the models and opens the job workers when its default-phase lifecycle starts; so
 * the engine's command loop and recovery are running before the first deployment or job activation
 * arrives. It stops after both, when the app shuts down.
 */
final class EmbeddedEngine implements SmartLifecycle, AutoCloseable {

  /**
   * Before the web server ({@code DEFAULT_PHASE - 2048}) and the starter ({@code DEFAULT_PHASE}).
   */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngine.class);

  private final EmbeddedEngineProperties properties;
  private volatile ConfigurableApplicationContext context;

  EmbeddedEngine(EmbeddedEngineProperties properties) {
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (context != null) {
      return;
    }
    context =
        EngineApplication.application()
            .main(EngineApplication.class) // not the app's main class, for the start-up log
            .registerShutdownHook(false) // the app closes the engine, in lifecycle order
            .run(arguments());
    LOG.info(
        "Embedded engine: Camunda REST API on http://127.0.0.1:{}, management on"
            + " http://127.0.0.1:{}, database {}",
        properties.port(),
        properties.managementPort(),
        withoutParameters(properties.datasource().url()));
  }

  @Override
  public synchronized void stop() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  /** Also closes the engine when the app fails to start after the engine did. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public boolean isRunning() {
    return context != null;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  private String[] arguments() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + properties.port());
    args.add("--management.server.port=" + properties.managementPort());
    args.add("--engine.clock-controlled=" + properties.clockControlled());
    EmbeddedEngineProperties.Datasource datasource = properties.datasource();
    args.add("--spring.datasource.url=" + datasource.url());
    if (datasource.username() != null) {
      args.add("--spring.datasource.username=" + datasource.username());
    }
    if (datasource.password() != null) {
      args.add("--spring.datasource.password=" + datasource.password());
    }
    return args.toArray(String[]::new);
  }

  /** The JDBC URL without its settings, which for some databases may carry credentials. */
  private static String withoutParameters(String jdbcUrl) {
    return jdbcUrl.replaceFirst("[;?].*$", "");
  }
}
