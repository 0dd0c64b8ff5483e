package dev.onramp.engine.api.command;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/** Asynchronous answers: the servlet thread is released while the command loop works. */
final class Replies {

  private Replies() {}

  static <T> CompletableFuture<ResponseEntity<Object>> noContent(CompletableFuture<T> future) {
    return future.thenApply(ignored -> ResponseEntity.noContent().build());
  }

  static <T> CompletableFuture<ResponseEntity<Object>> ok(
      CompletableFuture<T> future, Function<T, Object> body) {
    return future.thenApply(result -> ResponseEntity.ok(body.apply(result)));
  }
}
