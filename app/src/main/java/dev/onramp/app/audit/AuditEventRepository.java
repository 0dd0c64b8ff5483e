package dev.onramp.app.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

  List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(
      String subjectType, String subjectId);
}
