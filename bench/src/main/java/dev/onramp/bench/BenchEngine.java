package dev.onramp.bench;

import java.nio.file.Path;

/** An engine under test: booted on a fresh H2 file database, then driven by driver threads. */
public interface BenchEngine extends AutoCloseable {

  /**
   * The short name used on the command line and in the report ({@code onramp}, {@code operaton}).
   */
  String name();

  /** What exactly runs, for the report (version, history level, transport). */
  String description();

  /**
   * Boots the engine on a fresh database in {@code dataDir} and deploys one copy of the onboarding
   * process per driver thread ({@code onboarding-t0}, {@code onboarding-t1}, ...).
   */
  void start(Path dataDir, int driverThreads) throws Exception;

  /** The H2 JDBC URL the engine runs on (known after start). */
  String jdbcUrl();

  /** A new driver for driver thread {@code thread} (0-based, below the count given to start). */
  OnboardingDriver driver(int thread);

  /** Stops the engine and releases the database file. */
  @Override
  void close() throws Exception;
}
