package dev.onramp.app.request;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkloadRepository extends JpaRepository<Workload, String> {

  Page<Workload> findByStatus(RequestStatus status, Pageable page);

  /**
   * The workloads of the products a person owns. Asked in one query: loading the person's product
   * nodes first also loads every node's owners, one query per product.
   */
  @Query(
      "select w from Workload w where w.productId in"
          + " (select n.id from OrgNode n join n.owners o where o = :username)")
  Page<Workload> findOwnedBy(String username, Pageable page);

  @Query(
      "select w from Workload w where w.status = :status and w.productId in"
          + " (select n.id from OrgNode n join n.owners o where o = :username)")
  Page<Workload> findOwnedByAndStatus(String username, RequestStatus status, Pageable page);

  /** Workload id → its product's name, for a page of workloads in one query. */
  default Map<String, String> productNames(Collection<String> workloadIds) {
    if (workloadIds.isEmpty()) {
      return Map.of();
    }
    return findProductNames(workloadIds).stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
  }

  @Query(
      "select w.id, n.name from Workload w, OrgNode n"
          + " where n.id = w.productId and w.id in :workloadIds")
  List<Object[]> findProductNames(Collection<String> workloadIds);
}
