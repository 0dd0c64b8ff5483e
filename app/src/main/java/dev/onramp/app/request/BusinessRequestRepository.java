package dev.onramp.app.request;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessRequestRepository extends JpaRepository<BusinessRequest, String> {

  Page<BusinessRequest> findByStatusIn(Collection<RequestStatus> statuses, Pageable page);
}
