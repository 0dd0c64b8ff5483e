package dev.onramp.app.request;

import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.identity.Role;
import dev.onramp.app.org.Products;
import dev.onramp.app.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workloads as each persona may see them: Product Owners those of their products. */
@Service
@Transactional(readOnly = true)
public class WorkloadService {

  private final WorkloadRepository workloads;
  private final BusinessRequestRepository requests;
  private final AiComponentRepository components;
  private final Products products;
  private final CurrentUser currentUser;

  WorkloadService(
      WorkloadRepository workloads,
      BusinessRequestRepository requests,
      AiComponentRepository components,
      Products products,
      CurrentUser currentUser) {
    this.workloads = workloads;
    this.requests = requests;
    this.components = components;
    this.products = products;
    this.currentUser = currentUser;
  }

  /** The caller's workloads: those of the products they own (all, for FinOps Leads). */
  public Page<WorkloadView> list(RequestStatus status, Pageable page) {
    Page<Workload> found;
    if (currentUser.has(Role.FINOPS_LEAD)) {
      found = status == null ? workloads.findAll(page) : workloads.findByStatus(status, page);
    } else {
      found =
          status == null
              ? workloads.findOwnedBy(currentUser.username(), page)
              : workloads.findOwnedByAndStatus(currentUser.username(), status, page);
    }
    return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
  }

  public WorkloadView get(String workloadId) {
    Workload workload =
        workloads
            .findById(workloadId)
            .filter(this::canSee)
            .orElseThrow(() -> new NotFoundException("Workload", workloadId));
    return views(List.of(workload)).get(0);
  }

  /** Product Owners see their products' workloads; FinOps Leads and Cloud Engineers all. */
  public boolean canSee(Workload workload) {
    return currentUser.has(Role.FINOPS_LEAD)
        || currentUser.has(Role.CLOUD_ENGINEER)
        || products.get(workload.productId()).isOwnedBy(currentUser.username());
  }

  /**
   * Workloads with their components, the components' request status and the product name, read for
   * all of them in three queries: per workload it was three queries each, 60 for a page.
   */
  private List<WorkloadView> views(List<Workload> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    List<String> ids = page.stream().map(Workload::id).toList();
    Map<String, List<AiComponent>> componentsOf =
        components.findByWorkloadIdInOrderByCreatedAt(ids).stream()
            .collect(Collectors.groupingBy(AiComponent::workloadId));
    Map<String, RequestStatus> statusOf =
        requests
            .findAllById(
                componentsOf.values().stream()
                    .flatMap(List::stream)
                    .map(AiComponent::requestId)
                    .toList())
            .stream()
            .collect(Collectors.toMap(BusinessRequest::id, BusinessRequest::status));
    Map<String, String> productNames = workloads.productNames(ids);
    return page.stream()
        .map(w -> view(w, componentsOf.getOrDefault(w.id(), List.of()), statusOf, productNames))
        .toList();
  }

  private static WorkloadView view(
      Workload w,
      List<AiComponent> components,
      Map<String, RequestStatus> statusOf,
      Map<String, String> productNames) {
    List<WorkloadView.ComponentView> parts =
        components.stream()
            .map(
                c -> {
                  RequestStatus s = statusOf.get(c.requestId());
                  return new WorkloadView.ComponentView(
                      c.id(),
                      c.name(),
                      c.requestId(),
                      s,
                      s.label(),
                      c.roleArn(),
                      c.modelId(),
                      c.accountId(),
                      c.region(),
                      c.claimedBy(),
                      c.claimedAt(),
                      c.attributionStartedAt());
                })
            .toList();
    return new WorkloadView(
        w.id(),
        w.name(),
        w.productId(),
        productNames.get(w.id()),
        w.status(),
        w.status().label(),
        w.createdBy(),
        w.createdAt(),
        w.updatedAt(),
        parts);
  }
}
