package dev.onramp.engine.processing;

import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.clock.EngineClock;
import dev.onramp.engine.state.WriteAhead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer. Commands are applied one at a time, in arrival order, in batches that share
 * one database transaction (group commit); each command has its own savepoint, so a rejected
 * command leaves nothing behind. Futures complete only after the batch commits: an acknowledged
 * command is durable.
 */
public final class CommandLoop implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CommandLoop.class);

  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final TransactionTemplate transactions;
  private final EngineClock clock;
  private final int batchSize;
  private final CommandContext context = new CommandContext();
  private final WriteAhead writeAhead;
  private final Thread thread;
  private volatile boolean running = true;

  public CommandLoop(
      PlatformTransactionManager transactionManager,
      EngineClock clock,
      int batchSize,
      WriteAhead writeAhead) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.writeAhead = writeAhead;
    this.clock = clock;
    this.batchSize = batchSize;
    this.thread = new Thread(this::run, "engine-command-loop");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  public <T> CompletableFuture<T> submit(Command<T> command) {
    Pending<T> pending = new Pending<>(command, new CompletableFuture<>());
    if (!running) {
      pending.future.completeExceptionally(
          new EngineProblem(
              HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "The engine is shutting down"));
      return pending.future;
    }
    queue.add(pending);
    return pending.future;
  }

  private void run() {
    List<Pending<?>> batch = new ArrayList<>(batchSize);
    while (running) {
      try {
        Pending<?> first = queue.take();
        batch.add(first);
        queue.drainTo(batch, batchSize - 1);
        process(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("Batch of {} commands failed to commit", batch.size(), e);
        for (Pending<?> pending : batch) {
          pending.future.completeExceptionally(
              new EngineProblem(
                  HttpStatus.INTERNAL_SERVER_ERROR,
                  "INTERNAL_ERROR",
                  "The command could not be committed: " + e.getMessage()));
        }
        context.takeEffects();
      } finally {
        batch.clear();
      }
    }
  }

  private void process(List<Pending<?>> batch) {
    Object[] results = new Object[batch.size()];
    RuntimeException[] failures = new RuntimeException[batch.size()];
    transactions.executeWithoutResult(
        status -> {
          for (int i = 0; i < batch.size(); i++) {
            apply(batch.get(i), status, results, failures, i);
          }
          writeAhead.beforeCommit();
        });
    writeAhead.afterCommit();
    List<Runnable> effects = context.takeEffects();
    for (int i = 0; i < batch.size(); i++) {
      complete(batch.get(i), results[i], failures[i]);
    }
    for (Runnable effect : effects) {
      try {
        effect.run();
      } catch (RuntimeException e) {
        LOG.warn("After-commit effect failed", e);
      }
    }
  }

  private void apply(
      Pending<?> pending,
      TransactionStatus status,
      Object[] results,
      RuntimeException[] failures,
      int index) {
    Object savepoint = status.createSavepoint();
    int mark = context.effectMark();
    int writes = writeAhead.mark();
    context.begin(clock.millis());
    try {
      results[index] = pending.command.apply(context);
      context.drainSteps();
      status.releaseSavepoint(savepoint);
    } catch (EngineProblem problem) {
      status.rollbackToSavepoint(savepoint);
      context.discardEffectsFrom(mark);
      writeAhead.rollbackTo(writes);
      failures[index] = problem;
    } catch (RuntimeException e) {
      LOG.error("Command failed unexpectedly; its changes were rolled back", e);
      status.rollbackToSavepoint(savepoint);
      context.discardEffectsFrom(mark);
      writeAhead.rollbackTo(writes);
      failures[index] =
          new EngineProblem(
              HttpStatus.INTERNAL_SERVER_ERROR,
              "INTERNAL_ERROR",
              "The command failed and was rolled back: " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(Pending<T> pending, Object result, RuntimeException failure) {
    if (failure != null) {
      pending.future.completeExceptionally(failure);
    } else {
      pending.future.complete((T) result);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Pending<?> pending;
    while ((pending = queue.poll()) != null) {
      pending.future.completeExceptionally(
          new EngineProblem(
              HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "The engine is shutting down"));
    }
  }

  private record Pending<T>(Command<T> command, CompletableFuture<T> future) {}
}
