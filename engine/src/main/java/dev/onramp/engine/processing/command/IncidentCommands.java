package dev.onramp.engine.processing.command;

import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.behavior.IncidentBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Incident;
import dev.onramp.engine.state.Job;

/** Resolving an incident retries what failed. */
public final class IncidentCommands {

  private final BpmnStepper bpmn;

  public IncidentCommands(BpmnStepper bpmn) {
    this.bpmn = bpmn;
  }

  public Command<Void> resolve(long incidentKey) {
    return context -> {
      bpmn.in(context);
      Incident incident = bpmn.state().incidents.find(incidentKey);
      if (incident == null || !"ACTIVE".equals(incident.state())) {
        throw EngineProblem.notFound(
            "Expected to resolve incident with key '"
                + incidentKey
                + "', but no such incident was found");
      }
      ElementInstance instance = bpmn.state().elementInstances.get(incident.elementInstanceKey());
      if (IncidentBehavior.JOB.equals(incident.failedStep())) {
        Job job = bpmn.state().jobs.find(incident.jobKey());
        if (job != null
            && job.isOpen()
            && job.retries() <= 0
            && !"ERROR_THROWN".equals(job.state())) {
          throw EngineProblem.invalidState(
              "Expected to resolve incident with key '"
                  + incidentKey
                  + "', but job with key '"
                  + job.key()
                  + "' has no retries left; update the job's retries first");
        }
        bpmn.incidents().resolve(incident.key(), instance.key(), instance.processInstanceKey());
        if (job != null && job.isOpen()) {
          bpmn.state().jobs.makeActivatable(job.key());
          context.afterCommit(() -> bpmn.events().jobsAvailable(job.type()));
        }
        return null;
      }
      bpmn.incidents().resolve(incident.key(), instance.key(), instance.processInstanceKey());
      ElementInstance current = bpmn.state().elementInstances.get(instance.key());
      switch (incident.failedStep()) {
        case IncidentBehavior.ACTIVATE -> bpmn.activate(current, null);
        case IncidentBehavior.ACTIVATED ->
            bpmn.runActivated(current, bpmn.elementOf(current), null);
        default -> bpmn.continueCompletion(current, current.listenerIndex() == 0);
      }
      return null;
    };
  }
}
