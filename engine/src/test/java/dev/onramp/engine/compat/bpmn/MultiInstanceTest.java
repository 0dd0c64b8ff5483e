package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiInstanceTest extends BpmnCompatSupport {

  static BpmnModelInstance multi(String id, boolean sequential, String completionCondition) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .serviceTask(
            "each",
            t ->
                t.zeebeJobType(id)
                    .multiInstance(
                        m -> {
                          var b =
                              (sequential ? m.sequential() : m.parallel())
                                  .zeebeInputCollectionExpression("items")
                                  .zeebeInputElement("item")
                                  .zeebeOutputCollection("results")
                                  .zeebeOutputElementExpression("\"done-\" + item");
                          if (completionCondition != null) {
                            b.completionCondition(completionCondition);
                          }
                        }))
        .endEvent("end")
        .done();
  }

  @Test
  void parallelMultiInstanceRunsAllItemsAtOnceAndCollectsOutputsInInputOrder() {
    String id = unique("mi-par");
    deploy(multi(id, false, null));
    long key = start(id, Map.of("items", List.of("a", "b", "c")));

    List<ActivatedJob> jobs = activate(id, 3);
    assertThat(jobs)
        .extracting(j -> j.getVariablesAsMap().get("item"))
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(jobs.get(0).getVariablesAsMap()).containsKey("loopCounter");
    jobs.stream()
        .sorted(Comparator.comparing((ActivatedJob j) -> (String) j.getVariable("item")).reversed())
        .forEach(j -> client.newCompleteCommand(j.getKey()).send().join());

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("results", List.of("done-a", "done-b", "done-c"));
    List<ElementInstance> each = elements(key, "each");
    assertThat(each)
        .filteredOn(e -> e.getType() == ElementInstanceType.MULTI_INSTANCE_BODY)
        .hasSize(1);
    assertThat(each)
        .filteredOn(e -> e.getType() == ElementInstanceType.SERVICE_TASK)
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED));
  }

  @Test
  void sequentialMultiInstanceRunsOneItemAfterTheOther() {
    String id = unique("mi-seq");
    deploy(multi(id, true, null));
    long key = start(id, Map.of("items", List.of("x", "y")));

    ActivatedJob first = activate(id);
    assertThat(first.getVariable("item")).isEqualTo("x");
    assertThat(first.getVariable("loopCounter")).isEqualTo(1);
    assertThat(tryActivate(id)).isEmpty();
    client.newCompleteCommand(first.getKey()).send().join();

    ActivatedJob second = activate(id);
    assertThat(second.getVariable("item")).isEqualTo("y");
    assertThat(second.getVariable("loopCounter")).isEqualTo(2);
    client.newCompleteCommand(second.getKey()).send().join();

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("results", List.of("done-x", "done-y"));
  }

  @Test
  void emptyInputCollectionCompletesTheActivityWithoutAnyInstance() {
    String id = unique("mi-empty");
    deploy(multi(id, false, null));
    long key = start(id, Map.of("items", List.of()));

    awaitCompleted(key);
    assertThat(elements(key, "each"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(ElementInstanceType.MULTI_INSTANCE_BODY);
              assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED);
            });
    assertThat(rootVariables(key)).containsEntry("results", List.of());
  }

  @Test
  void completionConditionEndsTheBodyAndTerminatesTheRemainingInstances() {
    String id = unique("mi-cond");
    deploy(multi(id, false, "=numberOfCompletedInstances >= 2"));
    long key = start(id, Map.of("items", List.of(1, 2, 3, 4)));

    List<ActivatedJob> jobs = activate(id, 4);
    client.newCompleteCommand(jobs.get(0).getKey()).send().join();
    client.newCompleteCommand(jobs.get(1).getKey()).send().join();

    awaitCompleted(key);
    List<ElementInstance> inner =
        elements(key, "each").stream()
            .filter(e -> e.getType() == ElementInstanceType.SERVICE_TASK)
            .toList();
    assertThat(inner)
        .extracting(ElementInstance::getState)
        .containsExactlyInAnyOrder(
            ElementInstanceState.COMPLETED,
            ElementInstanceState.COMPLETED,
            ElementInstanceState.TERMINATED,
            ElementInstanceState.TERMINATED);
    assertThat(elements(key, "end")).hasSize(1);
  }

  @Test
  void failingOutputElementRaisesIncidentOnTheIterationAndResolvingItContinues() {
    String id = unique("mi-incident");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "each",
                t ->
                    t.zeebeJobType(id)
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("items")
                                    .zeebeInputElement("item")
                                    .zeebeOutputCollection("results")
                                    .zeebeOutputElementExpression(
                                        "assert(result, result != null)")))
            .endEvent("end")
            .done());
    long key = start(id, Map.of("items", List.of("a")));

    client.newCompleteCommand(activate(id).getKey()).send().join();

    var incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.getElementId()).isEqualTo("each");
    client
        .newSetVariablesCommand(incident.getElementInstanceKey())
        .variables(Map.of("result", "ok"))
        .local(true)
        .send()
        .join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("results", List.of("ok"));
  }
}
