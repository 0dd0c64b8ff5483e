package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Refused input: every refusal is an {@code application/problem+json} answer, the engine keeps
 * serving afterwards and nothing half-written remains.
 */
class BadInputApiTest extends ClientTest {

  static URI rest;

  @BeforeAll
  static void readAddress() {
    rest = Api.engine().restAddress();
  }

  @AfterEach
  void engineKeepsServing() {
    assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
  }

  private static List<?> definitions(String processId) {
    return client
        .newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .send()
        .join()
        .items();
  }

  @Test
  void malformedXmlIsRefusedAndNothingIsDeployed() {
    String id = Api.unique("bad-xml");
    String xml =
        Bpmn.convertToString(Bpmn.createExecutableProcess(id).startEvent().endEvent().done());

    JsonNode problem =
        Api.assertProblem(
            Api.multipart(rest, id + ".bpmn", xml.substring(0, xml.length() / 2)), 400);

    assertThat(problem.path("detail").asText()).contains(id + ".bpmn");
    assertThat(definitions(id)).isEmpty();
  }

  @Test
  void anUnsupportedElementIsRefusedNamingItsIdAndType() {
    String id = Api.unique("bad-element");
    var model =
        Bpmn.createExecutableProcess(id).startEvent().inclusiveGateway("fork").endEvent().done();

    ProblemException problem =
        Api.problem(
            () ->
                client
                    .newDeployResourceCommand()
                    .addProcessModel(model, id + ".bpmn")
                    .send()
                    .join());

    assertThat(problem.code()).isEqualTo(400);
    assertThat(problem.details().getDetail()).contains("fork").contains("inclusiveGateway");
    assertThat(definitions(id)).isEmpty();
  }

  @Test
  void oneRefusedResourceRefusesTheWholeDeployment() {
    String good = Api.unique("good");
    String bad = Api.unique("bad");

    ProblemException problem =
        Api.problem(
            () ->
                client
                    .newDeployResourceCommand()
                    .addProcessModel(
                        Bpmn.createExecutableProcess(good).startEvent().endEvent().done(),
                        good + ".bpmn")
                    .addProcessModel(
                        Bpmn.createExecutableProcess(bad)
                            .startEvent()
                            .inclusiveGateway("g")
                            .endEvent()
                            .done(),
                        bad + ".bpmn")
                    .send()
                    .join());

    assertThat(problem.code()).isEqualTo(400);
    assertThat(definitions(good)).isEmpty();
    assertThat(definitions(bad)).isEmpty();
  }

  @Test
  void unknownKeysAreNotFoundProblems() {
    long unknown = 2_251_799_813_999_999L;

    List<Runnable> calls =
        List.of(
            () -> client.newProcessInstanceGetRequest(unknown).send().join(),
            () -> client.newCancelInstanceCommand(unknown).send().join(),
            () -> client.newCompleteCommand(unknown).send().join(),
            () -> client.newFailCommand(unknown).retries(1).send().join(),
            () -> client.newThrowErrorCommand(unknown).errorCode("E").send().join(),
            () -> client.newUserTaskGetRequest(unknown).send().join(),
            () -> client.newCompleteUserTaskCommand(unknown).send().join(),
            () -> client.newAssignUserTaskCommand(unknown).assignee("a").send().join(),
            () -> client.newUnassignUserTaskCommand(unknown).send().join(),
            () -> client.newResolveIncidentCommand(unknown).send().join(),
            () -> client.newProcessDefinitionGetRequest(unknown).send().join(),
            () -> client.newProcessDefinitionGetXmlRequest(unknown).send().join(),
            () -> client.newVariableGetRequest(unknown).send().join());

    for (Runnable call : calls) {
      ProblemException problem = Api.problem(call);
      assertThat(problem.code()).as(problem.getMessage()).isEqualTo(404);
      assertThat(problem.details().getTitle()).isEqualTo("NOT_FOUND");
    }
    Api.assertProblem(Api.get(rest, "/v2/process-instances/" + unknown), 404);
    Api.assertProblem(Api.postJson(rest, "/v2/jobs/" + unknown + "/completion", "{}"), 404);
  }

