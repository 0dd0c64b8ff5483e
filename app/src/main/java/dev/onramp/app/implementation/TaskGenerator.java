package dev.onramp.app.implementation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.provisioning.ProvisioningPlan;
import dev.onramp.app.provisioning.StepPlan;
import dev.onramp.app.provisioning.TaskPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the tasks and steps of an approved request's plan, once. */
@Service
class TaskGenerator {

  private final ProvisioningSpecs specs;
  private final CeTaskRepository tasks;
  private final CeTaskStepRepository steps;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;

  TaskGenerator(
      ProvisioningSpecs specs,
      CeTaskRepository tasks,
      CeTaskStepRepository steps,
      AuditLog audit,
      ObjectMapper json,
      Clock clock) {
    this.specs = specs;
    this.tasks = tasks;
    this.steps = steps;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  List<String> generate(String requestId, Instant slaDueAt) {
    List<CeTask> existing = tasks.findByRequestIdOrderBySeq(requestId);
    if (!existing.isEmpty()) {
      return existing.stream().map(CeTask::id).toList();
    }
    ProvisioningPlan plan = specs.planFor(requestId);
    Instant now = clock.instant();
    int seq = 0;
    for (TaskPlan taskPlan : plan.tasks()) {
      CeTask task =
          tasks.save(
              new CeTask(
                  requestId,
                  ++seq,
                  taskPlan.key(),
                  taskPlan.title(),
                  taskPlan.summary(),
                  slaDueAt,
                  now));
      int stepNo = 0;
      for (StepPlan step : taskPlan.steps()) {
        steps.save(
            new CeTaskStep(
                task.id(),
                ++stepNo,
                step.key(),
                step.title(),
                step.instructions(),
                content(step),
                step.marksImplemented()));
      }
    }
    audit.record(
        Actor.AGENT_BILL,
        "tasks-generated",
        "request",
        requestId,
        plan.tasks().size() + " Cloud Engineer task(s) for " + plan.platform().label());
    return tasks.findByRequestIdOrderBySeq(requestId).stream().map(CeTask::id).toList();
  }

  private String content(StepPlan step) {
    try {
      return json.writeValueAsString(new StepContent(step.commands(), step.files(), step.links()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
