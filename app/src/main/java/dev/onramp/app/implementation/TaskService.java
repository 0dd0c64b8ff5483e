package dev.onramp.app.implementation;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.process.AfterCommit;
import dev.onramp.app.process.OnboardingProcess;
import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import dev.onramp.app.request.RequestStatus;
import dev.onramp.app.review.Approval;
import dev.onramp.app.review.ApprovalRepository;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.ForbiddenActionException;
import dev.onramp.app.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Cloud Engineer's actions on a task: check and uncheck steps, Mark Implemented. Only a Cloud
 * Engineer who did not approve the request may act (separation of duties by instance), and only on
 * the task of the chain that is due now.
 */
@Service
public class TaskService {

  private final CeTaskRepository tasks;
  private final CeTaskStepRepository steps;
  private final ApprovalRepository approvals;
  private final RequestService requests;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final OnboardingProcess process;
  private final AfterCommit afterCommit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  TaskService(
      CeTaskRepository tasks,
      CeTaskStepRepository steps,
      ApprovalRepository approvals,
      RequestService requests,
      CurrentUser currentUser,
      AuditLog audit,
      OnboardingProcess process,
      AfterCommit afterCommit,
      TransactionTemplate transactions,
      Clock clock) {
    this.tasks = tasks;
    this.steps = steps;
    this.approvals = approvals;
    this.requests = requests;
    this.currentUser = currentUser;
    this.audit = audit;
    this.process = process;
    this.afterCommit = afterCommit;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CeTask require(String taskId) {
    return tasks.findById(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
  }

  @Transactional(readOnly = true)
  public List<CeTaskStep> stepsOf(String taskId) {
    return steps.findByTaskIdOrderByStepNo(taskId);
  }

  /** The task of its chain that may be worked now: the first one not yet implemented. */
  @Transactional(readOnly = true)
  public boolean isCurrent(CeTask task) {
    return task.status() == TaskStatus.OPEN
        && tasks.findByRequestIdOrderBySeq(task.requestId()).stream()
            .filter(t -> t.status() == TaskStatus.OPEN)
            .findFirst()
            .map(t -> t.id().equals(task.id()))
            .orElse(false);
  }

  /**
   * Checks a step off. The first check on a request tells the process that work started, which
   * moves the request to CE In Progress.
   */
  public void checkStep(String taskId, int stepNo) {
    CeTask task = workable(taskId, "check-step");
    CeTaskStep step = step(taskId, stepNo);
    if (step.completion()) {
      throw new ConflictException("Step " + stepNo + " is checked by Mark Implemented.");
    }
    if (step.checked()) {
      return;
    }
    String user = currentUser.username();
    transactions.executeWithoutResult(
        status -> {
          Instant now = clock.instant();
          CeTaskStep s = step(taskId, stepNo);
          s.check(user, now);
          steps.save(s);
          CeTask t = require(taskId);
          t.start(user, now);
          tasks.save(t);
          audit.record(
              Actor.person(user),
              "step-checked",
              "request",
              task.requestId(),
              t.title() + " — step " + stepNo + ": " + s.title());
        });
    if (requests.require(task.requestId()).status() == RequestStatus.APPROVED) {
      process.workStarted(task.requestId());
    }
  }

  @Transactional
  public void uncheckStep(String taskId, int stepNo) {
    workable(taskId, "uncheck-step");
    CeTaskStep step = step(taskId, stepNo);
    if (step.completion()) {
      throw new ConflictException("Step " + stepNo + " is checked by Mark Implemented.");
    }
    step.uncheck();
    steps.save(step);
    audit.record(
        Actor.person(currentUser.username()),
        "step-unchecked",
        "request",
        require(taskId).requestId(),
        "Step " + stepNo + ": " + step.title());
  }

  /** Every other step checked: the task is implemented and the process moves on. */
  public CeTask markImplemented(String taskId) {
    CeTask task = workable(taskId, "mark-implemented");
    List<Integer> unchecked =
        stepsOf(taskId).stream()
            .filter(s -> !s.completion() && !s.checked())
            .map(CeTaskStep::stepNo)
            .toList();
    if (!unchecked.isEmpty()) {
      throw new ConflictException(
          "Check every step before marking the task implemented; open steps: " + unchecked + ".");
    }
    BusinessRequest request = requests.require(task.requestId());
    String user = currentUser.username();
    afterCommit.write(
        () -> {
          Instant now = clock.instant();
          CeTask t = require(taskId);
          t.implemented(user, now);
          t.start(user, now);
          tasks.save(t);
          stepsOf(taskId).stream()
              .filter(CeTaskStep::completion)
              .forEach(
                  s -> {
                    s.check(user, now);
                    steps.save(s);
                  });
          audit.record(Actor.person(user), "task-implemented", "request", t.requestId(), t.title());
          return t;
        },
        t ->
            process.complete(
                request.processInstanceKey(),
                OnboardingProcess.IMPLEMENT_TASK,
                Map.of("implementedBy", user)),
        t -> {
          CeTask undo = require(taskId);
          undo.reopen();
          tasks.save(undo);
          stepsOf(taskId).stream()
              .filter(CeTaskStep::completion)
              .forEach(
                  s -> {
                    s.uncheck();
                    steps.save(s);
                  });
        });
    return require(taskId);
  }

  private CeTask workable(String taskId, String action) {
    CeTask task = require(taskId);
    Approval approval = approvals.findById(task.requestId()).orElseThrow();
    if (approval.approvedBy().equals(currentUser.username())) {
      throw new ForbiddenActionException(
          action,
          "task",
          taskId,
          "The FinOps Lead who approved a request never works its engineer tasks.");
    }
    if (task.status() != TaskStatus.OPEN) {
      throw new ConflictException("The task is already implemented.");
    }
    if (!isCurrent(task)) {
      throw new ConflictException(
          "This task waits for the earlier tasks of its chain to be implemented.");
    }
    return task;
  }

  private CeTaskStep step(String taskId, int stepNo) {
    return stepsOf(taskId).stream()
        .filter(s -> s.stepNo() == stepNo)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Step", stepNo + " of task " + taskId));
  }
}
