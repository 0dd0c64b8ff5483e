package dev.onramp.engine.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.engine.testing.TestEngine;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmokeTest {

  static TestEngine engine;
  static CamundaClient client;

  @BeforeAll
  static void start() {
    engine = TestEngine.shared();
    client = engine.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void shouldRunServiceAndUserTaskToTheEnd() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("smoke")
            .startEvent("start")
            .serviceTask("svc", t -> t.zeebeJobType("smoke-work"))
            .userTask("ut", u -> u.zeebeUserTask().zeebeCandidateGroups("finops"))
            .exclusiveGateway("gw")
            .conditionExpression("=approved")
            .endEvent("yes")
            .moveToLastExclusiveGateway()
            .defaultFlow()
            .endEvent("no")
            .done();
    client.newDeployResourceCommand().addProcessModel(model, "smoke.bpmn").send().join();
    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("smoke")
            .latestVersion()
            .variables(Map.of("amount", 12))
            .send()
            .join()
            .getProcessInstanceKey();

    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType("smoke-work")
            .maxJobsToActivate(5)
            .requestTimeout(Duration.ofSeconds(5))
            .send()
            .join()
            .getJobs();
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("amount", 12);
    client.newCompleteCommand(jobs.get(0).getKey()).variables(Map.of("done", true)).send().join();

    var task =
        await()
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey).state(UserTaskState.CREATED))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .get(0);
    assertThat(task.getCandidateGroups()).containsExactly("finops");
    client
        .newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("approved", true))
        .send()
        .join();

    await()
        .untilAsserted(
            () ->
                assertThat(
                        client.newProcessInstanceGetRequest(instanceKey).send().join().getState())
                    .isEqualTo(ProcessInstanceState.COMPLETED));
  }
}
