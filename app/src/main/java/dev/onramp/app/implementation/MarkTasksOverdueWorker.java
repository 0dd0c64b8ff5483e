package dev.onramp.app.implementation;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Job type {@code mark-tasks-overdue}: the SLA passed with tasks still open. Agent Bill flags them
 * overdue; they stay open and the Engineering Tracking queue shows them so. The process then
 * escalates to the FinOps Lead.
 */
@Component
public class MarkTasksOverdueWorker {

  private final CeTaskRepository tasks;
  private final AuditLog audit;
  private final TransactionTemplate transactions;

  MarkTasksOverdueWorker(CeTaskRepository tasks, AuditLog audit, TransactionTemplate transactions) {
    this.tasks = tasks;
    this.audit = audit;
    this.transactions = transactions;
  }

  @JobWorker(type = "mark-tasks-overdue")
  public void markOverdue(ActivatedJob job, @Variable String requestId) {
    transactions.executeWithoutResult(status -> flag(requestId, "job-" + job.getKey()));
  }

  private void flag(String requestId, String dedupKey) {
    int flagged = 0;
    for (CeTask task : tasks.findByRequestIdOrderBySeq(requestId)) {
      if (task.status() == TaskStatus.OPEN && !task.overdue()) {
        task.markOverdue();
        tasks.save(task);
        flagged++;
      }
    }
    audit.recordOnce(
        dedupKey,
        Actor.AGENT_BILL,
        "sla-breached",
        "request",
        requestId,
        flagged + " open task(s) flagged overdue");
  }
}
