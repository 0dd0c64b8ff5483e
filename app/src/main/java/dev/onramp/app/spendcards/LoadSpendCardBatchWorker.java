package dev.onramp.app.spendcards;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job type {@code load-spend-card-batch}: the cards of one review batch ({@code batchCards}: id,
 * owners, reviewers), read again on every delivery.
 */
@Component
public class LoadSpendCardBatchWorker {

  private final SpendCardGenerator generator;

  LoadSpendCardBatchWorker(SpendCardGenerator generator) {
    this.generator = generator;
  }

  @JobWorker(type = "load-spend-card-batch")
  public Map<String, Object> load(ActivatedJob job, @Variable int batch) {
    return Map.of("batchCards", generator.batch(job.getProcessInstanceKey(), batch));
  }
}
