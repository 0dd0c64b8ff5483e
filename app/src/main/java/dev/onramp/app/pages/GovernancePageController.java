package dev.onramp.app.pages;

import dev.onramp.app.catalog.ModelCatalog;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.org.Products;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.BusinessRequestRepository;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.RequestStatus;
import dev.onramp.app.request.RequestView;
import dev.onramp.app.request.WorkloadRepository;
import dev.onramp.app.review.ReviewService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** AI Governance, the FinOps Lead's area: the review queue and the 4-step review. */
@Controller
@WithLayout
@PreAuthorize("hasRole('FINOPS_LEAD')")
class GovernancePageController {

  private final BusinessRequestRepository requestRepository;
  private final RequestService requests;
  private final WorkloadRepository workloads;
  private final Products products;
  private final ReviewService reviews;
  private final ModelCatalog catalog;
  private final CurrentUser currentUser;
  private final PageJson json;

  GovernancePageController(
      BusinessRequestRepository requestRepository,
      RequestService requests,
      WorkloadRepository workloads,
      Products products,
      ReviewService reviews,
      ModelCatalog catalog,
      CurrentUser currentUser,
      PageJson json) {
    this.requestRepository = requestRepository;
    this.requests = requests;
    this.workloads = workloads;
    this.products = products;
    this.reviews = reviews;
    this.catalog = catalog;
    this.currentUser = currentUser;
    this.json = json;
  }

  @GetMapping("/governance")
  @Transactional(readOnly = true)
  String queue(@RequestParam(defaultValue = "0") int page, Model model) {
    Page<BusinessRequest> found =
        requestRepository.findByStatusIn(
            Set.of(RequestStatus.PENDING_FA_REVIEW),
            PageRequest.of(Math.max(page, 0), 20, Sort.by("submittedAt")));
    // One query for the page's product names, not two per row.
    Map<String, String> productNames =
        workloads.productNames(found.map(BusinessRequest::workloadId).getContent());
    model.addAttribute("queue", found.map(r -> item(r, productNames)));
    return "pages/governance";
  }

  @GetMapping("/governance/{requestId}")
  @Transactional(readOnly = true)
  String review(@PathVariable String requestId, Model model) {
    BusinessRequest request = requests.require(requestId);
    Map<String, Object> data = new LinkedHashMap<>(json.map(RequestView.of(request)));
    data.put("models", catalog.list(null));
    data.put("roleName", reviews.suggestedRoleName(request));
    data.put("priority", "NORMAL");
    model.addAttribute("item", item(request));
    model.addAttribute("schema", json.form("finops-review"));
    model.addAttribute("data", json.of(data));
    return "pages/review";
  }

  private QueueItem item(BusinessRequest r) {
    return item(r, workloads.productNames(List.of(r.workloadId())));
  }

  private QueueItem item(BusinessRequest r, Map<String, String> productNames) {
    return new QueueItem(
        RequestView.of(r),
        productNames.get(r.workloadId()),
        r.requester().equals(currentUser.username()));
  }

  /**
   * A request with the business context the FinOps Lead decides on; {@code own} when the person
   * asked for it themselves (someone with several roles), which separation of duties keeps them
   * from deciding.
   */
  public record QueueItem(RequestView request, String productName, boolean own) {}
}
