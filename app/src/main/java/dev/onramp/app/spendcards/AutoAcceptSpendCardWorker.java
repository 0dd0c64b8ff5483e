package dev.onramp.app.spendcards;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Job type {@code auto-accept-spend-cards}: 14 days passed; Agent Bill accepts the cards of the
 * batch nobody approved or disputed.
 */
@Component
public class AutoAcceptSpendCardWorker {

  private final SpendCardService cards;

  AutoAcceptSpendCardWorker(SpendCardService cards) {
    this.cards = cards;
  }

  @JobWorker(type = "auto-accept-spend-cards")
  public void accept(ActivatedJob job, @Variable int batch) {
    cards.autoAccept(job.getProcessInstanceKey(), batch, "job-" + job.getKey());
  }
}
