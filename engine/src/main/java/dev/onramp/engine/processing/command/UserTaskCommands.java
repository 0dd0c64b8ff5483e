package dev.onramp.engine.processing.command;

import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.UserTask;
import java.util.Map;

/** Assigning, updating and completing Camunda user tasks. */
public final class UserTaskCommands {

  private final BpmnStepper bpmn;

  public UserTaskCommands(BpmnStepper bpmn) {
    this.bpmn = bpmn;
  }

  public Command<Void> assign(long key, String assignee, boolean allowOverride) {
    return context -> {
      UserTask task = openTask(key, "assign");
      if (!allowOverride && task.assignee() != null && !task.assignee().equals(assignee)) {
        throw EngineProblem.invalidState(
            "Expected to assign user task with key '"
                + key
                + "', but it is already assigned to '"
                + task.assignee()
                + "' and override is not allowed");
      }
      bpmn.state().userTasks.assign(key, assignee);
      return null;
    };
  }

  public Command<Void> unassign(long key) {
    return context -> {
      openTask(key, "unassign");
      bpmn.state().userTasks.assign(key, null);
      return null;
    };
  }

  public Command<Void> update(
      long key,
      Long dueDate,
      Long followUpDate,
      String candidateGroups,
      String candidateUsers,
      Integer priority) {
    return context -> {
      openTask(key, "update");
      if (priority != null && (priority < 0 || priority > 100)) {
        throw EngineProblem.invalidArgument(
            "The value for priority is '" + priority + "' but must be within the [0,100] range.");
      }
      bpmn.state()
          .userTasks
          .update(key, dueDate, followUpDate, candidateGroups, candidateUsers, priority);
      return null;
    };
  }

  public Command<Void> complete(long key, Map<String, String> variables) {
    return context -> {
      bpmn.in(context);
      UserTask task = openTask(key, "complete");
      ElementInstance instance = bpmn.state().elementInstances.get(task.elementInstanceKey());
      if (!ElementInstance.ACTIVATED.equals(instance.lifecycle())) {
        throw EngineProblem.invalidState(
            "Expected to complete user task with key '"
                + key
                + "', but its element is not waiting for it");
      }
      ExecutableElement element = bpmn.elementOf(instance);
      bpmn.state().userTasks.end(key, "COMPLETED", context.now());
      bpmn.variables().applyCompletionVariables(instance, element, variables);
      bpmn.complete(instance);
      return null;
    };
  }

  private UserTask openTask(long key, String action) {
    UserTask task = bpmn.state().userTasks.find(key);
    if (task == null || !task.isOpen()) {
      throw EngineProblem.notFound(
          "Expected to "
              + action
              + " user task with key '"
              + key
              + "', but no such user task was found");
    }
    return task;
  }
}
