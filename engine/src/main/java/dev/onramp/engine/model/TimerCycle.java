package dev.onramp.engine.model;

import dev.onramp.engine.feel.FeelEvaluator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import org.springframework.scheduling.support.CronExpression;

/**
 * A timer cycle: an ISO-8601 repeating interval ({@code R/PT1H}, {@code R3/PT10M}, {@code
 * R/2025-01-06T09:00:00Z/P7D}) or a cron expression ({@code 0 0 9 * * MON}), both in UTC.
 *
 * @param repetitions remaining repetitions, -1 for unbounded
 */
public record TimerCycle(
    int repetitions, Instant start, TemporalAmount interval, CronExpression cron) {

  public static TimerCycle parse(String text) {
    String value = text.strip();
    if (!value.startsWith("R")) {
      try {
        return new TimerCycle(-1, null, null, CronExpression.parse(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + value + "' is neither an ISO-8601 repeating interval nor a cron expression");
      }
    }
    String[] parts = value.split("/");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 repeating interval");
    }
    int repetitions;
    try {
      repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' has an invalid repetition count");
    }
    Instant start = parts.length == 3 ? ZonedDateTime.parse(parts[1]).toInstant() : null;
    TemporalAmount interval = FeelEvaluator.parseDuration(parts[parts.length - 1], null);
    return new TimerCycle(repetitions, start, interval, null);
  }

  /** The first due instant when the timer is armed at {@code now}. */
  public Instant firstDue(Instant now) {
    if (cron != null) {
      return next(now);
    }
    if (start != null && start.isAfter(now)) {
      return start;
    }
    return next(now);
  }

  /** The next due instant after {@code previous}. */
  public Instant next(Instant previous) {
    if (cron != null) {
      ZonedDateTime next = cron.next(previous.atZone(ZoneOffset.UTC));
      if (next == null) {
        throw new IllegalArgumentException("the cron expression never fires again");
      }
      return next.toInstant();
    }
    return previous.atZone(ZoneOffset.UTC).plus(interval).toInstant();
  }
}
