package dev.onramp.app.request;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.org.OrgNode;
import dev.onramp.app.org.Products;
import dev.onramp.app.process.AfterCommit;
import dev.onramp.app.process.OnboardingProcess;
import dev.onramp.app.provisioning.RoleNames;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.ForbiddenActionException;
import dev.onramp.app.web.InvalidFieldException;
import dev.onramp.app.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits, resubmits and finds Business Requests, and keeps their status as the process sets it.
 */
@Service
public class RequestService {

  private final BusinessRequestRepository requests;
  private final WorkloadRepository workloads;
  private final AiComponentRepository components;
  private final Products products;
  private final WorkloadService workloadService;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final OnboardingProcess process;
  private final AfterCommit afterCommit;
  private final Clock clock;

  RequestService(
      BusinessRequestRepository requests,
      WorkloadRepository workloads,
      AiComponentRepository components,
      Products products,
      WorkloadService workloadService,
      CurrentUser currentUser,
      AuditLog audit,
      OnboardingProcess process,
      AfterCommit afterCommit,
      Clock clock) {
    this.requests = requests;
    this.workloads = workloads;
    this.components = components;
    this.products = products;
    this.workloadService = workloadService;
    this.currentUser = currentUser;
    this.audit = audit;
    this.process = process;
    this.afterCommit = afterCommit;
    this.clock = clock;
  }

  /**
   * Records the request (a new workload, or a new AI component of an existing one) and starts its
   * onboarding. Only an owner of the product may request for it.
   */
  public BusinessRequest submit(RequestForm form) {
    RequestRules.check(form);
    String user = currentUser.username();
    BusinessRequest submitted =
        afterCommit.write(
            () -> {
              Instant now = clock.instant();
              Workload workload = targetWorkload(form, user, now);
              BusinessRequest request =
                  new BusinessRequest(
                      workload.id(),
                      form.mode() == RequestMode.NEW,
                      RoleNames.newShortId(),
                      user,
                      now);
              request.apply(form, now);
              requests.save(request);
              components.save(
                  new AiComponent(workload.id(), request.id(), request.workloadName(), now));
              audit.record(
                  Actor.person(user),
                  "request-submitted",
                  "request",
                  request.id(),
                  (form.mode() == RequestMode.NEW ? "New workload " : "New AI capability for ")
                      + workload.name());
              return request;
            },
            request -> {
              long key = process.start(request.id(), request.workloadId(), request.requester());
              transactionalStarted(request.id(), key);
            },
            this::forget);
    return require(submitted.id());
  }

  /** The requester edits a request sent back for changes and hands it back to review. */
  public BusinessRequest resubmit(String requestId, RequestForm form) {
    RequestRules.check(form);
    String user = currentUser.username();
    BusinessRequest current = require(requestId);
    if (!current.requester().equals(user)) {
      throw new ForbiddenActionException(
          "resubmit-request", "request", requestId, "Only the requester may resubmit a request.");
    }
    if (current.status() != RequestStatus.CHANGES_REQUESTED) {
      throw new ConflictException(
          "Only a request with status Changes Requested can be resubmitted; this one is "
              + current.status().label()
              + ".");
    }
    if (form.mode() != current.mode()
        || (current.mode() == RequestMode.EXISTING
            && !current.workloadId().equals(form.parentWorkloadId()))) {
      throw new InvalidFieldException("mode", "cannot change when resubmitting");
    }
    if (current.mode() == RequestMode.NEW
        && !workloads
            .findById(current.workloadId())
            .orElseThrow()
            .productId()
            .equals(form.productId())) {
      throw new InvalidFieldException("productId", "cannot change when resubmitting");
    }
    RequestSnapshot before = RequestSnapshot.of(current);
    afterCommit.write(
        () -> {
          BusinessRequest request = require(requestId);
          Instant now = clock.instant();
          request.apply(form, now);
          request.resubmitted(now);
          if (request.founding()) {
            workloads
                .findById(request.workloadId())
                .orElseThrow()
                .rename(request.workloadName(), now);
          }
          components.findByRequestId(requestId).orElseThrow().rename(request.workloadName());
          audit.record(Actor.person(user), "request-resubmitted", "request", requestId, null);
          return request;
        },
        request ->
            process.complete(request.processInstanceKey(), OnboardingProcess.REVISE_TASK, Map.of()),
        request -> {
          BusinessRequest restored = require(requestId);
          before.restore(restored);
          if (restored.founding()) {
            workloads
                .findById(restored.workloadId())
                .orElseThrow()
                .rename(restored.workloadName(), restored.updatedAt());
          }
          components.findByRequestId(requestId).orElseThrow().rename(restored.workloadName());
        });
    return require(requestId);
  }

  /** Sets the status the process reached; also the workload's when this request created it. */
  @Transactional
  public void changeStatus(String requestId, RequestStatus status, String dedupKey) {
    BusinessRequest request = require(requestId);
    Instant now = clock.instant();
    if (request.status(status, now) && request.founding()) {
      workloads.findById(request.workloadId()).orElseThrow().status(status, now);
    }
    audit.recordOnce(
        dedupKey,
        Actor.AGENT_BILL,
        "status-" + status.name(),
        "request",
        requestId,
        status.label());
  }

  @Transactional(readOnly = true)
  public BusinessRequest require(String requestId) {
    return requests
        .findById(requestId)
        .orElseThrow(() -> new NotFoundException("Request", requestId));
  }

  /** The request if the caller may see it: its product's owners, FinOps Leads, Cloud Engineers. */
  @Transactional(readOnly = true)
  public BusinessRequest visible(String requestId) {
    BusinessRequest request = require(requestId);
    Workload workload = workloads.findById(request.workloadId()).orElseThrow();
    if (!workloadService.canSee(workload)) {
      throw new NotFoundException("Request", requestId);
    }
    return request;
  }

  private Workload targetWorkload(RequestForm form, String user, Instant now) {
    if (form.mode() == RequestMode.NEW) {
      OrgNode product = products.requireProduct(form.productId());
      requireOwner(product, user);
      return workloads.save(new Workload(form.workloadName().strip(), product.id(), user, now));
    }
    Workload parent =
        workloads
            .findById(form.parentWorkloadId())
            .orElseThrow(
                () -> new InvalidFieldException("parentWorkloadId", "is not a known workload"));
    requireOwner(products.get(parent.productId()), user);
    // A capability joins a workload that already runs: its role and budget exist and are claimed.
    if (parent.status() != RequestStatus.LIVE) {
      throw new InvalidFieldException(
          "parentWorkloadId", "must be a Live workload; '" + parent.name() + "' is not Live yet");
    }
    return parent;
  }

  private static void requireOwner(OrgNode product, String user) {
    if (!product.isOwnedBy(user)) {
      throw new ForbiddenActionException(
          "submit-request",
          "product",
          product.id(),
          "Only an owner of product '" + product.name() + "' may request workloads for it.");
    }
  }

  private void transactionalStarted(String requestId, long key) {
    // A short transaction of its own: the request row is committed already.
    requests
        .findById(requestId)
        .ifPresent(
            r -> {
              r.started(key);
              requests.save(r);
            });
  }

  private void forget(BusinessRequest request) {
    components.findByRequestId(request.id()).ifPresent(components::delete);
    requests.deleteById(request.id());
    if (request.founding()) {
      workloads.deleteById(request.workloadId());
    }
    audit.record(
        Actor.AGENT_BILL,
        "request-withdrawn",
        "request",
        request.id(),
        "The process engine did not accept the request; nothing was kept.");
  }
}
