package dev.onramp.engine.processing.bpmn;

import dev.onramp.engine.feel.ExpressionException;
import dev.onramp.engine.model.Behavior;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.model.ExecutableFlow;
import dev.onramp.engine.model.ExecutableProcess;
import dev.onramp.engine.model.Listener;
import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.EngineEvents;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.processing.behavior.BoundaryBehavior;
import dev.onramp.engine.processing.behavior.IncidentBehavior;
import dev.onramp.engine.processing.behavior.JobBehavior;
import dev.onramp.engine.processing.behavior.VariableBehavior;
import dev.onramp.engine.processing.bpmn.container.MultiInstanceBodyProcessor;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Job;
import dev.onramp.engine.state.ProcessInstance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle every element goes through, as Zeebe defines it: ACTIVATING (input mappings, start
 * execution listeners) → ACTIVATED (the element's own behaviour; it may wait) → COMPLETING (output
 * mappings, end execution listeners) → COMPLETED (leave through outgoing flows, or let the flow
 * scope complete); or TERMINATED from any active step. What each kind of element does is in its
 * {@link ElementProcessor}.
 */
public final class BpmnStepper {

  private final EngineState state;
  private final VariableBehavior variables;
  private final IncidentBehavior incidents;
  private final EngineEvents events;
  private final JobBehavior jobs;
  private final BoundaryBehavior boundaries;
  private final Map<Behavior, ElementProcessor> processors = new EnumMap<>(Behavior.class);
  private CommandContext context;

  public BpmnStepper(
      EngineState state,
      VariableBehavior variables,
      IncidentBehavior incidents,
      JobBehavior jobs,
      BoundaryBehavior boundaries,
      EngineEvents events) {
    this.state = state;
    this.variables = variables;
    this.incidents = incidents;
    this.jobs = jobs;
    this.boundaries = boundaries;
    this.events = events;
  }

  public void register(Behavior behavior, ElementProcessor processor) {
    processors.put(behavior, processor);
  }

  /** Binds the stepper to the command being applied (loop thread only). */
  public BpmnStepper in(CommandContext context) {
    this.context = context;
    return this;
  }

  public CommandContext context() {
    return context;
  }

  public EngineState state() {
    return state;
  }

  public VariableBehavior variables() {
    return variables;
  }

  public IncidentBehavior incidents() {
    return incidents;
  }

  public EngineEvents events() {
    return events;
  }

  public JobBehavior jobs() {
    return jobs;
  }

  // ---------------------------------------------------------------- lookups

  public ExecutableElement elementOf(ElementInstance instance) {
    ExecutableProcess process = processOf(instance);
    if ("PROCESS".equals(instance.type())) {
      return process.root();
    }
    return process.element(instance.elementId());
  }

  public ExecutableProcess processOf(ElementInstance instance) {
    return state.definitions.byKey(instance.processDefinitionKey()).executable();
  }

  public boolean isMultiInstanceBody(ElementInstance instance) {
    return "MULTI_INSTANCE_BODY".equals(instance.type());
  }

