package dev.onramp.app.spendcards;

import dev.onramp.app.web.InvalidFieldException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * A FinOps Lead's on-demand generation of a week's cards, for the REST API and the cards page
 * alike: it starts the weekly process for the week, and can wait a while for its cards.
 */
@Component
public class SpendCardGeneration {

  private static final long LOOK_EVERY_MILLIS = 100;

  private static final Executor NEXT_LOOK =
      CompletableFuture.delayedExecutor(LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);

  private final SpendCardProcess process;
  private final JdbcClient jdbc;
  private final Clock clock;

  SpendCardGeneration(SpendCardProcess process, JdbcClient jdbc, Clock clock) {
    this.process = process;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Generation(LocalDate weekStart, long processInstanceKey) {}

  /** The Monday before this week's, which a FinOps Lead generates unless told otherwise. */
  public LocalDate lastWeek() {
    return Weeks.previous(clock.instant());
  }

  /** Starts the generation of the week (default: last week; a Monday, not in the future). */
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  public Generation start(String week) {
    LocalDate monday = week == null || week.isBlank() ? lastWeek() : Weeks.parseMonday(week);
    if (monday.isAfter(Weeks.thisWeek(clock.instant()))) {
      throw new InvalidFieldException("week", "must not be in the future");
    }
    return new Generation(monday, process.start(monday));
  }

  /**
   * How many cards the generation wrote, once its job has run; empty if it has not within the time
   * given. The job may run on any instance of the app, so this looks at the database: the generator
   * writes a run's cards and its audit event in one transaction.
   */
  public Optional<Integer> written(Generation generation, Duration within) {
    long looks = Math.max(1, within.toMillis() / LOOK_EVERY_MILLIS);
    return look(generation, looks).join();
  }

  private CompletableFuture<Optional<Integer>> look(Generation generation, long looksLeft) {
    Optional<Integer> written = count(generation);
    if (written.isPresent() || looksLeft <= 1) {
      return CompletableFuture.completedFuture(written);
    }
    return CompletableFuture.supplyAsync(() -> looksLeft - 1, NEXT_LOOK)
        .thenCompose(left -> look(generation, left));
  }

  private Optional<Integer> count(Generation generation) {
    boolean done =
        jdbc.sql(
                    "select count(*) from audit_event where action = 'spend-cards-generated'"
                        + " and subject_id = ? and detail like ?")
                .params(
                    generation.weekStart().toString(),
                    "% (process " + generation.processInstanceKey() + ")")
                .query(Integer.class)
                .single()
            > 0;
    if (!done) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql("select count(*) from spend_card where process_instance_key = ?")
            .param(generation.processInstanceKey())
            .query(Integer.class)
            .single());
  }
}
