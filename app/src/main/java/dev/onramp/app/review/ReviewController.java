package dev.onramp.app.review;

import dev.onramp.app.catalog.FaEstimate;
import dev.onramp.app.catalog.InferenceProfileType;
import dev.onramp.app.org.Products;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.BusinessRequestRepository;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.RequestStatus;
import dev.onramp.app.request.RequestView;
import dev.onramp.app.request.WorkloadRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stage 2 for the FinOps Lead: the review queue and the decisions. */
@RestController
@RequestMapping("/api")
@Validated
@Tag(name = "Reviews (FinOps Lead)")
class ReviewController {

  private final ReviewService reviews;
  private final RequestService requests;
  private final BusinessRequestRepository requestRepository;
  private final WorkloadRepository workloads;
  private final ApprovalRepository approvals;
  private final Products products;

  ReviewController(
      ReviewService reviews,
      RequestService requests,
      BusinessRequestRepository requestRepository,
      WorkloadRepository workloads,
      ApprovalRepository approvals,
      Products products) {
    this.reviews = reviews;
    this.requests = requests;
    this.requestRepository = requestRepository;
    this.workloads = workloads;
    this.approvals = approvals;
    this.products = products;
  }

  @GetMapping("/reviews")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Transactional(readOnly = true)
  @Operation(summary = "Requests waiting for a FinOps review, oldest first, with business context")
  Page<QueueItem> queue(
      @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.ASC)
          Pageable page) {
    Page<BusinessRequest> found =
        requestRepository.findByStatusIn(Set.of(RequestStatus.PENDING_FA_REVIEW), page);
    // One query for the page's product names, not two per row.
    Map<String, String> productNames =
        workloads.productNames(found.map(BusinessRequest::workloadId).getContent());
    return found.map(r -> queueItem(r, productNames.get(r.workloadId())));
  }

  @GetMapping("/reviews/{requestId}")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Transactional(readOnly = true)
  @Operation(summary = "One request to review: business context, suggested role name, history")
  ReviewDetail detail(@PathVariable String requestId) {
    BusinessRequest request = requests.require(requestId);
    return new ReviewDetail(
        RequestView.of(request),
        productName(request),
        reviews.suggestedRoleName(request),
        reviews.decisionsOf(requestId).stream().map(DecisionView::of).toList(),
        approvals.findById(requestId).map(ApprovalView::of).orElse(null));
  }

  @GetMapping("/reviews/{requestId}/estimate")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Operation(summary = "The FA Confirmed Estimate for this request with a model, region, profile")
  FaEstimate estimate(
      @PathVariable String requestId,
      @RequestParam @NotBlank String modelId,
      @RequestParam @NotBlank String region,
      @RequestParam @NotNull InferenceProfileType inferenceProfileType) {
    return reviews.estimate(requests.require(requestId), modelId, region, inferenceProfileType);
  }

  @PostMapping("/reviews/{requestId}/approve")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Operation(summary = "Approve: Agent Bill then generates every Cloud Engineer task")
  ApprovalView approve(@PathVariable String requestId, @Valid @RequestBody ApproveForm form) {
    return ApprovalView.of(reviews.approve(requestId, form));
  }

  @PostMapping("/reviews/{requestId}/reject")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Operation(summary = "Reject with a rationale the Product Owner is shown")
  DecisionView reject(@PathVariable String requestId, @Valid @RequestBody RationaleForm form) {
    return DecisionView.of(reviews.reject(requestId, form));
  }

  @PostMapping("/reviews/{requestId}/send-back")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Operation(summary = "Send back to the Product Owner for changes")
  DecisionView sendBack(@PathVariable String requestId, @Valid @RequestBody RationaleForm form) {
    return DecisionView.of(reviews.sendBack(requestId, form));
  }

  @GetMapping("/requests/{requestId}/decisions")
  @Operation(summary = "The FinOps decisions on a request, with their rationale")
  List<DecisionView> decisions(@PathVariable String requestId) {
    requests.visible(requestId);
    return reviews.decisionsOf(requestId).stream().map(DecisionView::of).toList();
  }

  private static QueueItem queueItem(BusinessRequest r, String productName) {
    return new QueueItem(
        r.id(),
        r.workloadName(),
        productName,
        r.mode().name(),
        r.requester(),
        r.useCase().label(),
        r.purpose(),
        r.teamSize(),
        r.requestsPerMonth(),
        r.monthlyBudgetEstimate(),
        r.businessCaseType() == null ? null : r.businessCaseType().label(),
        r.annualOpportunity(),
        r.runtime().name(),
        r.revision(),
        r.submittedAt());
  }

  private String productName(BusinessRequest r) {
    return products.get(workloads.findById(r.workloadId()).orElseThrow().productId()).name();
  }

  record QueueItem(
      String requestId,
      String workloadName,
      String productName,
      String mode,
      String requester,
      String useCase,
      String purpose,
      int teamSize,
      long requestsPerMonth,
      BigDecimal monthlyBudgetEstimate,
      String businessCaseType,
      BigDecimal annualOpportunity,
      String runtime,
      int revision,
      Instant submittedAt) {}

  record ReviewDetail(
      RequestView request,
      String productName,
      String suggestedRoleName,
      List<DecisionView> decisions,
      ApprovalView approval) {}
}
