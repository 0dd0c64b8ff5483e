package dev.onramp.app.spendcards;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job type {@code generate-spend-cards}: the week is the one asked for ({@code weekStart}, on
 * demand) or the last complete week before the engine's {@code runAt} (the Monday timer).
 */
@Component
public class GenerateSpendCardsWorker {

  private final SpendCardGenerator generator;

  GenerateSpendCardsWorker(SpendCardGenerator generator) {
    this.generator = generator;
  }

  @JobWorker(type = "generate-spend-cards", timeout = 300_000)
  public Map<String, Object> generate(
      ActivatedJob job, @Variable String weekStart, @Variable String runAt) {
    LocalDate monday =
        weekStart != null
            ? Weeks.parseMonday(weekStart)
            : Weeks.previous(OffsetDateTime.parse(runAt).toInstant());
    List<Integer> batches = generator.generate(monday, job.getProcessInstanceKey());
    return Map.of("weekStart", monday.toString(), "batches", batches);
  }
}
