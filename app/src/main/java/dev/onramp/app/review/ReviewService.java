package dev.onramp.app.review;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.catalog.FaEstimate;
import dev.onramp.app.catalog.InferenceProfileType;
import dev.onramp.app.catalog.ModelCatalog;
import dev.onramp.app.catalog.PricingService;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.process.AfterCommit;
import dev.onramp.app.process.OnboardingProcess;
import dev.onramp.app.provisioning.Platform;
import dev.onramp.app.provisioning.RoleNames;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.RequestStatus;
import dev.onramp.app.web.ApiProblemHandler.FieldProblem;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.ForbiddenActionException;
import dev.onramp.app.web.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The FinOps Lead's decisions. Each is written first and then completes the review task, so the
 * workers that run next read it; a decision the process no longer waits for is undone (409).
 */
@Service
public class ReviewService {

  private final RequestService requests;
  private final ApprovalRepository approvals;
  private final ReviewDecisionRepository decisions;
  private final ModelCatalog catalog;
  private final PricingService pricing;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final OnboardingProcess process;
  private final AfterCommit afterCommit;
  private final Clock clock;

  ReviewService(
      RequestService requests,
      ApprovalRepository approvals,
      ReviewDecisionRepository decisions,
      ModelCatalog catalog,
      PricingService pricing,
      CurrentUser currentUser,
      AuditLog audit,
      OnboardingProcess process,
      AfterCommit afterCommit,
      Clock clock) {
    this.requests = requests;
    this.approvals = approvals;
    this.decisions = decisions;
    this.catalog = catalog;
    this.pricing = pricing;
    this.currentUser = currentUser;
    this.audit = audit;
    this.process = process;
    this.afterCommit = afterCommit;
    this.clock = clock;
  }

  public Approval approve(String requestId, ApproveForm form) {
    BusinessRequest request = reviewable(requestId, "approve-request");
    checkApproval(request, form);
    FaEstimate estimate =
        estimate(request, form.modelId(), form.region(), form.inferenceProfileType());
    var profile =
        catalog.inferenceProfile(form.modelId(), form.region(), form.inferenceProfileType());
    String user = currentUser.username();
    afterCommit.write(
        () -> {
          Instant now = clock.instant();
          Approval approval =
              approvals.save(
                  new Approval(
                      requestId,
                      form,
                      new Approval.Scope(profile.profileId(), profile.profileRegions()),
                      new Approval.Estimate(
                          estimate.monthlyUsd(),
                          estimate.inputPricePer1M(),
                          estimate.outputPricePer1M(),
                          estimate.snapshotDate(),
                          estimate.source()),
                      user,
                      now));
          ReviewDecision decision =
              decisions.save(
                  new ReviewDecision(
                      requestId,
                      request.revision(),
                      Decision.APPROVE,
                      form.rationale(),
                      user,
                      now));
          audit.record(
              Actor.person(user),
              "request-approved",
              "request",
              requestId,
              form.platform().name()
                  + " "
                  + form.modelId()
                  + " in "
                  + form.accountId()
                  + "/"
                  + form.region()
                  + ", "
                  + form.priority().label()
                  + ": "
                  + form.rationale());
          return decision;
        },
        decision ->
            process.complete(
                request.processInstanceKey(),
                OnboardingProcess.REVIEW_TASK,
                Map.of(
                    "decision", Decision.APPROVE.name(),
                    "priority", form.priority().name(),
                    "approver", user)),
        decision -> {
          approvals.deleteById(requestId);
          decisions.delete(decision);
        });
    return approvals.findById(requestId).orElseThrow();
  }

  public ReviewDecision reject(String requestId, RationaleForm form) {
    return decide(
        requestId, Decision.REJECT, form.rationale(), "reject-request", "request-rejected");
  }

  public ReviewDecision sendBack(String requestId, RationaleForm form) {
    return decide(
        requestId, Decision.SEND_BACK, form.rationale(), "send-back-request", "request-sent-back");
  }

  /** The FA Confirmed Estimate for this request's utilisation with the given model and scope. */
  public FaEstimate estimate(
      BusinessRequest request, String modelId, String region, InferenceProfileType type) {
    return pricing.estimate(
        modelId,
        region,
        type,
        request.requestsPerMonth(),
        request.inputTokensPerRequest(),
        request.outputTokensPerRequest());
  }

  public String suggestedRoleName(BusinessRequest request) {
    return RoleNames.suggest(request.workloadName(), request.shortId());
  }

  /** The approved platform's label, or null before approval. */
  public String platformOf(String requestId) {
    return approvals.findById(requestId).map(a -> a.platform().label()).orElse(null);
  }

  public List<ReviewDecision> decisionsOf(String requestId) {
    return decisions.findByRequestIdOrderByDecidedAt(requestId);
  }

  private ReviewDecision decide(
      String requestId, Decision decision, String rationale, String action, String auditAction) {
    BusinessRequest request = reviewable(requestId, action);
    String user = currentUser.username();
    return afterCommit.write(
        () -> {
          ReviewDecision saved =
              decisions.save(
                  new ReviewDecision(
                      requestId,
                      request.revision(),
                      decision,
                      rationale.strip(),
                      user,
                      clock.instant()));
          audit.record(Actor.person(user), auditAction, "request", requestId, rationale.strip());
          return saved;
        },
        saved ->
            process.complete(
                request.processInstanceKey(),
                OnboardingProcess.REVIEW_TASK,
                Map.of("decision", decision.name(), "approver", user)),
        decisions::delete);
  }

  /** Pending review, and not the reviewer's own request (separation of duties by instance). */
  private BusinessRequest reviewable(String requestId, String action) {
    BusinessRequest request = requests.require(requestId);
    if (request.requester().equals(currentUser.username())) {
      throw new ForbiddenActionException(
          action, "request", requestId, "A FinOps Lead never reviews their own request.");
    }
    if (request.status() != RequestStatus.PENDING_FA_REVIEW) {
      throw new ConflictException(
          "The request is " + request.status().label() + ", not Pending FA Review.");
    }
    return request;
  }

  private void checkApproval(BusinessRequest request, ApproveForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.platform() == Platform.CLAUDE_PLATFORM
        && (form.workspaceName() == null || form.workspaceName().isBlank())) {
      problems.add(new FieldProblem("workspaceName", "is required for Claude Platform"));
    }
    if (form.platform() != Platform.CLAUDE_PLATFORM
        && form.workspaceName() != null
        && !form.workspaceName().isBlank()) {
      problems.add(new FieldProblem("workspaceName", "applies only to Claude Platform"));
    }
    if (request.hasBusinessCase() && !Boolean.TRUE.equals(form.businessCaseAcknowledged())) {
      problems.add(
          new FieldProblem(
              "businessCaseAcknowledged", "the declared business case must be acknowledged"));
    }
    RoleNames.validate(form.roleName())
        .ifPresent(message -> problems.add(new FieldProblem("roleName", message)));
    if (approvals.existsByAccountIdAndRoleNameKey(
        form.accountId(), form.roleName().toLowerCase(Locale.ROOT))) {
      problems.add(
          new FieldProblem(
              "roleName",
              "is already used in account " + form.accountId() + " (case-insensitive)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    catalog.checkUsable(
        form.modelId(),
        form.platform().name(),
        form.accountId(),
        form.region(),
        form.inferenceProfileType());
  }
}
