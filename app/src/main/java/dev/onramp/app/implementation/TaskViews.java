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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

  TaskViews(
      CeTaskRepository tasks,
      TaskService taskService,
      ApprovalRepository approvals,
      RequestService requests,
      ObjectMapper json) {
    this.tasks = tasks;
    this.taskService = taskService;
    this.approvals = approvals;
    this.requests = requests;
    this.json = json;
  }

  public Page<TrackingItem> tracking(
      String requestId,
      TaskStatus status,
      Boolean overdue,
      String modelId,
      String accountId,
      String region,
      Pageable page) {
    return tasks
        .search(requestId, status, overdue, modelId, accountId, region, page)
        .map(
            t -> {
              Approval a = approvals.findById(t.requestId()).orElseThrow();
              BusinessRequest r = requests.require(t.requestId());
              List<CeTaskStep> steps = taskService.stepsOf(t.id());
              return new TrackingItem(
                  t.id(),
                  t.requestId(),
                  r.workloadName(),
                  a.platform(),
                  a.platform().label() + ": " + t.title(),
                  t.seq(),
                  a.modelId(),
                  a.accountId(),
                  a.region(),
                  (int) steps.stream().filter(CeTaskStep::checked).count(),
                  steps.size(),
                  t.slaDueAt(),
                  t.overdue(),
                  t.status(),
                  taskService.isCurrent(t));
            });
  }

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
