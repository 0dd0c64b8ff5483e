package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.ProcessInstanceSequenceFlow;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating, awaiting, cancelling, searching and reading process instances. */
class ProcessInstanceApiTest extends ClientTest {

  private static BpmnModelInstance waiting(String processId, String endId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .serviceTask("task", t -> t.zeebeJobType(processId + "-job"))
        .endEvent(endId)
        .done();
  }

  private static BpmnModelInstance straightThrough(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .sequenceFlowId("f1")
        .manualTask("m")
        .sequenceFlowId("f2")
        .endEvent("end")
        .done();
  }

  @Test
  void createByIdStartsTheLatestVersion() {
    String id = Api.unique("pi-latest");
    Api.deploy(client, waiting(id, "end1"));
    long v2 = Api.deploy(client, waiting(id, "end2"));

    ProcessInstanceEvent created =
        client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join();

    assertThat(created.getVersion()).isEqualTo(2);
    assertThat(created.getProcessDefinitionKey()).isEqualTo(v2);
    assertThat(created.getBpmnProcessId()).isEqualTo(id);
    assertThat(created.getTenantId()).isEqualTo("<default>");
    assertThat(created.getProcessInstanceKey()).isPositive();
  }

  @Test
  void createByIdAndVersionStartsThatVersion() {
    String id = Api.unique("pi-version");
    long v1 = Api.deploy(client, waiting(id, "end1"));
    Api.deploy(client, waiting(id, "end2"));

    ProcessInstanceEvent created =
        client.newCreateInstanceCommand().bpmnProcessId(id).version(1).send().join();

    assertThat(created.getVersion()).isEqualTo(1);
    assertThat(created.getProcessDefinitionKey()).isEqualTo(v1);
  }

