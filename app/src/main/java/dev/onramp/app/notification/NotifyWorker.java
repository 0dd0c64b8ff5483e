package dev.onramp.app.notification;

import dev.onramp.app.identity.Role;
import dev.onramp.app.identity.UserDirectory;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.review.ReviewService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Job type {@code notify}: Agent Bill tells people about a request. The task's headers name the
 * {@code template} and the {@code recipients} — any of {@code requester}, {@code approver}, {@code
 * claim-candidates}, {@code finops-leads}, {@code cloud-engineers}, comma separated. The job key
 * makes a redelivered job notify nobody twice.
 */
@Component
public class NotifyWorker {

  private final Notifier notifier;
  private final UserDirectory users;
  private final RequestService requests;
  private final ReviewService reviews;

  NotifyWorker(
      Notifier notifier, UserDirectory users, RequestService requests, ReviewService reviews) {
    this.notifier = notifier;
    this.users = users;
    this.requests = requests;
    this.reviews = reviews;
  }

  @JobWorker(type = "notify")
  public void send(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    String requestId = (String) variables.get("requestId");
    BusinessRequest request = requests.require(requestId);
    String template = job.getCustomHeaders().get("template");
    Set<String> recipients =
        recipients(job.getCustomHeaders().getOrDefault("recipients", "requester"), variables);
    Map<String, Object> model = new HashMap<>();
    model.put("workloadName", request.workloadName());
    model.put("requestId", requestId);
    model.put("requester", request.requester());
    model.put("actorName", "Agent Bill");
    model.put("slaDueAt", variables.get("slaDueAt"));
    var decisions = reviews.decisionsOf(requestId);
    model.put(
        "rationale", decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).rationale());
    model.put("platform", reviews.platformOf(requestId));
    notifier.send(recipients, template, model, "/requests/" + requestId, "job-" + job.getKey());
  }

  private Set<String> recipients(String header, Map<String, Object> variables) {
    String requester = (String) variables.get("requester");
    String approver = (String) variables.get("approver");
    Set<String> recipients = new LinkedHashSet<>();
    for (String name : header.split(",")) {
      switch (name.strip()) {
        case "requester" -> recipients.add(requester);
        case "approver" -> {
          if (approver != null) {
            recipients.add(approver);
          }
        }
        case "claim-candidates" -> {
          if (variables.get("claimCandidates") instanceof List<?> candidates) {
            candidates.forEach(c -> recipients.add(String.valueOf(c)));
          }
        }
        case "finops-leads" -> {
          // Nobody is asked to review their own request.
          users.usernamesWithRole(Role.FINOPS_LEAD).stream()
              .filter(u -> !u.equals(requester))
              .forEach(recipients::add);
        }
        case "cloud-engineers" -> {
          // The approver never works the tasks of a request they approved.
          users.usernamesWithRole(Role.CLOUD_ENGINEER).stream()
              .filter(u -> !u.equals(approver))
              .forEach(recipients::add);
        }
        default -> throw new IllegalArgumentException("Unknown recipients '" + name + "'");
      }
    }
    return recipients;
  }
}
