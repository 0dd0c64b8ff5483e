package dev.onramp.app.spendcards;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Job type {@code auto-accept-spend-card}: nobody decided in time, Agent Bill accepts the card. */
@Component
public class AutoAcceptSpendCardWorker {

  private final SpendCardService cards;

  AutoAcceptSpendCardWorker(SpendCardService cards) {
    this.cards = cards;
  }

  @JobWorker(type = "auto-accept-spend-card")
  public void accept(ActivatedJob job, @Variable String cardId) {
    cards.autoAccept(cardId, "job-" + job.getKey());
  }
}