  @Test
  void createByKeyStartsThatDefinitionWithVariables() {
    String id = Api.unique("pi-key");
    long v1 = Api.deploy(client, waiting(id, "end1"));
    Api.deploy(client, waiting(id, "end2"));

    ProcessInstanceEvent created =
        client
            .newCreateInstanceCommand()
            .processDefinitionKey(v1)
            .variables(Map.of("amount", 42, "customer", "ada"))
            .send()
            .join();

    assertThat(created.getProcessDefinitionKey()).isEqualTo(v1);
    assertThat(created.getVersion()).isEqualTo(1);
    var variables =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(created.getProcessInstanceKey()))
            .send()
            .join()
            .items();
    assertThat(variables)
        .extracting(v -> v.getName() + "=" + v.getValue())
        .containsExactlyInAnyOrder("amount=42", "customer=\"ada\"");
  }

  @Test
  void createWithUnknownProcessIdIsANotFoundProblem() {
    ProblemException problem =
        Api.problem(
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId(Api.unique("missing"))
                    .latestVersion()
                    .send()
                    .join());
    assertThat(problem.code()).isEqualTo(404);
  }

  @Test
  void awaitCompletionReturnsOnlyTheFetchedVariables() {
    String id = Api.unique("pi-result");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask("calc", s -> s.zeebeExpression("a + 1").zeebeResultVariable("b"))
            .endEvent()
            .done());

    ProcessInstanceResult result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("a", 1, "c", "x"))
            .withResult()
            .fetchVariables("b", "c")
            .requestTimeout(Duration.ofSeconds(5))
            .send()
            .join();

    assertThat(result.getVariablesAsMap()).isEqualTo(Map.of("b", 2, "c", "x"));
    assertThat(result.getBpmnProcessId()).isEqualTo(id);
    assertThat(state(result.getProcessInstanceKey())).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void awaitCompletionReturnsAllVariablesWithoutFetchList() {
    String id = Api.unique("pi-result-all");
    Api.deploy(client, Bpmn.createExecutableProcess(id).startEvent().endEvent().done());

    ProcessInstanceResult result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("a", 1, "b", List.of(1, 2)))
            .withResult()
            .send()
            .join();

    assertThat(result.getVariablesAsMap()).isEqualTo(Map.of("a", 1, "b", List.of(1, 2)));
  }

  @Test
  void awaitCompletionAnswers504WhenTheInstanceDoesNotCompleteInTime() {
    String id = Api.unique("pi-timeout");
    Api.deploy(client, waiting(id, "end"));

    ProblemException problem =
        Api.problem(
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId(id)
                    .latestVersion()
                    .withResult()
                    .requestTimeout(Duration.ofMillis(500))
                    .send()
                    .join());

    assertThat(problem.code()).isEqualTo(504);
    List<ProcessInstance> instances = byProcessId(id);
    assertThat(instances)
        .singleElement()
        .extracting(ProcessInstance::getState)
        .isEqualTo(ProcessInstanceState.ACTIVE);
  }

  @Test
  void cancelAnswersNoContentAndASecondCancelIsNotFound() {
    String id = Api.unique("pi-cancel");
    Api.deploy(client, waiting(id, "end"));
    long key = Api.start(client, id);

    client.newCancelInstanceCommand(key).send().join();

    assertThat(state(key)).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(client.newProcessInstanceGetRequest(key).send().join().getEndDate()).isNotNull();
    ProblemException again = Api.problem(() -> client.newCancelInstanceCommand(key).send().join());
    assertThat(again.code()).isEqualTo(404);
  }

  @Test
  void getReturnsTheInstanceAndUnknownKeysAreNotFound() {
    String id = Api.unique("pi-get");
    long definitionKey = Api.deploy(client, waiting(id, "end"));
    long key = Api.start(client, id);

    ProcessInstance instance = client.newProcessInstanceGetRequest(key).send().join();

    assertThat(instance.getProcessInstanceKey()).isEqualTo(key);
    assertThat(instance.getProcessDefinitionId()).isEqualTo(id);
    assertThat(instance.getProcessDefinitionKey()).isEqualTo(definitionKey);
    assertThat(instance.getProcessDefinitionVersion()).isEqualTo(1);
    assertThat(instance.getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(instance.getHasIncident()).isFalse();
    assertThat(instance.getStartDate()).isNotNull();
    assertThat(instance.getEndDate()).isNull();
    assertThat(instance.getTenantId()).isEqualTo("<default>");
    ProblemException missing =
        Api.problem(() -> client.newProcessInstanceGetRequest(key + 1_000_000).send().join());
    assertThat(missing.code()).isEqualTo(404);
  }

  @Test
  void searchFiltersByScalarEqInAndLike() {
    String prefix = Api.unique("pi-filter");
    String a = prefix + "-alpha";
    String b = prefix + "-beta";
    Api.deploy(client, waiting(a, "end"));
    Api.deploy(client, waiting(b, "end"));
    long ka = Api.start(client, a);
    long kb1 = Api.start(client, b);
    long kb2 = Api.start(client, b);

    assertThat(keys(client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(a))))
        .containsExactly(ka);
    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(p -> p.eq(b)))))
        .containsExactlyInAnyOrder(kb1, kb2);
    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.processInstanceKey(p -> p.in(ka, kb2)))))
        .containsExactlyInAnyOrder(ka, kb2);
    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(p -> p.like(prefix + "-*")))))
        .containsExactlyInAnyOrder(ka, kb1, kb2);
  }

  @Test
  void searchFiltersByStateAndVariables() {
    String id = Api.unique("pi-state");
    Api.deploy(client, waiting(id, "end"));
    long red =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("color", "red", "size", 3))
            .send()
            .join()
            .getProcessInstanceKey();
    long blue =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("color", "blue", "size", 4))
            .send()
            .join()
            .getProcessInstanceKey();
    client.newCancelInstanceCommand(blue).send().join();

    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(id).state(ProcessInstanceState.TERMINATED))))
        .containsExactly(blue);
    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(
                        f ->
                            f.processDefinitionId(id)
                                .state(s -> s.eq(ProcessInstanceState.ACTIVE)))))
        .containsExactly(red);
    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(id).variables(Map.of("color", "\"red\"")))))
        .containsExactly(red);
    assertThat(
            keys(
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(id).variables(Map.of("size", 3)))))
        .containsExactly(red);
  }

  @Test
  void searchSortsAndPagesWithOffsetsAndReportsTotalItems() {
    String id = Api.unique("pi-page");
    Api.deploy(client, waiting(id, "end"));
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(Api.start(client, id));
    }
    List<Long> descending = created.stream().sorted(Comparator.reverseOrder()).toList();

    SearchResponse<ProcessInstance> page =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(id))
            .sort(s -> s.processInstanceKey().desc())
            .page(p -> p.from(1).limit(2))
            .send()
            .join();

    assertThat(page.page().totalItems()).isEqualTo(5);
    assertThat(page.items())
        .extracting(ProcessInstance::getProcessInstanceKey)
        .containsExactly(descending.get(1), descending.get(2));
  }

  @Test
  void searchPagesWithCursors() {
    String id = Api.unique("pi-cursor");
    Api.deploy(client, waiting(id, "end"));
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(Api.start(client, id));
    }
    List<Long> ascending = created.stream().sorted().toList();

    List<Long> seen = new ArrayList<>();
    String cursor = null;
    for (int round = 0; round < 3; round++) {
      String after = cursor;
      SearchResponse<ProcessInstance> page =
          client
              .newProcessInstanceSearchRequest()
              .filter(f -> f.processDefinitionId(id))
              .sort(s -> s.processInstanceKey().asc())
              .page(
                  p -> {
                    p.limit(2);
                    if (after != null) {
                      p.after(after);
                    }
                  })
              .send()
              .join();
      assertThat(page.page().totalItems()).isEqualTo(5);
      page.items().forEach(i -> seen.add(i.getProcessInstanceKey()));
      cursor = page.page().endCursor();
    }

    assertThat(seen).containsExactlyElementsOf(ascending);
  }

  @Test
  void sequenceFlowsListTheTakenFlows() {
    String id = Api.unique("pi-flows");
    Api.deploy(client, straightThrough(id));
    long key = Api.start(client, id);

    List<ProcessInstanceSequenceFlow> flows =
        client.newProcessInstanceSequenceFlowsRequest(key).send().join();

    assertThat(flows)
        .extracting(ProcessInstanceSequenceFlow::getSequenceFlowId)
        .containsExactlyInAnyOrder("f1", "f2");
    assertThat(flows)
        .allSatisfy(
            f -> {
              assertThat(f.getProcessInstanceKey()).isEqualTo(Long.toString(key));
              assertThat(f.getProcessDefinitionId()).isEqualTo(id);
            });
  }

  private static ProcessInstanceState state(long key) {
    return client.newProcessInstanceGetRequest(key).send().join().getState();
  }

  private static List<ProcessInstance> byProcessId(String id) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(id))
        .send()
        .join()
        .items();
  }

  private static List<Long> keys(
      io.camunda.client.api.search.request.ProcessInstanceSearchRequest request) {
    return request.send().join().items().stream()
        .map(ProcessInstance::getProcessInstanceKey)
        .toList();
  }
}
