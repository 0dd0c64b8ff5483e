package dev.onramp.app.claim;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job type {@code generate-handoff}: every task is implemented; Agent Bill writes the Developer
 * Handoff and names who may claim ({@code claimCandidates}).
 */
@Component
public class GenerateHandoffWorker {

  private final HandoffService handoffs;

  GenerateHandoffWorker(HandoffService handoffs) {
    this.handoffs = handoffs;
  }

  @JobWorker(type = "generate-handoff")
  public Map<String, Object> generate(@Variable String requestId) {
    handoffs.generate(requestId);
    return Map.of("claimCandidates", handoffs.claimCandidates(requestId));
  }
}
