package dev.onramp.app.implementation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CeTaskRepository extends JpaRepository<CeTask, String> {

  List<CeTask> findByRequestIdOrderBySeq(String requestId);

  /** The Engineering Tracking queue; every filter is optional. */
  @Query(
      value =
          "select t from CeTask t, Approval a"
              + " where a.requestId = t.requestId"
              + " and (:requestId is null or t.requestId = :requestId)"
              + " and (:status is null or t.status = :status)"
              + " and (:overdue is null or t.overdue = :overdue)"
              + " and (:modelId is null or a.modelId = :modelId)"
              + " and (:accountId is null or a.accountId = :accountId)"
              + " and (:region is null or a.region = :region)",
      countQuery =
          "select count(t) from CeTask t, Approval a"
              + " where a.requestId = t.requestId"
              + " and (:requestId is null or t.requestId = :requestId)"
              + " and (:status is null or t.status = :status)"
              + " and (:overdue is null or t.overdue = :overdue)"
              + " and (:modelId is null or a.modelId = :modelId)"
              + " and (:accountId is null or a.accountId = :accountId)"
              + " and (:region is null or a.region = :region)")
  Page<CeTask> search(
      String requestId,
      TaskStatus status,
      Boolean overdue,
      String modelId,
      String accountId,
      String region,
      Pageable page);
}
