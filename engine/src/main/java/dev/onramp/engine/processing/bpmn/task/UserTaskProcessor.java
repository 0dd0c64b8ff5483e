package dev.onramp.engine.processing.bpmn.task;

import dev.onramp.engine.feel.ExpressionException;
import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.model.UserTaskDefinition;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.processing.bpmn.FormNotFoundException;
import dev.onramp.engine.state.DefinitionStore;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Json;
import dev.onramp.engine.state.UserTask;
import dev.onramp.engine.state.UserTaskStore;
import java.util.Map;

/** Camunda user tasks: created on activation, completed through the user task API. */
public final class UserTaskProcessor implements ElementProcessor {

  static final int DEFAULT_PRIORITY = 50;

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance instance,
      ExecutableElement element,
      ExecutableElement startElement) {
    UserTaskDefinition definition = element.userTask();
    FeelEvaluator feel = bpmn.variables().feel();
    Map<String, Object> scope = bpmn.variables().context(instance.key());
    String assignee =
        definition.assignee() == null
            ? null
            : feel.evaluateOptionalString(definition.assignee(), scope);
    if (assignee != null && assignee.isBlank()) {
      assignee = null;
    }
    Long dueDate = optionalInstant(feel, definition.dueDate(), scope);
    Long followUpDate = optionalInstant(feel, definition.followUpDate(), scope);
    int priority = DEFAULT_PRIORITY;
    if (definition.priority() != null) {
      long value = feel.evaluateLong(definition.priority(), scope);
      if (value < 0 || value > 100) {
        throw new ExpressionException(
            "Expected priority to be a number between 0 and 100, but was " + value);
      }
      priority = (int) value;
    }
    Long formKey = null;
    if (definition.formId() != null) {
      DefinitionStore.FormVersion form = bpmn.state().definitions.latestForm(definition.formId());
      if (form == null) {
        throw new FormNotFoundException(
            "Expected to find a form with id '"
                + definition.formId()
                + "', but no form with this id is found, at least a form with this id should be"
                + " available.");
      }
      formKey = form.key();
    }
    int version = bpmn.state().definitions.byKey(instance.processDefinitionKey()).version();
    bpmn.state()
        .userTasks
        .insert(
            new UserTaskStore.NewUserTask(
                bpmn.state().nextKey(),
                instance,
                version,
                element.name(),
                assignee,
                Json.write(feel.evaluateStringList(definition.candidateGroups(), scope)),
                Json.write(feel.evaluateStringList(definition.candidateUsers(), scope)),
                dueDate,
                followUpDate,
                priority,
                formKey,
                definition.externalFormReference(),
                Json.write(element.headers())),
            bpmn.context().now());
  }

  @Override
  public void onTerminate(BpmnStepper bpmn, ElementInstance instance, ExecutableElement element) {
    UserTask task = bpmn.state().userTasks.openTaskOf(instance.key());
    if (task != null) {
      bpmn.state().userTasks.end(task.key(), "CANCELED", bpmn.context().now());
    }
  }

  private static Long optionalInstant(
      FeelEvaluator feel, dev.onramp.engine.feel.Expression expression, Map<String, Object> scope) {
    if (expression == null) {
      return null;
    }
    Object value = feel.evaluate(expression, scope);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return feel.evaluateInstant(expression, scope).toEpochMilli();
  }
}
