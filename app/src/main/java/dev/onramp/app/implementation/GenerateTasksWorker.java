package dev.onramp.app.implementation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job type {@code generate-ce-tasks}: Agent Bill generates every Cloud Engineer task of the
 * approved platform. Answers {@code ceTaskIds} in chain order; a redelivered job answers the tasks
 * generated the first time.
 */
@Component
public class GenerateTasksWorker {

  private final TaskGenerator generator;

  GenerateTasksWorker(TaskGenerator generator) {
    this.generator = generator;
  }

  @JobWorker(type = "generate-ce-tasks")
  public Map<String, Object> generate(@Variable String requestId, @Variable String slaDueAt) {
    List<String> ids = generator.generate(requestId, OffsetDateTime.parse(slaDueAt).toInstant());
    return Map.of("ceTaskIds", ids);
  }
}
