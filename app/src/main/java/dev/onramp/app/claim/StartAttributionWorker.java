package dev.onramp.app.claim;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Job type {@code start-attribution}: from now on the claimed role's spend is the workload's. */
@Component
public class StartAttributionWorker {

  private final ClaimService claims;

  StartAttributionWorker(ClaimService claims) {
    this.claims = claims;
  }

  @JobWorker(type = "start-attribution")
  public void start(ActivatedJob job, @Variable String requestId) {
    claims.startAttribution(requestId, "job-" + job.getKey());
  }
}
