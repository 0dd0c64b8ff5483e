package dev.onramp.app.claim;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.process.AfterCommit;
import dev.onramp.app.process.OnboardingProcess;
import dev.onramp.app.request.AiComponent;
import dev.onramp.app.request.AiComponentRepository;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.RequestStatus;
import dev.onramp.app.review.Approval;
import dev.onramp.app.review.ApprovalRepository;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.ForbiddenActionException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim: the requester or another owner of the product takes the IAM role; attribution of its
 * spend starts and the workload goes Live.
 */
@Service
public class ClaimService {

  private final RequestService requests;
  private final AiComponentRepository components;
  private final ApprovalRepository approvals;
  private final HandoffService handoffs;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final OnboardingProcess process;
  private final AfterCommit afterCommit;
  private final Clock clock;

  ClaimService(
      RequestService requests,
      AiComponentRepository components,
      ApprovalRepository approvals,
      HandoffService handoffs,
      CurrentUser currentUser,
      AuditLog audit,
      OnboardingProcess process,
      AfterCommit afterCommit,
      Clock clock) {
    this.requests = requests;
    this.components = components;
    this.approvals = approvals;
    this.handoffs = handoffs;
    this.currentUser = currentUser;
    this.audit = audit;
    this.process = process;
    this.afterCommit = afterCommit;
    this.clock = clock;
  }

  public AiComponent claim(String requestId) {
    BusinessRequest request = requests.visible(requestId);
    String user = currentUser.username();
    if (!handoffs.claimCandidates(requestId).contains(user)) {
      throw new ForbiddenActionException(
          "claim-workload",
          "request",
          requestId,
          "Only the requester or another owner of the product may claim the workload.");
    }
    if (request.status() != RequestStatus.READY_TO_CLAIM) {
      throw new ConflictException(
          "The workload is " + request.status().label() + ", not Ready to Claim.");
    }
    Approval approval = approvals.findById(requestId).orElseThrow();
    String roleArn = handoffs.value(requestId, "roleArn");
    afterCommit.write(
        () -> {
          AiComponent component = components.findByRequestId(requestId).orElseThrow();
          component.claim(
              user,
              clock.instant(),
              roleArn,
              approval.modelId(),
              approval.accountId(),
              approval.region());
          components.save(component);
          audit.record(Actor.person(user), "workload-claimed", "request", requestId, roleArn);
          return component;
        },
        component ->
            process.complete(
                request.processInstanceKey(),
                OnboardingProcess.CLAIM_TASK,
                Map.of("claimedBy", user)),
        component -> {
          AiComponent undo = components.findByRequestId(requestId).orElseThrow();
          undo.unclaim();
          components.save(undo);
        });
    return components.findByRequestId(requestId).orElseThrow();
  }

  /** Attribution counts spend of the claimed role from this instant on. */
  @Transactional
  public void startAttribution(String requestId, String dedupKey) {
    AiComponent component = components.findByRequestId(requestId).orElseThrow();
    Instant now = clock.instant();
    component.startAttribution(now);
    components.save(component);
    audit.recordOnce(
        dedupKey,
        Actor.AGENT_BILL,
        "attribution-started",
        "request",
        requestId,
        "Spend of "
            + component.roleArn()
            + " is attributed from "
            + component.attributionStartedAt());
  }
}
