package dev.onramp.app.notification;

import dev.onramp.app.identity.Role;
import dev.onramp.app.identity.UserDirectory;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.review.ReviewDecision;
import dev.onramp.app.review.ReviewService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
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
  public void send(
      ActivatedJob job,
      @Variable String requestId,
      @Variable String requester,
      @Variable String approver,
      @Variable List<String> claimCandidates,
      @Variable String slaDueAt) {
    BusinessRequest request = requests.require(requestId);
    Set<String> recipients =
        recipients(
            job.getCustomHeaders().getOrDefault("recipients", "requester"),
            new People(requester, approver, claimCandidates));
    Map<String, Object> model = new HashMap<>();
    model.put("workloadName", request.workloadName());
    model.put("requestId", requestId);
    model.put("requester", request.requester());
    model.put("actorName", "Agent Bill");
    model.put("slaDueAt", slaDueAt);
    List<ReviewDecision> decisions = reviews.decisionsOf(requestId);
    model.put(
        "rationale", decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).rationale());
    model.put("platform", reviews.platformOf(requestId));
    notifier.send(
        recipients,
        job.getCustomHeaders().get("template"),
        model,
        "/requests/" + requestId,
        "job-" + job.getKey());
  }

  /** Who the process variables name; approver and candidates are absent before approval. */
  private record People(String requester, String approver, List<String> claimCandidates) {}

  private Set<String> recipients(String header, People people) {
    String requester = people.requester();
    String approver = people.approver();
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
          if (people.claimCandidates() != null) {
            recipients.addAll(people.claimCandidates());
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
