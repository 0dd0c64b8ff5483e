package dev.onramp.app.process;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the domain first and tells the engine second, undoing the write if the engine refuses. The
 * order matters: a job worker may run the moment the engine has moved on, so what it reads must
 * already be committed. Undoing keeps "nothing half-written" when, say, the task was completed by
 * someone else a moment earlier.
 */
@Component
public class AfterCommit {

  private final TransactionTemplate transactions;

  AfterCommit(TransactionTemplate transactions) {
    this.transactions = transactions;
  }

  public <T> T write(
      Supplier<T> write,
      java.util.function.Consumer<T> engineCall,
      java.util.function.Consumer<T> undo) {
    T written = transactions.execute(status -> write.get());
    try {
      engineCall.accept(written);
    } catch (RuntimeException e) {
      transactions.executeWithoutResult(status -> undo.accept(written));
      throw e;
    }
    return written;
  }
}