  /** Whether the instance is one iteration inside a multi-instance body. */
  public boolean isInnerInstance(ElementInstance instance) {
    if (instance.flowScopeKey() == null || instance.loopCounter() == null) {
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- creation

  /** Starts a process instance at the given start event (null: the none start event). */
  public ProcessInstance createProcessInstance(
      DeployedProcess definition,
      ExecutableElement startEvent,
      Map<String, String> variableJson,
      Long parentProcessInstanceKey,
      Long parentElementInstanceKey) {
    long key = state.nextKey();
    ProcessInstance instance =
        new ProcessInstance(
            key,
            definition.key(),
            definition.bpmnProcessId(),
            definition.version(),
            parentProcessInstanceKey,
            parentElementInstanceKey,
            "ACTIVE",
            definition.tenantId());
    state.processInstances.insert(instance, context.now());
    state.elementInstances.insert(
        key,
        key,
        definition.key(),
        definition.bpmnProcessId(),
        definition.bpmnProcessId(),
        definition.name(),
        "PROCESS",
        null,
        null,
        context.now(),
        definition.tenantId());
    state.variables.setAllLocal(key, key, variableJson, definition.tenantId());
    ExecutableElement start =
        startEvent != null ? startEvent : definition.executable().root().noneStartEvent();
    ElementInstance root = state.elementInstances.get(key);
    context.enqueue(() -> activate(root, start));
    return instance;
  }

  /** Inserts a new element instance in the scope (it counts as active at once). */
  public ElementInstance createInstance(
      ExecutableElement element, ElementInstance flowScope, Integer loopCounter) {
    long key = state.nextKey();
    String type =
        element.multiInstance() != null && loopCounter == null
            ? "MULTI_INSTANCE_BODY"
            : element.type();
    state.elementInstances.insert(
        key,
        flowScope.processInstanceKey(),
        flowScope.processDefinitionKey(),
        flowScope.bpmnProcessId(),
        element.id(),
        element.name(),
        type,
        flowScope.key(),
        loopCounter,
        context.now(),
        flowScope.tenantId());
    return state.elementInstances.get(key);
  }

  // ---------------------------------------------------------------- activation

  /**
   * Activates a created instance: input mappings, start listeners, then its behaviour. {@code
   * startElement} is only used for the process itself (which start event to begin with).
   */
  public void activate(ElementInstance instance, ExecutableElement startElement) {
    ExecutableElement element = elementOf(instance);
    if (!isMultiInstanceBody(instance) && instance.listenerIndex() == 0) {
      try {
        variables.applyInputs(instance, element);
      } catch (ExpressionException e) {
        incidents.raise(
            context, instance, null, "IO_MAPPING_ERROR", e.getMessage(), IncidentBehavior.ACTIVATE);
        return;
      }
    }
    if (pendingStartListener(instance, element)) {
      return;
    }
    markActivated(instance, element, startElement);
  }

  /** Creates the next start listener job if one is left; true when the element must wait. */
  private boolean pendingStartListener(ElementInstance instance, ExecutableElement element) {
    List<Listener> listeners = isMultiInstanceBody(instance) ? List.of() : element.startListeners();
    if (instance.listenerIndex() < listeners.size()) {
      createListenerJob(instance, listeners.get(instance.listenerIndex()), "START");
      return true;
    }
    return false;
  }

  private void markActivated(
      ElementInstance instance, ExecutableElement element, ExecutableElement startElement) {
    state.elementInstances.setLifecycle(instance.key(), ElementInstance.ACTIVATED);
    ElementInstance activated = state.elementInstances.get(instance.key());
    runActivated(activated, element, startElement);
  }

  /** The element's own behaviour; an expression failure becomes an incident to retry it. */
  public void runActivated(
      ElementInstance instance, ExecutableElement element, ExecutableElement startElement) {
    try {
      if (hasOwnBoundaries(instance, element)) {
        boundaries.subscribe(this, instance, element);
      }
      processorFor(instance, element).onActivated(this, instance, element, startElement);
    } catch (ExpressionException e) {
      incidents.raise(
          context,
          state.elementInstances.get(instance.key()),
          null,
          e instanceof CalledElementException ? "CALLED_ELEMENT_ERROR" : errorTypeOf(e),
          e.getMessage(),
          IncidentBehavior.ACTIVATED);
    }
  }

  private static String errorTypeOf(ExpressionException e) {
    if (e instanceof FormNotFoundException) {
      return "FORM_NOT_FOUND";
    }
    return "EXTRACT_VALUE_ERROR";
  }

  /** Boundary events attach to the multi-instance body, never to its iterations. */
  private boolean hasOwnBoundaries(ElementInstance instance, ExecutableElement element) {
    if (element.boundaryEvents().isEmpty()) {
      return false;
    }
    if (element.multiInstance() != null) {
      return isMultiInstanceBody(instance);
    }
    return true;
  }

  private ElementProcessor processorFor(ElementInstance instance, ExecutableElement element) {
    Behavior behavior =
        isMultiInstanceBody(instance) ? Behavior.MULTI_INSTANCE_BODY : element.behavior();
    ElementProcessor processor = processors.get(behavior);
    if (processor == null) {
      throw new IllegalStateException("No processor for " + behavior);
    }
    return processor;
  }

  // ---------------------------------------------------------------- completion

  /** Starts completing: output mappings, end listeners, then leaving the element. */
  public void complete(ElementInstance instance) {
    state.elementInstances.setLifecycle(instance.key(), ElementInstance.COMPLETING);
    state.elementInstances.setListenerIndex(instance.key(), 0);
    continueCompletion(state.elementInstances.get(instance.key()), true);
  }

  /**
   * Continues a completion after an end listener or an incident: {@code withOutputs} re-applies
   * output mappings (only before any end listener ran).
   */
  public void continueCompletion(ElementInstance instance, boolean withOutputs) {
    ExecutableElement element = elementOf(instance);
    if (withOutputs && !isMultiInstanceBody(instance)) {
      try {
        variables.applyOutputs(instance, element);
      } catch (ExpressionException e) {
        incidents.raise(
            context, instance, null, "IO_MAPPING_ERROR", e.getMessage(), IncidentBehavior.COMPLETE);
        return;
      }
    }
    List<Listener> listeners = isMultiInstanceBody(instance) ? List.of() : element.endListeners();
    if (instance.listenerIndex() < listeners.size()) {
      createListenerJob(instance, listeners.get(instance.listenerIndex()), "END");
      return;
    }
    finish(instance, element);
  }

  private void finish(ElementInstance instance, ExecutableElement element) {
    List<ExecutableFlow> outgoing;
    ElementInstance flowScope =
        instance.flowScopeKey() == null
            ? null
            : state.elementInstances.get(instance.flowScopeKey());
    boolean iteration = flowScope != null && isMultiInstanceBody(flowScope);
    boolean loopDone = false;
    try {
      outgoing = selectOutgoing(instance, element);
      if (iteration) {
        loopDone = multiInstance().collect(this, flowScope, instance);
      }
    } catch (ExpressionException e) {
      incidents.raise(
          context,
          instance,
          null,
          iteration ? "EXTRACT_VALUE_ERROR" : "CONDITION_ERROR",
          e.getMessage(),
          IncidentBehavior.COMPLETE);
      return;
    }
    closeWaitStates(instance, element);
    state.elementInstances.end(instance.key(), ElementInstance.COMPLETED, context.now());
    processorFor(instance, element).onCompleted(this, instance, element);
    if (flowScope == null) {
      return;
    }
    if (iteration) {
      multiInstance().onChildCompleted(this, flowScope, loopDone);
    } else if (outgoing.isEmpty()) {
      completeScopeIfDone(flowScope);
    } else {
      takeFlows(flowScope, outgoing);
    }
  }

  private MultiInstanceBodyProcessor multiInstance() {
    return (MultiInstanceBodyProcessor) processors.get(Behavior.MULTI_INSTANCE_BODY);
  }

  private List<ExecutableFlow> selectOutgoing(ElementInstance instance, ExecutableElement element) {
    if (instance.flowScopeKey() == null || isInnerInstance(instance)) {
      return List.of();
    }
    if (element.behavior() != Behavior.EXCLUSIVE_GATEWAY) {
      return element.outgoing();
    }
    if (element.outgoing().isEmpty()) {
      return List.of();
    }
    if (element.outgoing().size() == 1 && element.outgoing().get(0).condition() == null) {
      // As Zeebe: a joining gateway's single unconditional flow is simply taken.
      return element.outgoing();
    }
    Map<String, Object> scope = variables.context(instance.key());
    for (ExecutableFlow flow : element.outgoing()) {
      if (flow == element.defaultFlow() || flow.condition() == null) {
        continue;
      }
      if (variables.feel().evaluateBoolean(flow.condition(), scope)) {
        return List.of(flow);
      }
    }
    if (element.defaultFlow() != null) {
      return List.of(element.defaultFlow());
    }
    throw new ExpressionException(
        "Expected at least one condition to evaluate to true, or to have a default flow");
  }

  /** Creates every target first (so the scope never looks finished), then activates them. */
  public void takeFlows(ElementInstance flowScope, List<ExecutableFlow> flows) {
    List<ElementInstance> created = new ArrayList<>();
    for (ExecutableFlow flow : flows) {
      state.flows.recordTaken(flowScope, flow.id());
      ExecutableElement target = flow.target();
      if (target.isParallelJoin()) {
        Map<String, Integer> taken =
            state.flows.arriveAtJoin(flowScope.key(), target.id(), flow.id());
        boolean allArrived =
            target.incoming().stream().allMatch(in -> taken.getOrDefault(in.id(), 0) > 0);
        if (!allArrived) {
          continue;
        }
        state.flows.consumeJoin(flowScope.key(), target.id());
      }
      created.add(createInstance(target, flowScope, null));
    }
    for (ElementInstance instance : created) {
      context.enqueue(() -> activate(instance, null));
    }
  }

  /** Completes the scope when nothing is active in it and no token waits at a join. */
  public void completeScopeIfDone(ElementInstance flowScope) {
    ElementInstance scope = state.elementInstances.get(flowScope.key());
    if (!ElementInstance.ACTIVATED.equals(scope.lifecycle())) {
      return;
    }
    if (state.elementInstances.countActiveChildren(scope.key()) > 0
        || state.flows.hasWaitingTokens(scope.key())) {
      return;
    }
    complete(scope);
  }

  // ---------------------------------------------------------------- termination

  /** Terminates the instance and everything inside it, deepest first. */
  public void terminate(ElementInstance instance) {
    for (ElementInstance child : state.elementInstances.activeChildren(instance.key())) {
      terminate(child);
    }
    ExecutableElement element = elementOf(instance);
    closeWaitStates(instance, element);
    Job job = state.jobs.openJobOf(instance.key());
    // as in Zeebe, a job that threw an error no longer belongs to its element: it stays
    // ERROR_THROWN
    if (job != null && !"ERROR_THROWN".equals(job.state())) {
      state.jobs.end(job.key(), "CANCELED", context.now());
    }
    processorFor(instance, element).onTerminate(this, instance, element);
    incidents.resolveOnEnd(state.elementInstances.get(instance.key()));
    state.flows.clearScope(instance.key());
    state.elementInstances.end(instance.key(), ElementInstance.TERMINATED, context.now());
    processorFor(instance, element).onTerminated(this, instance, element);
  }

  /** Timers and message subscriptions of a waiting element or its boundary events. */
  private void closeWaitStates(ElementInstance instance, ExecutableElement element) {
    boolean waits =
        !element.boundaryEvents().isEmpty()
            || element.behavior() == Behavior.TIMER_CATCH
            || element.behavior() == Behavior.MESSAGE_CATCH;
    if (waits) {
      state.timers.deleteOf(instance.key());
      state.messages.deleteSubscriptionsOf(instance.key(), context.now());
    }
  }

  // ---------------------------------------------------------------- boundary events and errors

  /**
   * A boundary event fires on {@code host}: the event's instance is created first, then an
   * interrupting event terminates the host, then the event is activated with the trigger's
   * variables.
   */
  public void triggerBoundary(
      ElementInstance host, ExecutableElement boundary, Map<String, String> variableJson) {
    ElementInstance flowScope = state.elementInstances.get(host.flowScopeKey());
    ElementInstance event = createInstance(boundary, flowScope, null);
    if (boundary.interrupting()) {
      terminate(state.elementInstances.get(host.key()));
    }
    variables.applyCompletionVariables(event, boundary, variableJson);
    context.enqueue(() -> activate(event, null));
  }

  /**
   * Throws a BPMN error from an element instance: the nearest error boundary event that matches,
   * walking up the scopes and out of called processes, catches it.
   *
   * @return false when nothing catches it
   */
  public boolean throwError(
      ElementInstance thrower, String errorCode, Map<String, String> variableJson) {
    ElementInstance current = thrower;
    while (current != null) {
      ExecutableElement element = elementOf(current);
      if (hasOwnBoundaries(current, element)) {
        ExecutableElement catcher = errorCatcher(element, errorCode);
        if (catcher != null) {
          triggerBoundary(current, catcher, variableJson);
          return true;
        }
      }
      if (current.flowScopeKey() != null) {
        current = state.elementInstances.get(current.flowScopeKey());
      } else {
        ProcessInstance process = state.processInstances.find(current.processInstanceKey());
        Long parent = process == null ? null : process.parentElementInstanceKey();
        current = parent == null ? null : state.elementInstances.find(parent);
        if (current != null && current.isFinal()) {
          current = null;
        }
      }
    }
    return false;
  }

  private static ExecutableElement errorCatcher(ExecutableElement element, String errorCode) {
    ExecutableElement catchAll = null;
    for (ExecutableElement boundary : element.boundaryEvents()) {
      if (boundary.eventType() != dev.onramp.engine.model.EventType.ERROR) {
        continue;
      }
      if (errorCode.equals(boundary.errorCode())) {
        return boundary;
      }
      if (boundary.catchesAllErrors() && catchAll == null) {
        catchAll = boundary;
      }
    }
    return catchAll;
  }

  // ---------------------------------------------------------------- listeners

  private void createListenerJob(ElementInstance instance, Listener listener, String eventType) {
    try {
      Map<String, Object> scope = variables.context(instance.key());
      String type = variables.feel().evaluateString(listener.type(), scope);
      int retries =
          listener.retries() == null
              ? 3
              : (int) variables.feel().evaluateLong(listener.retries(), scope);
      jobs.create(context, instance, type, retries, "{}", "EXECUTION_LISTENER", eventType);
    } catch (ExpressionException e) {
      incidents.raise(
          context,
          instance,
          null,
          "EXTRACT_VALUE_ERROR",
          e.getMessage(),
          "START".equals(eventType) ? IncidentBehavior.ACTIVATE : IncidentBehavior.COMPLETE);
    }
  }

  /** A listener job completed: move to the next listener or on with the lifecycle. */
  public void listenerCompleted(ElementInstance instance, String eventType) {
    state.elementInstances.setListenerIndex(instance.key(), instance.listenerIndex() + 1);
    ElementInstance advanced = state.elementInstances.get(instance.key());
    if ("START".equals(eventType)) {
      ExecutableElement element = elementOf(advanced);
      if (!pendingStartListener(advanced, element)) {
        markActivated(advanced, element, null);
      }
    } else {
      continueCompletion(advanced, false);
    }
  }
}
