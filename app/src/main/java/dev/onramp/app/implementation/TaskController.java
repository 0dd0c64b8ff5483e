package dev.onramp.app.implementation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stage 3 for the Cloud Engineer: Engineering Tracking, task detail, check-offs, implemented. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasRole('CLOUD_ENGINEER')")
@Tag(name = "Tasks (Cloud Engineer)")
class TaskController {

  private final TaskService tasks;
  private final TaskViews views;

  TaskController(TaskService tasks, TaskViews views) {
    this.tasks = tasks;
    this.views = views;
  }

  @GetMapping
  @Operation(
      summary = "Engineering Tracking: type, model, account, region, step progress, SLA, overdue",
      description =
          "Sort by slaDueAt (default), createdAt, status or overdue; every filter optional.")
  Page<TaskViews.TrackingItem> tracking(
      @RequestParam(required = false) String requestId,
      @RequestParam(required = false) TaskStatus status,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String modelId,
      @RequestParam(required = false) String accountId,
      @RequestParam(required = false) String region,
      @PageableDefault(size = 20, sort = "slaDueAt", direction = Sort.Direction.ASC)
          Pageable page) {
    return views.tracking(requestId, status, overdue, modelId, accountId, region, page);
  }

  @GetMapping("/{taskId}")
  @Operation(summary = "A task with the approval rationale and its pre-written steps")
  TaskViews.TaskDetail get(@PathVariable String taskId) {
    return views.detail(taskId);
  }

  @PostMapping("/{taskId}/steps/{stepNo}/check")
  @Operation(summary = "Check a step off (the first check moves the request to CE In Progress)")
  TaskViews.TaskDetail check(@PathVariable String taskId, @PathVariable int stepNo) {
    tasks.checkStep(taskId, stepNo);
    return views.detail(taskId);
  }

  @PostMapping("/{taskId}/steps/{stepNo}/uncheck")
  @Operation(summary = "Uncheck a step of an open task")
  TaskViews.TaskDetail uncheck(@PathVariable String taskId, @PathVariable int stepNo) {
    tasks.uncheckStep(taskId, stepNo);
    return views.detail(taskId);
  }

  @PostMapping("/{taskId}/implemented")
  @Operation(summary = "Mark Implemented: every other step must be checked")
  TaskViews.TaskDetail implemented(@PathVariable String taskId) {
    tasks.markImplemented(taskId);
    return views.detail(taskId);
  }
}
