package dev.onramp.engine;

import dev.onramp.engine.clock.EngineClock;
import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.processing.Engine;
import dev.onramp.engine.processing.WriterLock;
import dev.onramp.engine.state.Journal;
import dev.onramp.engine.state.WriteAhead;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Builds the engine on the context's DataSource: its own Flyway history table (the app may run its
 * own Flyway on the same database), the single-writer lock, then the command loop.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  static H2Settings h2Settings() {
    return new H2Settings();
  }

  @Bean
  EngineClock engineClock() {
    return new EngineClock();
  }

  @Bean
  FeelEvaluator feelEvaluator(EngineClock clock) {
    return new FeelEvaluator(clock);
  }

  @Bean(destroyMethod = "close")
  WriterLock engineWriterLock(DataSource dataSource) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/engine")
          .table("engine_schema_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw databaseInUse(e);
    }
    return WriterLock.acquire(dataSource, ManagementFactory.getRuntimeMXBean().getName());
  }

  /** An H2 file held by another process (90020) is the same condition as a held writer lock. */
  private static RuntimeException databaseInUse(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "90020".equals(sql.getSQLState())) {
        return new IllegalStateException(
            "Another engine is already writing to this database; only one engine may use it at a"
                + " time ("
                + sql.getMessage()
                + ")",
            failure);
      }
    }
    return failure;
  }

  /** Replays the journal (H2 files) before anything else touches the engine's state. */
  @Bean(destroyMethod = "close")
  WriteAhead engineWriteAhead(
      DataSource dataSource, WriterLock lock, DataSourceProperties dataSourceProperties) {
    Path journal = H2Settings.journalFile(dataSourceProperties.determineUrl());
    return journal == null
        ? WriteAhead.none()
        : WriteAhead.recover(Journal.open(journal), dataSource);
  }

  @Bean(destroyMethod = "close")
  Engine engine(
      DataSource dataSource,
      WriteAhead writeAhead,
      EngineClock clock,
      FeelEvaluator feel,
      EngineProperties properties) {
    Engine engine =
        new Engine(
            dataSource,
            new DataSourceTransactionManager(dataSource),
            clock,
            feel,
            properties.batchSize(),
            writeAhead);
    engine.start();
    return engine;
  }
}
