package dev.onramp.app.pages;

import dev.onramp.app.audit.AuditEvent;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.claim.HandoffService;
import dev.onramp.app.claim.HandoffView;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.identity.Role;
import dev.onramp.app.implementation.CeTask;
import dev.onramp.app.implementation.CeTaskRepository;
import dev.onramp.app.org.OrgNode;
import dev.onramp.app.org.Products;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.RequestStatus;
import dev.onramp.app.request.RequestView;
import dev.onramp.app.request.WorkloadRepository;
import dev.onramp.app.request.WorkloadService;
import dev.onramp.app.request.WorkloadView;
import dev.onramp.app.review.ReviewDecision;
import dev.onramp.app.review.ReviewService;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Spaces, the Product Owner's area: my workloads, the Add Workload wizard, and the request page
 * every persona opens from a notification (timeline, decisions, claim, Developer Handoff).
 */
@Controller
@WithLayout
class SpacesPageController {

  private static final Set<RequestStatus> WITH_HANDOFF =
      EnumSet.of(RequestStatus.READY_TO_CLAIM, RequestStatus.LIVE);

  private final WorkloadService workloads;
  private final WorkloadRepository workloadRepository;
  private final RequestService requests;
  private final ReviewService reviews;
  private final HandoffService handoffs;
  private final CeTaskRepository tasks;
  private final AuditLog audit;
  private final Products products;
  private final CurrentUser currentUser;
  private final PageJson json;

  SpacesPageController(
      WorkloadService workloads,
      WorkloadRepository workloadRepository,
      RequestService requests,
      ReviewService reviews,
      HandoffService handoffs,
      CeTaskRepository tasks,
      AuditLog audit,
      Products products,
      CurrentUser currentUser,
      PageJson json) {
    this.workloads = workloads;
    this.workloadRepository = workloadRepository;
    this.requests = requests;
    this.reviews = reviews;
    this.handoffs = handoffs;
    this.tasks = tasks;
    this.audit = audit;
    this.products = products;
    this.currentUser = currentUser;
    this.json = json;
  }

  @GetMapping("/spaces")
  @PreAuthorize("hasRole('PRODUCT_OWNER')")
  String myWorkloads(
      @RequestParam(required = false) RequestStatus status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Page<WorkloadView> found =
        workloads.list(
            status,
            PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "updatedAt")));
    model.addAttribute("workloads", found);
    model.addAttribute("status", status);
    model.addAttribute("statuses", RequestStatus.values());
    return "pages/spaces";
  }

  @GetMapping("/spaces/new")
  @PreAuthorize("hasRole('PRODUCT_OWNER')")
  String addWorkload(Model model) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mode", "NEW");
    data.putAll(options());
    return requestForm(model, data, "POST", "/api/requests", "Add Workload");
  }

  @GetMapping("/requests/{id}/edit")
  @PreAuthorize("hasRole('PRODUCT_OWNER')")
  @Transactional(readOnly = true)
  String revise(@PathVariable String id, Model model) {
    BusinessRequest request = requests.visible(id);
    Map<String, Object> data = new LinkedHashMap<>(json.map(RequestView.of(request)));
    // The request names its workload; the form asks for the workload's product.
    data.put("productId", workloads.get(request.workloadId()).productId());
    data.putAll(options());
    data.put(
        "rationale",
        reviews.decisionsOf(id).stream()
            .reduce((first, second) -> second)
            .map(ReviewDecision::rationale)
            .orElse(null));
    return requestForm(model, data, "PUT", "/api/requests/" + id, "Revise request");
  }

  private String requestForm(
      Model model, Map<String, Object> data, String method, String submitUrl, String title) {
    model.addAttribute("title", title);
    model.addAttribute("schema", json.form("workload-request"));
    model.addAttribute("data", json.of(data));
    model.addAttribute("method", method);
    model.addAttribute("submitUrl", submitUrl);
    return "pages/request-form";
  }

  /**
   * The product and workload choices the form's selects offer: only the person's own products, and
   * their Live workloads, the ones an AI capability can be added to.
   */
  private Map<String, Object> options() {
    List<OrgNode> mine = products.ownedBy(currentUser.username());
    Map<String, String> productNames =
        mine.stream().collect(Collectors.toMap(OrgNode::id, OrgNode::name));
    List<Map<String, String>> productOptions =
        mine.stream().map(p -> Map.of("label", p.name(), "value", p.id())).toList();
    // By product, not through the workload list: a FinOps Lead lists every workload there.
    List<Map<String, String>> workloadOptions =
        mine.isEmpty()
            ? List.of()
            : workloadRepository
                .findOwnedByAndStatus(
                    currentUser.username(),
                    RequestStatus.LIVE,
                    PageRequest.of(0, 200, Sort.by("name")))
                .stream()
                .map(
                    w ->
                        Map.of(
                            "label",
                            w.name() + " (" + productNames.get(w.productId()) + ")",
                            "value",
                            w.id()))
                .toList();
    return Map.of("productOptions", productOptions, "workloadOptions", workloadOptions);
  }

  @GetMapping("/requests/{id}")
  @Transactional(readOnly = true)
  String request(@PathVariable String id, Model model) {
    BusinessRequest request = requests.visible(id);
    model.addAttribute("request", RequestView.of(request));
    model.addAttribute("timeline", timeline(id));
    model.addAttribute("decisions", reviews.decisionsOf(id));
    List<CeTask> requestTasks = tasks.findByRequestIdOrderBySeq(id);
    model.addAttribute("tasks", requestTasks);
    model.addAttribute("isOwner", currentUser.has(Role.PRODUCT_OWNER));
    // Separation of duties: nobody reviews their own request, whatever roles they hold.
    model.addAttribute(
        "canReview",
        currentUser.has(Role.FINOPS_LEAD) && !request.requester().equals(currentUser.username()));
    model.addAttribute("canImplement", currentUser.has(Role.CLOUD_ENGINEER));
    model.addAttribute(
        "canClaim",
        request.status() == RequestStatus.READY_TO_CLAIM
            && handoffs.claimCandidates(id).contains(currentUser.username()));
    HandoffView handoff = WITH_HANDOFF.contains(request.status()) ? handoffs.view(id) : null;
    model.addAttribute("handoff", handoff);
    return "pages/request";
  }

  private List<TimelineEntry> timeline(String requestId) {
    return audit.forSubject("request", requestId).stream().map(TimelineEntry::of).toList();
  }

  /** One transition: what happened, who did it (a person or Agent Bill), when. */
  public record TimelineEntry(
      String action, String who, String actorType, String when, String detail) {

    static TimelineEntry of(AuditEvent event) {
      return new TimelineEntry(
          event.getAction().replace('-', ' '),
          event.getActorName(),
          event.getActorType().name(),
          Dates.INSTANCE.show(event.getOccurredAt()),
          event.getDetail());
    }
  }
}
