package dev.onramp.app.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AiComponentRepository extends JpaRepository<AiComponent, String> {

  Optional<AiComponent> findByRequestId(String requestId);

  List<AiComponent> findByWorkloadIdInOrderByCreatedAt(Collection<String> workloadIds);
}
