package dev.onramp.engine.cpt;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.onramp.engine.clock.EngineClock;
import dev.onramp.engine.testing.TestEngine;
import io.camunda.client.CamundaClient;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Registered before {@code CamundaProcessTestExtension}, so its {@code afterEach} runs after CPT's
 * clean-up. CPT only logs a failed clock reset, purge or coverage collection as a warning; this
 * extension turns such warnings (and engine errors) into test failures and checks that the purge
 * left the engine empty and the clock reset.
 */
final class CptHygieneExtension implements BeforeEachCallback, AfterEachCallback {

  private static final List<String> WATCHED = List.of("io.camunda.process.test", "dev.onramp");

  private final TestEngine engine;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  CptHygieneExtension(TestEngine engine) {
    this.engine = engine;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    appender.list.clear();
    appender.start();
    for (String name : WATCHED) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      logger.detachAppender(appender);
      logger.addAppender(appender);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (String name : WATCHED) {
      ((Logger) LoggerFactory.getLogger(name)).detachAppender(appender);
    }
    List<String> problems =
        appender.list.stream()
            .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
            .map(CptHygieneExtension::describe)
            .toList();
    assertThat(problems).as("warnings/errors logged by CPT or the engine").isEmpty();

    try (CamundaClient client = engine.newClient()) {
      assertThat(client.newProcessDefinitionSearchRequest().send().join().items())
          .as("process definitions left after CPT's purge")
          .isEmpty();
      assertThat(client.newProcessInstanceSearchRequest().send().join().items())
          .as("process instances left after CPT's purge")
          .isEmpty();
      assertThat(client.newUserTaskSearchRequest().send().join().items())
          .as("user tasks left after CPT's purge")
          .isEmpty();
    }
    long drift = Math.abs(engine.bean(EngineClock.class).millis() - System.currentTimeMillis());
    assertThat(drift).as("engine clock offset after CPT's reset (ms)").isLessThan(60_000L);
  }

  private static String describe(ILoggingEvent event) {
    String message =
        event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage();
    if (event.getThrowableProxy() != null) {
      message +=
          " <- "
              + event.getThrowableProxy().getClassName()
              + ": "
              + event.getThrowableProxy().getMessage();
    }
    return message;
  }
}
