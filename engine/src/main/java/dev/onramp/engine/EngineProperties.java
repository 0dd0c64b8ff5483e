package dev.onramp.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Engine settings ({@code engine.*}).
 *
 * @param clockControlled whether the management API may pin, move and reset the engine clock and
 *     purge all state (tests and development only, as Zeebe's {@code ZEEBE_CLOCK_CONTROLLED})
 * @param username when set with {@code password}, the REST API requires HTTP Basic
 * @param password see {@code username}
 * @param maxBatchSize how many queued commands one transaction may apply (group commit)
 * @param defaultLongPollTimeoutMillis long-poll time for job activation when a request asks for 0
 */
@ConfigurationProperties("engine")
public record EngineProperties(
    boolean clockControlled,
    String username,
    String password,
    Integer maxBatchSize,
    Long defaultLongPollTimeoutMillis) {

  public int batchSize() {
    return maxBatchSize == null ? 64 : maxBatchSize;
  }

  public long longPollTimeoutMillis() {
    return defaultLongPollTimeoutMillis == null ? 10_000 : defaultLongPollTimeoutMillis;
  }

  public boolean basicAuthEnabled() {
    return username != null && !username.isBlank() && password != null;
  }
}
