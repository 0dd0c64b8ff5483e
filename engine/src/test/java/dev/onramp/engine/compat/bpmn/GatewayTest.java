package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayTest extends BpmnCompatSupport {

  static BpmnModelInstance routing(String id, boolean withDefault) {
    var builder =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .exclusiveGateway("route")
            .conditionExpression("amount > 1000")
            .endEvent("large")
            .moveToLastExclusiveGateway()
            .conditionExpression("amount > 100")
            .endEvent("medium");
    if (withDefault) {
      builder = builder.moveToLastExclusiveGateway().defaultFlow().endEvent("small");
    }
    return builder.done();
  }

  @Test
  void exclusiveGatewayTakesTheFirstFlowWhoseConditionHolds() {
    String id = unique("xor");
    deploy(routing(id, true));

    long large = start(id, Map.of("amount", 5000));
    long medium = start(id, Map.of("amount", 500));

    awaitCompleted(large);
    awaitCompleted(medium);
    assertThat(elementIds(large, ElementInstanceState.COMPLETED))
        .contains("large")
        .doesNotContain("medium", "small");
    assertThat(elementIds(medium, ElementInstanceState.COMPLETED))
        .contains("medium")
        .doesNotContain("large", "small");
  }

  @Test
  void exclusiveGatewayTakesItsOnlyFlowWhenThatHasNoCondition() {
    String id = unique("xor-join");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .exclusiveGateway("join")
            .endEvent("joined")
            .done());

    long key = start(id, Map.of());

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).contains("join", "joined");
  }

  @Test
  void exclusiveGatewayTakesTheDefaultFlowWhenNoConditionHolds() {
    String id = unique("xor-default");
    deploy(routing(id, true));

    long key = start(id, Map.of("amount", 5));

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .contains("small")
        .doesNotContain("large", "medium");
  }

  @Test
  void exclusiveGatewayWithoutMatchRaisesConditionErrorResolvableAfterSettingVariables() {
    String id = unique("xor-nomatch");
    deploy(routing(id, false));
    long key = start(id, Map.of("amount", 5));

    var incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CONDITION_ERROR);
    assertThat(incident.getElementId()).isEqualTo("route");
    assertThat(elements(key, "route"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE);
              assertThat(e.getIncident()).isTrue();
            });

    client.newSetVariablesCommand(key).variables(Map.of("amount", 2000)).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).contains("large");
    assertThat(incidents(key))
        .singleElement()
        .satisfies(i -> assertThat(i.getState()).isEqualTo(IncidentState.RESOLVED));
  }

  @Test
  void parallelGatewayForksAndTheJoinWaitsForEveryBranch() {
    String id = unique("and");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .parallelGateway("fork")
            .serviceTask("a", t -> t.zeebeJobType(id + "-a"))
            .parallelGateway("join")
            .serviceTask("after", t -> t.zeebeJobType(id + "-after"))
            .endEvent()
            .moveToNode("fork")
            .serviceTask("b", t -> t.zeebeJobType(id + "-b"))
            .connectTo("join")
            .done());
    long key = start(id);
    var jobA = activate(id + "-a");
    var jobB = activate(id + "-b");
    assertThat(elementIds(key, ElementInstanceState.ACTIVE)).contains("a", "b");

    client.newCompleteCommand(jobA.getKey()).send().join();
    awaitElement(key, "a", ElementInstanceState.COMPLETED);
    assertThat(elements(key, "join")).isEmpty();
    assertThat(tryActivate(id + "-after")).isEmpty();

    client.newCompleteCommand(jobB.getKey()).send().join();
    completeJob(id + "-after");

    awaitCompleted(key);
    assertThat(elements(key, "join"))
        .extracting(ElementInstance::getState)
        .containsExactly(ElementInstanceState.COMPLETED);
    assertThat(elements(key, "fork")).hasSize(1);
  }
}
