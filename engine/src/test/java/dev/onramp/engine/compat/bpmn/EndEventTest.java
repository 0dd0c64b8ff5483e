package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class EndEventTest extends BpmnCompatSupport {

  @Test
  void noneEndEventsOfBothBranchesCompleteTheInstanceOnlyWhenTheLastOneIsReached() {
    String id = unique("none-end");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .parallelGateway("fork")
            .serviceTask("a", t -> t.zeebeJobType(id + "-a"))
            .endEvent("endA")
            .moveToNode("fork")
            .serviceTask("b", t -> t.zeebeJobType(id + "-b"))
            .endEvent("endB")
            .done());
    long key = start(id);

    completeJob(id + "-a");
    awaitElement(key, "endA", ElementInstanceState.COMPLETED);
    assertThat(client.newProcessInstanceGetRequest(key).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);

    completeJob(id + "-b");
    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).contains("endA", "endB");
  }

  @Test
  void terminateEndEventCompletesTheInstanceAndTerminatesTheOtherBranches() {
    String id = unique("terminate-end");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .parallelGateway("fork")
            .userTask("waiting", u -> u.zeebeUserTask())
            .endEvent("normal")
            .moveToNode("fork")
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent("kill", e -> e.terminate())
            .done());
    long key = start(id);
    var task = awaitUserTask(key, "waiting");

    completeJob(id);

    awaitCompleted(key);
    assertThat(elements(key, "kill"))
        .extracting(ElementInstance::getState)
        .containsExactly(ElementInstanceState.COMPLETED);
    assertThat(elements(key, "waiting"))
        .extracting(ElementInstance::getState)
        .containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elements(key, "normal")).isEmpty();
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState())
        .isEqualTo(UserTaskState.CANCELED);
  }

  @Test
  void errorEndEventWithoutCatcherRaisesUnhandledErrorEventIncident() {
    String id = unique("error-end");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .endEvent("fail", e -> e.error("NOT_CAUGHT"))
            .done());
    long key = start(id);

    var incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
    assertThat(incident.getElementId()).isEqualTo("fail");
    assertThat(incident.getErrorMessage()).contains("NOT_CAUGHT");
    assertThat(client.newProcessInstanceGetRequest(key).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);
  }
}
