package dev.onramp.engine.api.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/**
 * Answers once the command loop has committed. The servlet thread waits for it: a command takes
 * milliseconds, and answering on the same thread saves the asynchronous re-dispatch. Only
 * long-polling job activation and awaited process results, which can take seconds, are answered
 * asynchronously.
 */
final class Replies {

  private Replies() {}

  static ResponseEntity<Object> noContent(CompletableFuture<?> future) {
    await(future);
    return ResponseEntity.noContent().build();
  }

  static <T> ResponseEntity<Object> ok(CompletableFuture<T> future, Function<T, Object> body) {
    return ResponseEntity.ok(body.apply(await(future)));
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
