package dev.onramp.app.spendcards;

import dev.onramp.app.attribution.SpendImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Later billing data arrived: the provisional cards are recomputed (and final once complete). */
@Component
class SpendCardRefresher {

  private final SpendCardGenerator generator;

  SpendCardRefresher(SpendCardGenerator generator) {
    this.generator = generator;
  }

  // After the import committed, in a transaction of its own.
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(SpendImported imported) {
    generator.refreshProvisional();
  }
}
