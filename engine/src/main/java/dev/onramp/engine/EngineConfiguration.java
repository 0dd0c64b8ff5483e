package dev.onramp.engine;

import dev.onramp.engine.clock.EngineClock;
import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.processing.Engine;
import dev.onramp.engine.processing.WriterLock;
import java.lang.management.ManagementFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Builds the engine on the context's DataSource: its own Flyway history table (the app may run
 * its own Flyway on the same database), the single-writer lock, then the command loop.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

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
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine")
        .table("engine_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    return WriterLock.acquire(dataSource, ManagementFactory.getRuntimeMXBean().getName());
  }

  @Bean(destroyMethod = "close")
  Engine engine(
      DataSource dataSource,
      WriterLock lock,
      EngineClock clock,
      FeelEvaluator feel,
      EngineProperties properties) {
    Engine engine =
        new Engine(
            dataSource,
            new DataSourceTransactionManager(dataSource),
            clock,
            feel,
            properties.batchSize());
    engine.start();
    return engine;
  }
}
