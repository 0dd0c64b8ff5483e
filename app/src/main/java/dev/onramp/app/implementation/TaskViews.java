package dev.onramp.app.implementation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.provisioning.Platform;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.review.Approval;
import dev.onramp.app.review.ApprovalRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tasks as the Cloud Engineer sees them. */
@Component
@Transactional(readOnly = true)
public class TaskViews {

  private final CeTaskRepository tasks;
  private final TaskService taskService;
  private final ApprovalRepository approvals;
  private final RequestService requests;
  private final ObjectMapper json;
  private final JdbcClient jdbc;

  TaskViews(
      CeTaskRepository tasks,
      TaskService taskService,
      ApprovalRepository approvals,
      RequestService requests,
      ObjectMapper json,
      JdbcClient jdbc) {
    this.tasks = tasks;
    this.taskService = taskService;
    this.approvals = approvals;
    this.requests = requests;
    this.json = json;
    this.jdbc = jdbc;
  }

  public Page<TrackingItem> tracking(
      String requestId,
      TaskStatus status,
      Boolean overdue,
      String modelId,
      String accountId,
      String region,
      Pageable page) {
    Page<CeTask> found = tasks.search(requestId, status, overdue, modelId, accountId, region, page);
    Map<String, RowFacts> facts = rowFacts(found.map(CeTask::id).getContent());
    return found.map(
        t -> {
          RowFacts f = facts.get(t.id());
          return new TrackingItem(
              t.id(),
              t.requestId(),
              f.workloadName(),
              f.platform(),
              f.platform().label() + ": " + t.title(),
              t.seq(),
              f.modelId(),
              f.accountId(),
              f.region(),
              f.stepsChecked(),
              f.stepsTotal(),
              t.slaDueAt(),
              t.overdue(),
              t.status(),
              f.workable());
        });
  }

  /**
   * What a tracking row shows besides the task itself, for a whole page in one query: reading the
   * approval, the request and the steps (with their generated content) per row made a page of 20
   * cost 80 queries. Workable is {@link TaskService#isCurrent}: open, and no open task earlier in
   * its chain.
   */
  private Map<String, RowFacts> rowFacts(List<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            select t.id, r.workload_name, a.platform, a.model_id, a.account_id, a.region,
                   (select count(*) from ce_task_step s where s.task_id = t.id and s.checked),
                   (select count(*) from ce_task_step s where s.task_id = t.id),
                   case when t.status = 'OPEN' and not exists (select 1 from ce_task e
                     where e.request_id = t.request_id and e.status = 'OPEN' and e.seq < t.seq)
                   then 1 else 0 end
            from ce_task t
            join approval a on a.request_id = t.request_id
            join business_request r on r.id = t.request_id
            where t.id in (:ids)
            """)
        .param("ids", taskIds)
        .query(
            (rs, n) ->
                new RowFacts(
                    rs.getString(1),
                    rs.getString(2),
                    Platform.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9) == 1))
        .list()
        .stream()
        .collect(Collectors.toMap(RowFacts::taskId, Function.identity()));
  }

  private record RowFacts(
      String taskId,
      String workloadName,
      Platform platform,
      String modelId,
      String accountId,
      String region,
      int stepsChecked,
      int stepsTotal,
      boolean workable) {}

  public TaskDetail detail(String taskId) {
    CeTask t = taskService.require(taskId);
    Approval a = approvals.findById(t.requestId()).orElseThrow();
    BusinessRequest r = requests.require(t.requestId());
    List<StepView> steps =
        taskService.stepsOf(taskId).stream()
            .map(
                s -> {
                  StepContent content = read(s.contentJson());
                  return new StepView(
                      s.stepNo(),
                      s.stepKey(),
                      s.title(),
                      s.instructions(),
                      content,
                      s.completion(),
                      s.checked(),
                      s.checkedBy(),
                      s.checkedAt());
                })
            .toList();
    return new TaskDetail(
        t.id(),
        t.requestId(),
        r.workloadName(),
        t.seq(),
        tasks.findByRequestIdOrderBySeq(t.requestId()).size(),
        t.title(),
        t.summary(),
        a.platform(),
        a.modelId(),
        a.accountId(),
        a.region(),
        a.roleName(),
        a.rationale(),
        a.approvedBy(),
        a.priority().label(),
        t.slaDueAt(),
        t.overdue(),
        t.status(),
        taskService.isCurrent(t),
        (int) steps.stream().filter(StepView::checked).count(),
        steps.size(),
        steps);
  }

  private StepContent read(String content) {
    try {
      return json.readValue(content, StepContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public record TrackingItem(
      String taskId,
      String requestId,
      String workloadName,
      Platform platform,
      String type,
      int seq,
      String modelId,
      String accountId,
      String region,
      int stepsChecked,
      int stepsTotal,
      Instant slaDueAt,
      boolean overdue,
      TaskStatus status,
      boolean workable) {}

  public record TaskDetail(
      String taskId,
      String requestId,
      String workloadName,
      int seq,
      int tasksInChain,
      String title,
      String summary,
      Platform platform,
      String modelId,
      String accountId,
      String region,
      String roleName,
      String approvalRationale,
      String approvedBy,
      String priority,
      Instant slaDueAt,
      boolean overdue,
      TaskStatus status,
      boolean workable,
      int stepsChecked,
      int stepsTotal,
      List<StepView> steps) {}

  public record StepView(
      int stepNo,
      String key,
      String title,
      String instructions,
      StepContent content,
      boolean completion,
      boolean checked,
      String checkedBy,
      Instant checkedAt) {}
}
