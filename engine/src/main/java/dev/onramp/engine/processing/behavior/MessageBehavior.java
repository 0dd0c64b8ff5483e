package dev.onramp.engine.processing.behavior;

import dev.onramp.engine.feel.Expression;
import dev.onramp.engine.feel.ExpressionException;
import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.model.Behavior;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.BufferedMessage;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Json;
import dev.onramp.engine.state.MessageSubscription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens message subscriptions and correlates messages to them. */
public final class MessageBehavior {

  private final EngineState state;
  private final FeelEvaluator feel;

  public MessageBehavior(EngineState state, FeelEvaluator feel) {
    this.state = state;
    this.feel = feel;
  }

  /**
   * Opens the subscription of {@code event} for the waiting instance and correlates a buffered
   * message at once if one matches.
   */
  public void subscribe(
      BpmnStepper bpmn,
      ElementInstance waiting,
      ExecutableElement event,
      Map<String, Object> scope) {
    String name = feel.evaluateString(event.message().name(), scope);
    String correlationKey = correlationKey(event.message().correlationKey(), scope, event);
    MessageSubscription subscription =
        new MessageSubscription(
            state.nextKey(),
            waiting.processInstanceKey(),
            waiting.processDefinitionKey(),
            waiting.bpmnProcessId(),
            waiting.key(),
            event.id(),
            name,
            correlationKey,
            event.behavior() != Behavior.BOUNDARY_EVENT || event.interrupting(),
            waiting.tenantId());
    state.messages.openSubscription(subscription, bpmn.context().now());
    List<BufferedMessage> buffered =
        state.messages.bufferedFor(
            name, correlationKey, waiting.bpmnProcessId(), bpmn.context().now());
    if (!buffered.isEmpty()) {
      BufferedMessage message = buffered.get(0);
      state.messages.markCorrelated(message.key(), waiting.bpmnProcessId());
      bpmn.context()
          .enqueue(
              () -> {
                MessageSubscription open = state.messages.findOpen(subscription.key());
                if (open != null) {
                  correlate(bpmn, open, message.key(), Json.readObject(message.variables()));
                }
              });
    }
  }

  /** Correlates a message to an open subscription and moves its element on. */
  public void correlate(
      BpmnStepper bpmn,
      MessageSubscription subscription,
      long messageKey,
      Map<String, Object> vars) {
    long now = bpmn.context().now();
    ElementInstance waiting = state.elementInstances.get(subscription.elementInstanceKey());
    state.messages.recordCorrelation(
        messageKey,
        subscription.key(),
        subscription.messageName(),
        subscription.correlationKey(),
        subscription.elementId(),
        waiting.key(),
        waiting.processInstanceKey(),
        waiting.processDefinitionKey(),
        waiting.bpmnProcessId(),
        waiting.tenantId(),
        now);
    Map<String, String> variables = toJson(vars);
    ExecutableElement event = bpmn.processOf(waiting).element(subscription.elementId());
    if (event.behavior() == Behavior.BOUNDARY_EVENT) {
      if (event.interrupting()) {
        state.messages.setSubscriptionState(subscription.key(), "CORRELATED", now);
      }
      bpmn.triggerBoundary(waiting, event, variables);
      return;
    }
    state.messages.setSubscriptionState(subscription.key(), "CORRELATED", now);
    bpmn.variables().applyCompletionVariables(waiting, event, variables);
    bpmn.complete(waiting);
  }

  private String correlationKey(
      Expression expression, Map<String, Object> scope, ExecutableElement event) {
    if (expression == null) {
      return "";
    }
    Object value = feel.evaluate(expression, scope);
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n) {
      return n instanceof java.math.BigDecimal b
          ? b.stripTrailingZeros().toPlainString()
          : n.toString();
    }
    throw new ExpressionException(
        "Failed to extract the correlation key for '"
            + expression.body()
            + "' of element '"
            + event.id()
            + "': The value must be either a string or a number, but was "
            + (value == null ? "NULL" : value.getClass().getSimpleName().toUpperCase())
            + ".");
  }

  public static Map<String, String> toJson(Map<String, Object> variables) {
    Map<String, String> json = new LinkedHashMap<>();
    if (variables != null) {
      variables.forEach((name, value) -> json.put(name, Json.write(value)));
    }
    return json;
  }
}
