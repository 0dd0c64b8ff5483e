package dev.onramp.engine.processing.bpmn.container;

import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.model.MultiInstance;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.ElementProcessor;
import dev.onramp.engine.state.ElementInstance;
import dev.onramp.engine.state.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The body around a multi-instance activity: one iteration per element of the input collection, all
 * at once (parallel) or one after the other (sequential); each iteration gets the element as a
 * local variable and {@code loopCounter}; results are collected into the output collection, which
 * the body hands to its flow scope when it completes.
 */
public final class MultiInstanceBodyProcessor implements ElementProcessor {

  @Override
  public void onActivated(
      BpmnStepper bpmn,
      ElementInstance body,
      ExecutableElement element,
      ExecutableElement startElement) {
    MultiInstance loop = element.multiInstance();
    List<Object> items =
        bpmn.variables()
            .feel()
            .evaluateList(loop.inputCollection(), bpmn.variables().context(body.key()));
    bpmn.state().elementInstances.setMultiInstance(body.key(), Json.write(items), 0);
    if (loop.outputCollection() != null) {
      bpmn.variables()
          .setLocal(
              body,
              loop.outputCollection(),
              new ArrayList<>(Collections.nCopies(items.size(), null)));
    }
    if (items.isEmpty()) {
      completeBody(bpmn, body, loop);
      return;
    }
    int iterations = loop.sequential() ? 1 : items.size();
    List<ElementInstance> created = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      created.add(createIteration(bpmn, body, element, items, i + 1));
    }
    for (ElementInstance iteration : created) {
      bpmn.context().enqueue(() -> bpmn.activate(iteration, null));
    }
  }

  private ElementInstance createIteration(
      BpmnStepper bpmn,
      ElementInstance body,
      ExecutableElement element,
      List<Object> items,
      int loopCounter) {
    ElementInstance iteration = bpmn.createInstance(element, body, loopCounter);
    MultiInstance loop = element.multiInstance();
    if (loop.inputElement() != null) {
      bpmn.variables().setLocal(iteration, loop.inputElement(), items.get(loopCounter - 1));
    }
    bpmn.variables().setLocal(iteration, "loopCounter", loopCounter);
    return iteration;
  }

  /**
   * Before an iteration completes: its output element goes into the output collection and the
   * completion condition is evaluated. Called while the iteration can still raise an incident (an
   * expression failure here is retried by resolving it).
   *
   * @return whether the completion condition is met
   */
  @SuppressWarnings("unchecked")
  public boolean collect(BpmnStepper bpmn, ElementInstance body, ElementInstance child) {
    MultiInstance loop = bpmn.elementOf(body).multiInstance();
    FeelEvaluator feel = bpmn.variables().feel();
    List<Object> items = (List<Object>) Json.read(body.miCollection());
    if (loop.outputCollection() != null && loop.outputElement() != null) {
      Object value = feel.evaluate(loop.outputElement(), bpmn.variables().context(child.key()));
      String current = bpmn.state().variables.localJson(body.key()).get(loop.outputCollection());
      List<Object> collected =
          current == null ? new ArrayList<>() : new ArrayList<>((List<Object>) Json.read(current));
      while (collected.size() < items.size()) {
        collected.add(null);
      }
      collected.set(child.loopCounter() - 1, value);
      bpmn.variables().setLocal(body, loop.outputCollection(), collected);
    }
    return loop.completionCondition() != null
        && feel.evaluateBoolean(
            loop.completionCondition(),
            conditionContext(bpmn, body, child, items, body.miCompleted() + 1));
  }

  /** An iteration completed: start the next one, or complete the body. */
  @SuppressWarnings("unchecked")
  public void onChildCompleted(
      BpmnStepper bpmn, ElementInstance bodyAtStart, boolean conditionMet) {
    ElementInstance body = bpmn.state().elementInstances.get(bodyAtStart.key());
    ExecutableElement element = bpmn.elementOf(body);
    MultiInstance loop = element.multiInstance();
    List<Object> items = (List<Object>) Json.read(body.miCollection());
    int completed = body.miCompleted() + 1;
    bpmn.state().elementInstances.setMultiInstance(body.key(), body.miCollection(), completed);
    if (conditionMet) {
      for (ElementInstance other : bpmn.state().elementInstances.activeChildren(body.key())) {
        bpmn.terminate(other);
      }
    } else if (loop.sequential() && completed < items.size()) {
      ElementInstance next = createIteration(bpmn, body, element, items, completed + 1);
      bpmn.context().enqueue(() -> bpmn.activate(next, null));
      return;
    } else if (completed < items.size()) {
      return;
    }
    completeBody(bpmn, body, loop);
  }

  /**
   * The completion condition sees the iteration's variables plus Zeebe's {@code numberOfInstances},
   * {@code numberOfActiveInstances}, {@code numberOfCompletedInstances} and {@code
   * numberOfTerminatedInstances}.
   */
  private static Map<String, Object> conditionContext(
      BpmnStepper bpmn,
      ElementInstance body,
      ElementInstance child,
      List<Object> items,
      int completed) {
    Map<String, Object> context = new java.util.HashMap<>(bpmn.variables().context(child.key()));
    // the iteration being completed still counts as active here
    int active = bpmn.state().elementInstances.countActiveChildren(body.key()) - 1;
    boolean sequential = bpmn.elementOf(body).multiInstance().sequential();
    int created = sequential ? completed + active : items.size();
    context.put("numberOfInstances", items.size());
    context.put("numberOfActiveInstances", active);
    context.put("numberOfCompletedInstances", completed);
    context.put("numberOfTerminatedInstances", Math.max(0, created - completed - active));
    return context;
  }

  private void completeBody(BpmnStepper bpmn, ElementInstance body, MultiInstance loop) {
    if (loop.outputCollection() != null) {
      String collected = bpmn.state().variables.localJson(body.key()).get(loop.outputCollection());
      bpmn.variables()
          .merge(
              body.flowScopeKey(),
              body.processInstanceKey(),
              Map.of(loop.outputCollection(), collected),
              body.tenantId());
    }
    bpmn.complete(bpmn.state().elementInstances.get(body.key()));
  }
}
