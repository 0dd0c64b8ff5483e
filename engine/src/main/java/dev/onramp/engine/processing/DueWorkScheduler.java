package dev.onramp.engine.processing;

import dev.onramp.engine.clock.EngineClock;
import dev.onramp.engine.processing.command.JobCommands;
import dev.onramp.engine.processing.command.TimerCommands;
import dev.onramp.engine.state.Job;
import dev.onramp.engine.state.JobStore;
import dev.onramp.engine.state.MessageStore;
import dev.onramp.engine.state.Timer;
import dev.onramp.engine.state.TimerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes up when the earliest timer, job deadline, retry back-off or message expiry falls due on the
 * engine clock, and hands each due item to the command loop as its own command (so one failing item
 * cannot hold up the others). Re-plans whenever the clock is moved.
 */
public final class DueWorkScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkScheduler.class);
  private static final int BATCH = 500;

  /** Even with nothing due, look again now and then (covers clock drift). */
  private static final long MAX_SLEEP_MILLIS = 30_000;

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "engine-due-work");
            thread.setDaemon(true);
            return thread;
          });
  private final EngineClock clock;
  private final CommandLoop loop;
  private final TimerStore timers;
  private final JobStore jobs;
  private final MessageStore messages;
  private final TimerCommands timerCommands;
  private final JobCommands jobCommands;
  private ScheduledFuture<?> next;
  private long nextDue = Long.MAX_VALUE;

  public DueWorkScheduler(
      EngineClock clock,
      CommandLoop loop,
      TimerStore timers,
      JobStore jobs,
      MessageStore messages,
      TimerCommands timerCommands,
      JobCommands jobCommands) {
    this.clock = clock;
    this.loop = loop;
    this.timers = timers;
    this.jobs = jobs;
    this.messages = messages;
    this.timerCommands = timerCommands;
    this.jobCommands = jobCommands;
  }

  /** Checks now (start-up, clock changes). */
  public synchronized void checkNow() {
    plan(clock.millis());
  }

  /** Something new falls due at {@code dueAt}; plan a check if it is earlier than the next one. */
  public synchronized void dueAt(long dueAt) {
    if (dueAt < nextDue) {
      plan(dueAt);
    }
  }

  private void plan(long dueAt) {
    if (next != null) {
      next.cancel(false);
    }
    nextDue = dueAt;
    long delay = Math.max(0, Math.min(dueAt - clock.millis(), MAX_SLEEP_MILLIS));
    next = executor.schedule(this::run, delay, TimeUnit.MILLISECONDS);
  }

  private void run() {
    synchronized (this) {
      nextDue = Long.MAX_VALUE;
    }
    try {
      long now = clock.millis();
      List<CompletableFuture<?>> submitted = new ArrayList<>();
      for (Timer timer : timers.due(now, BATCH)) {
        submitted.add(loop.submit(timerCommands.trigger(timer.key())));
      }
      for (Job job : jobs.timedOut(now, BATCH)) {
        submitted.add(loop.submit(jobCommands.timeOut(job.key())));
      }
      for (Job job : jobs.backOffElapsed(now, BATCH)) {
        submitted.add(loop.submit(jobCommands.backOffElapsed(job.key())));
      }
      Long expiry = messages.nextExpiry();
      if (expiry != null && expiry <= now) {
        submitted.add(loop.submit(timerCommands.expireMessages()));
      }
      for (CompletableFuture<?> future : submitted) {
        future.exceptionally(e -> null).join();
      }
      long due = earliest();
      synchronized (this) {
        if (due < nextDue) {
          plan(due);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Checking due work failed; retrying in a second", e);
      synchronized (this) {
        plan(clock.millis() + 1_000);
      }
    }
  }

  private long earliest() {
    long due = clock.millis() + MAX_SLEEP_MILLIS;
    for (Long candidate : new Long[] {timers.nextDue(), jobs.nextDue(), messages.nextExpiry()}) {
      if (candidate != null && candidate < due) {
        due = candidate;
      }
    }
    return due;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
