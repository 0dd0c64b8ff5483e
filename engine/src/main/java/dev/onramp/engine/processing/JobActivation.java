package dev.onramp.engine.processing;

import dev.onramp.engine.processing.command.ActivatedJob;
import dev.onramp.engine.processing.command.JobCommands;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Long-polling job activation. A request that finds no job parks (holding no thread) until jobs of
 * its type become available or its request timeout passes. Exactly one of the two answers it: both
 * claim the request first.
 */
public final class JobActivation implements AutoCloseable {

  /** One activation request. {@code answer} is called once, after the commit. */
  public record Request(
      String type,
      String worker,
      long timeout,
      int maxJobs,
      List<String> fetchVariables,
      long longPollMillis,
      Consumer<List<ActivatedJob>> answer,
      Consumer<Throwable> failure) {}

  private final CommandLoop loop;
  private final JobCommands jobs;
  private final ScheduledExecutorService timeouts =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "engine-long-poll");
            thread.setDaemon(true);
            return thread;
          });

  /** Parked requests by job type; touched by the loop thread only. */
  private final Map<String, Deque<Parked>> parked = new HashMap<>();

  public JobActivation(CommandLoop loop, JobCommands jobs) {
    this.loop = loop;
    this.jobs = jobs;
  }

  public void activate(Request request) {
    submit(new Parked(request), true);
  }

  private void submit(Parked entry, boolean first) {
    loop.submit(
            context -> {
              if (!first && !entry.claimed.compareAndSet(false, true)) {
                return null;
              }
              Request request = entry.request;
              List<ActivatedJob> activated =
                  jobs.activate(
                      context,
                      request.type(),
                      request.worker(),
                      request.timeout(),
                      request.maxJobs(),
                      request.fetchVariables());
              if (activated.isEmpty() && request.longPollMillis() > 0) {
                if (!first) {
                  entry.claimed.set(false);
                }
                park(entry, first);
                return null;
              }
              entry.claimed.set(true);
              return activated;
            })
        .whenComplete(
            (activated, failure) -> {
              if (failure != null) {
                entry.request.failure().accept(unwrap(failure));
              } else if (activated != null) {
                entry.request.answer().accept(activated);
              }
            });
  }

  /** Loop thread: keeps the request until jobs of its type arrive or it times out. */
  private void park(Parked entry, boolean first) {
    parked.computeIfAbsent(entry.request.type(), t -> new ArrayDeque<>()).addLast(entry);
    if (first) {
      timeouts.schedule(() -> expire(entry), entry.request.longPollMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** The long poll is over: answer empty, unless a retry holds the request right now. */
  private void expire(Parked entry) {
    if (entry.done) {
      return;
    }
    if (entry.claimed.compareAndSet(false, true)) {
      entry.done = true;
      entry.request.answer().accept(List.of());
    } else {
      timeouts.schedule(() -> expire(entry), 20, TimeUnit.MILLISECONDS);
    }
  }

  /** Loop thread, after a commit: parked requests of the type try again, oldest first. */
  public void jobsAvailable(String type) {
    Deque<Parked> waiting = parked.remove(type);
    if (waiting == null) {
      return;
    }
    for (Parked entry : waiting) {
      if (!entry.claimed.get()) {
        submit(entry, false);
      }
    }
  }

  /** Loop thread: answers every parked request with no jobs (purge, shutdown). */
  public void releaseAll() {
    for (Deque<Parked> waiting : parked.values()) {
      for (Parked entry : waiting) {
        if (entry.claimed.compareAndSet(false, true)) {
          entry.done = true;
          entry.request.answer().accept(List.of());
        }
      }
    }
    parked.clear();
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  @Override
  public void close() {
    timeouts.shutdownNow();
  }

  /** A request while it waits; {@code claimed} while a retry or the timeout handles it. */
  private static final class Parked {
    final Request request;
    final AtomicBoolean claimed = new AtomicBoolean(false);
    volatile boolean done;

    Parked(Request request) {
      this.request = request;
    }
  }
}
