package dev.onramp.app.request;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Job type {@code set-request-status}: Agent Bill moves the request to the status named by the
 * task's {@code status} header. Running it twice records it once.
 */
@Component
public class SetRequestStatusWorker {

  private final RequestService requests;

  SetRequestStatusWorker(RequestService requests) {
    this.requests = requests;
  }

  @JobWorker(type = "set-request-status")
  public void setStatus(ActivatedJob job, @Variable String requestId) {
    RequestStatus status = RequestStatus.valueOf(job.getCustomHeaders().get("status"));
    requests.changeStatus(requestId, status, "job-" + job.getKey());
  }
}