  @Test
  void malformedJsonIsABadRequestProblem() {
    Api.assertProblem(
        Api.postJson(rest, "/v2/process-instances", "{\"processDefinitionId\":"), 400);
    Api.assertProblem(Api.postJson(rest, "/v2/jobs/activation", "not json at all"), 400);
    Api.assertProblem(Api.postJson(rest, "/v2/process-instances/search", "{\"filter\":[}"), 400);
    Api.assertProblem(Api.postJson(rest, "/v2/messages/publication", "[1,2"), 400);
  }

  @Test
  void variablesThatAreNotAnObjectAreRefusedAndNoInstanceIsCreated() {
    String id = Api.unique("bad-vars");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(id))
            .endEvent()
            .done());

    Api.assertProblem(
        Api.postJson(
            rest,
            "/v2/process-instances",
            "{\"processDefinitionId\":\"" + id + "\",\"variables\":[1,2]}"),
        400);
    Api.assertProblem(
        Api.postJson(
            rest,
            "/v2/process-instances",
            "{\"processDefinitionId\":\"" + id + "\",\"variables\":\"text\"}"),
        400);

    assertThat(
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId(id))
                .send()
                .join()
                .items())
        .isEmpty();
  }

  @Test
  void aRefusedJobCompletionLeavesTheJobUntouched() {
    String id = Api.unique("bad-complete");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(id))
            .endEvent()
            .done());
    long instanceKey = Api.start(client, id);
    ActivatedJob job = Api.activateOne(client, id);

    Api.assertProblem(
        Api.postJson(rest, "/v2/jobs/" + job.getKey() + "/completion", "{\"variables\":[true]}"),
        400);

    var stored =
        client.newJobSearchRequest().filter(f -> f.jobKey(job.getKey())).send().join().items();
    assertThat(stored)
        .singleElement()
        .satisfies(j -> assertThat(j.getState()).isEqualTo(JobState.CREATED));
    assertThat(
            client
                .newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey))
                .send()
                .join()
                .items())
        .isEmpty();
    client.newCompleteCommand(job.getKey()).send().join();
    assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getState().name())
        .isEqualTo("COMPLETED");
  }

  @Test
  void invalidSearchFiltersAreBadRequestProblems() {
    Api.assertProblem(
        Api.postJson(
            rest,
            "/v2/process-instances/search",
            "{\"filter\":{\"processInstanceKey\":{\"$eq\":[1]}}}"),
        400);
    Api.assertProblem(
        Api.postJson(rest, "/v2/process-instances/search", "{\"page\":{\"limit\":-1}}"), 400);
  }

  @Test
  void aFeelConditionErrorRaisesAConditionIncident() {
    String id = Api.unique("feel-cond");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .exclusiveGateway("gw")
            .conditionExpression("amount > 10")
            .endEvent("big")
            .moveToLastExclusiveGateway()
            .conditionExpression("amount <= 10")
            .endEvent("small")
            .done());

    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("amount", "not a number"))
            .send()
            .join()
            .getProcessInstanceKey();

    Incident incident = onlyIncident(instanceKey);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CONDITION_ERROR);
    assertThat(incident.getElementId()).isEqualTo("gw");
    assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getState().name())
        .isEqualTo("ACTIVE");
  }

  @Test
  void aFeelMappingErrorRaisesAnIoMappingIncident() {
    String id = Api.unique("feel-io");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "task",
                t ->
                    t.zeebeJobType(id)
                        .zeebeInputExpression("assert(missing, missing != null)", "x"))
            .endEvent()
            .done());

    long instanceKey = Api.start(client, id);

    Incident incident = onlyIncident(instanceKey);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.IO_MAPPING_ERROR);
    assertThat(incident.getElementId()).isEqualTo("task");
    assertThat(
            client
                .newJobSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey))
                .send()
                .join()
                .items())
        .isEmpty();
  }

  private static Incident onlyIncident(long instanceKey) {
    List<Incident> incidents =
        client
            .newIncidentSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey))
            .send()
            .join()
            .items();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getErrorMessage()).isNotBlank();
    return incidents.get(0);
  }
}
