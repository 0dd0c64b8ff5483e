package dev.onramp.app.request;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkloadRepository extends JpaRepository<Workload, String> {

  Page<Workload> findByStatus(RequestStatus status, Pageable page);

  Page<Workload> findByProductIdIn(Collection<String> productIds, Pageable page);

  Page<Workload> findByProductIdInAndStatus(
      Collection<String> productIds, RequestStatus status, Pageable page);
}
