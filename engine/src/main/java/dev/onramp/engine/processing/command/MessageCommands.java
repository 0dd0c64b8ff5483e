package dev.onramp.engine.processing.command;

import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.processing.Command;
import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.behavior.MessageBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.Json;
import dev.onramp.engine.state.MessageSubscription;
import dev.onramp.engine.state.ProcessInstance;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishing (buffered for its time-to-live) and correlating (not buffered) messages. A message
 * correlates at most once per process (BPMN process id): to its oldest waiting subscription, or by
 * starting an instance at a message start event.
 */
public final class MessageCommands {

  private final BpmnStepper bpmn;
  private final MessageBehavior messages;
  private final MessageStartEvents startEvents;

  public MessageCommands(
      BpmnStepper bpmn, MessageBehavior messages, MessageStartEvents startEvents) {
    this.bpmn = bpmn;
    this.messages = messages;
    this.startEvents = startEvents;
  }

  /** Result of a correlation: the message key and the first process instance it reached. */
  public record Correlation(long messageKey, Long processInstanceKey) {}

  public Command<Correlation> publish(
      String name,
      String correlationKey,
      long timeToLive,
      String messageId,
      Map<String, Object> variables,
      String tenantId) {
    return context -> {
      bpmn.in(context);
      if (messageId != null
          && !messageId.isEmpty()
          && bpmn.state().messages.isBuffered(name, messageId, context.now())) {
        throw EngineProblem.alreadyExists(
            "Expected to publish a new message with id '"
                + messageId
                + "', but a message with that id was already published");
      }
      long messageKey = bpmn.state().nextKey();
      Set<String> correlated = new HashSet<>();
      Long first = correlate(context, messageKey, name, correlationKey, variables, correlated);
      if (timeToLive > 0) {
        bpmn.state()
            .messages
            .buffer(
                messageKey,
                name,
                correlationKey,
                messageId,
                Json.write(variables),
                context.now() + timeToLive,
                tenantId);
        for (String process : correlated) {
          bpmn.state().messages.markCorrelated(messageKey, process);
        }
        long expiry = context.now() + timeToLive;
        context.afterCommit(() -> bpmn.events().dueAt(expiry));
      }
      return new Correlation(messageKey, first);
    };
  }

  public Command<Correlation> correlate(
      String name, String correlationKey, Map<String, Object> variables) {
    return context -> {
      bpmn.in(context);
      long messageKey = bpmn.state().nextKey();
      Long first = correlate(context, messageKey, name, correlationKey, variables, new HashSet<>());
      if (first == null) {
        throw EngineProblem.notFound(
            "Expected to find subscription for message with name '"
                + name
                + "' and correlation key '"
                + correlationKey
                + "', but none was found.");
      }
      return new Correlation(messageKey, first);
    };
  }

  private Long correlate(
      CommandContext context,
      long messageKey,
      String name,
      String correlationKey,
      Map<String, Object> variables,
      Set<String> correlatedProcesses) {
    Long first = null;
    List<MessageSubscription> subscriptions =
        bpmn.state().messages.openSubscriptions(name, correlationKey);
    for (MessageSubscription subscription : subscriptions) {
      if (!correlatedProcesses.add(subscription.bpmnProcessId())) {
        continue;
      }
      messages.correlate(bpmn, subscription, messageKey, variables);
      if (first == null) {
        first = subscription.processInstanceKey();
      }
    }
    for (MessageStartEvents.Start start : startEvents.startsFor(name)) {
      DeployedProcess definition = bpmn.state().definitions.byKey(start.processDefinitionKey());
      if (definition == null || !correlatedProcesses.add(definition.bpmnProcessId())) {
        continue;
      }
      ExecutableElement event = definition.executable().element(start.elementId());
      ProcessInstance instance =
          bpmn.createProcessInstance(
              definition, event, MessageBehavior.toJson(variables), null, null);
      bpmn.state()
          .messages
          .recordCorrelation(
              messageKey,
              definition.key(),
              name,
              correlationKey,
              event.id(),
              null,
              instance.key(),
              definition.key(),
              definition.bpmnProcessId(),
              definition.tenantId(),
              context.now());
      if (first == null) {
        first = instance.key();
      }
    }
    return first;
  }
}
