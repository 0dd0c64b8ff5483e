package dev.onramp.app.spendcards;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Job type {@code notify-spend-card}: Agent Bill tells people about a card. Headers: {@code
 * template} and {@code recipients} ({@code product-owners}, {@code portfolio-owners}).
 */
@Component
public class NotifySpendCardWorker {

  private final SpendCardService cards;

  NotifySpendCardWorker(SpendCardService cards) {
    this.cards = cards;
  }

  @JobWorker(type = "notify-spend-card")
  public void send(ActivatedJob job, @Variable String cardId) {
    cards.notify(
        cardId,
        job.getCustomHeaders().get("template"),
        job.getCustomHeaders().getOrDefault("recipients", "product-owners"),
        "job-" + job.getKey());
  }
}
