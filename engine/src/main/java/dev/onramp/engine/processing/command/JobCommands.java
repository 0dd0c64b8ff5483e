package dev.onramp.engine.processing.command;

import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.behavior.IncidentBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Job activation, completion, failure, BPMN errors, retries and timeouts. */
public final class JobCommands {

  private final BpmnStepper bpmn;

  public JobCommands(BpmnStepper bpmn) {
    this.bpmn = bpmn;
  }

  /** Activates up to {@code max} jobs of the type; an empty list when none is activatable. */
  public List<ActivatedJob> activate(
      CommandContext context,
      String type,
      String worker,
      long timeout,
      int max,
      List<String> fetchVariables) {
    bpmn.in(context);
    List<ActivatedJob> activated = new ArrayList<>();
    for (Job job : bpmn.state().jobs.activatable(type, max)) {
      long deadline = context.now() + timeout;
      bpmn.state().jobs.activate(job.key(), worker, deadline);
      Map<String, String> visible =
          bpmn.state()
              .variables
              .visibleJson(bpmn.state().elementInstances.scopeChain(job.elementInstanceKey()));
      Map<String, String> variables;
      if (fetchVariables == null || fetchVariables.isEmpty()) {
        variables = visible;
      } else {
        variables = new LinkedHashMap<>();
        for (String name : fetchVariables) {
          if (visible.containsKey(name)) {
            variables.put(name, visible.get(name));
          }
        }
      }
      activated.add(new ActivatedJob(job, worker, deadline, variables));
      context.afterCommit(() -> bpmn.events().dueAt(deadline));
    }
    return activated;
  }

  public Command<Void> complete(long jobKey, Map<String, String> variables) {
    return context -> {
      bpmn.in(context);
      Job job = openJob(jobKey, "complete");
      ElementInstance instance = bpmn.state().elementInstances.get(job.elementInstanceKey());
      bpmn.state().jobs.end(job.key(), "COMPLETED", context.now());
      if ("EXECUTION_LISTENER".equals(job.kind())) {
        bpmn.variables()
            .merge(instance.key(), instance.processInstanceKey(), variables, instance.tenantId());
        bpmn.listenerCompleted(instance, job.listenerEventType());
        return null;
      }
      ExecutableElement element = bpmn.elementOf(instance);
      bpmn.variables().applyCompletionVariables(instance, element, variables);
      bpmn.complete(instance);
      return null;
    };
  }

  public Command<Void> fail(
      long jobKey, int retries, String errorMessage, long retryBackOff, Map<String, String> vars) {
    return context -> {
      bpmn.in(context);
      Job job = openJob(jobKey, "fail");
      ElementInstance instance = bpmn.state().elementInstances.get(job.elementInstanceKey());
      if (!vars.isEmpty()) {
        bpmn.state()
            .variables
            .setAllLocal(instance.key(), instance.processInstanceKey(), vars, instance.tenantId());
      }
      if (retries > 0 && retryBackOff > 0) {
        long retryAt = context.now() + retryBackOff;
        bpmn.state().jobs.fail(job.key(), retries, errorMessage, false, retryAt);
        context.afterCommit(() -> bpmn.events().dueAt(retryAt));
      } else if (retries > 0) {
        bpmn.state().jobs.fail(job.key(), retries, errorMessage, true, null);
        context.afterCommit(() -> bpmn.events().jobsAvailable(job.type()));
      } else {
        bpmn.state().jobs.fail(job.key(), 0, errorMessage, false, null);
        bpmn.incidents()
            .raise(
                context,
                instance,
                job.key(),
                "JOB_NO_RETRIES",
                errorMessage == null || errorMessage.isBlank()
                    ? "No more retries left."
                    : errorMessage,
                IncidentBehavior.JOB);
      }
      return null;
    };
  }

  public Command<Void> throwError(
      long jobKey, String errorCode, String errorMessage, Map<String, String> variables) {
    return context -> {
      bpmn.in(context);
      Job job = openJob(jobKey, "throw an error for");
      ElementInstance instance = bpmn.state().elementInstances.get(job.elementInstanceKey());
      bpmn.state().jobs.errorThrown(job.key(), errorCode, errorMessage);
      if (!bpmn.throwError(instance, errorCode, variables)) {
        bpmn.incidents()
            .raise(
                context,
                instance,
                job.key(),
                "UNHANDLED_ERROR_EVENT",
                "Expected to throw an error event with the code '"
                    + errorCode
                    + "'"
                    + (errorMessage == null || errorMessage.isBlank()
                        ? ""
                        : " with message '" + errorMessage + "'")
                    + ", but it was not caught. No error events are available in the scope.",
                IncidentBehavior.JOB);
      }
      return null;
    };
  }

  /** PATCH /jobs/{key}: retries and/or timeout. */
  public Command<Void> update(long jobKey, Integer retries, Long timeout) {
    return context -> {
      bpmn.in(context);
      Job job = bpmn.state().jobs.find(jobKey);
      if (job == null || !job.isOpen()) {
        throw notFound(jobKey, "update");
      }
      if (retries != null) {
        if (retries < 1) {
          throw EngineProblem.invalidArgument(
              "Expected to update job with key '"
                  + jobKey
                  + "' with a positive amount of retries, but the amount given was '"
                  + retries
                  + "'");
        }
        boolean stillActivatable = job.activatable();
        bpmn.state().jobs.updateRetries(job.key(), retries, stillActivatable);
      }
      if (timeout != null) {
        if (!job.isActivated()) {
          throw EngineProblem.notFound(
              "Expected to update the timeout of job with key '"
                  + jobKey
                  + "', but it is not active");
        }
        long deadline = context.now() + timeout;
        bpmn.state().jobs.updateDeadline(job.key(), deadline);
        context.afterCommit(() -> bpmn.events().dueAt(deadline));
      }
      return null;
    };
  }

  /** The job's deadline passed: it goes back to the workers. */
  public Command<Void> timeOut(long jobKey) {
    return context -> {
      Job job = bpmn.state().jobs.find(jobKey);
      if (job != null
          && job.isOpen()
          && job.deadline() != null
          && job.deadline() <= context.now()) {
        bpmn.state().jobs.timeOut(job.key());
        context.afterCommit(() -> bpmn.events().jobsAvailable(job.type()));
      }
      return null;
    };
  }

  /** The retry back-off elapsed: the failed job can be activated again. */
  public Command<Void> backOffElapsed(long jobKey) {
    return context -> {
      Job job = bpmn.state().jobs.find(jobKey);
      if (job != null && job.isOpen() && job.retryAt() != null && job.retryAt() <= context.now()) {
        bpmn.state().jobs.makeActivatable(job.key());
        context.afterCommit(() -> bpmn.events().jobsAvailable(job.type()));
      }
      return null;
    };
  }

  /** A job a worker may act on: activatable or activated (Zeebe accepts both). */
  private Job openJob(long jobKey, String action) {
    Job job = bpmn.state().jobs.find(jobKey);
    if (job == null || !job.isOpen()) {
      throw notFound(jobKey, action);
    }
    if (!job.activatable() && !job.isActivated()) {
      throw EngineProblem.invalidState(
          "Expected to "
              + action
              + " job with key '"
              + jobKey
              + "', but it is in state '"
              + job.state()
              + "'");
    }
    return job;
  }

  private static EngineProblem notFound(long jobKey, String action) {
    return EngineProblem.notFound(
        "Expected to " + action + " job with key '" + jobKey + "', but no such job was found");
  }
}
