package dev.onramp.app.spendcards;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job type {@code load-spend-card-batch}: the card ids of one review batch ({@code batchCards}) and
 * the owners who decide on each ({@code batchOwners}, same order), read again on every delivery.
 */
@Component
public class LoadSpendCardBatchWorker {

  private final SpendCardGenerator generator;

  LoadSpendCardBatchWorker(SpendCardGenerator generator) {
    this.generator = generator;
  }

  @JobWorker(type = "load-spend-card-batch")
  public Map<String, Object> load(ActivatedJob job, @Variable int batch) {
    SpendCardGenerator.Batch cards = generator.batch(job.getProcessInstanceKey(), batch);
    return Map.of("batchCards", cards.cardIds(), "batchOwners", cards.owners());
  }
}
