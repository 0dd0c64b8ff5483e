package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Element instances, variables and process definitions: search and get. */
class ReadApiTest extends ClientTest {

  @Test
  void elementInstanceSearchListsCompletedAndActiveElements() {
    String id = Api.unique("ei");
    long definitionKey =
        Api.deploy(
            client,
            Bpmn.createExecutableProcess(id)
                .startEvent("start")
                .name("Begin")
                .serviceTask("task", t -> t.zeebeJobType(id))
                .name("Work")
                .endEvent("end")
                .done());
    long key = Api.start(client, id);

    List<ElementInstance> all =
        client
            .newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(key))
            .sort(s -> s.startDate().asc())
            .send()
            .join()
            .items();

    assertThat(all)
        .filteredOn(e -> e.getElementId().equals("start"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(ElementInstanceType.START_EVENT);
              assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED);
              assertThat(e.getElementName()).isEqualTo("Begin");
              assertThat(e.getEndDate()).isNotNull();
              assertThat(e.getProcessDefinitionKey()).isEqualTo(definitionKey);
            });
    assertThat(all).filteredOn(e -> e.getElementId().equals("end")).isEmpty();
    List<ElementInstance> active =
        client
            .newElementInstanceSearchRequest()
            .filter(
                f -> f.processInstanceKey(key).elementId("task").state(ElementInstanceState.ACTIVE))
            .send()
            .join()
            .items();
    assertThat(active)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(ElementInstanceType.SERVICE_TASK);
              assertThat(e.getElementName()).isEqualTo("Work");
              assertThat(e.getEndDate()).isNull();
              assertThat(e.getIncident()).isFalse();
              assertThat(e.getTenantId()).isEqualTo("<default>");
            });
    assertThat(
            client
                .newElementInstanceGetRequest(active.get(0).getElementInstanceKey())
                .send()
                .join()
                .getElementId())
        .isEqualTo("task");
  }

  @Test
  void variableSearchReturnsValuesAsJsonTextInTheProcessScope() {
    String id = Api.unique("var");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(id))
            .endEvent()
            .done());
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("text", "abc", "number", 1, "object", Map.of("a", 1), "flag", true))
            .send()
            .join()
            .getProcessInstanceKey();

    List<Variable> variables =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(key).scopeKey(key))
            .sort(s -> s.name().asc())
            .send()
            .join()
            .items();

    assertThat(variables)
        .extracting(Variable::getName, Variable::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("flag", "true"),
            org.assertj.core.groups.Tuple.tuple("number", "1"),
            org.assertj.core.groups.Tuple.tuple("object", "{\"a\":1}"),
            org.assertj.core.groups.Tuple.tuple("text", "\"abc\""));
    assertThat(variables)
        .allSatisfy(
            v -> {
              assertThat(v.isTruncated()).isFalse();
              assertThat(v.getScopeKey()).isEqualTo(key);
              assertThat(v.getProcessInstanceKey()).isEqualTo(key);
              assertThat(v.getTenantId()).isEqualTo("<default>");
            });
  }

  @Test
  void variableGetReturnsOneVariableAndUnknownKeysAreNotFound() {
    String id = Api.unique("var-get");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(id))
            .endEvent()
            .done());
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("answer", 42))
            .send()
            .join()
            .getProcessInstanceKey();
    Variable found =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(key).name("answer"))
            .send()
            .join()
            .items()
            .get(0);

    Variable variable = client.newVariableGetRequest(found.getVariableKey()).send().join();

    assertThat(variable.getName()).isEqualTo("answer");
    assertThat(variable.getValue()).isEqualTo("42");
    assertThat(variable.getScopeKey()).isEqualTo(key);
    ProblemException missing =
        Api.problem(
            () -> client.newVariableGetRequest(found.getVariableKey() + 987_654).send().join());
    assertThat(missing.code()).isEqualTo(404);
  }

  @Test
  void processDefinitionSearchGetAndXml() {
    String id = Api.unique("pd");
    var model =
        Bpmn.createExecutableProcess(id).name("Definition Name").startEvent().endEvent().done();
    long key =
        client
            .newDeployResourceCommand()
            .addProcessModel(model, id + ".bpmn")
            .send()
            .join()
            .getProcesses()
            .get(0)
            .getProcessDefinitionKey();

    List<ProcessDefinition> found =
        client
            .newProcessDefinitionSearchRequest()
            .filter(f -> f.processDefinitionId(id))
            .send()
            .join()
            .items();
    ProcessDefinition definition = client.newProcessDefinitionGetRequest(key).send().join();
    String xml = client.newProcessDefinitionGetXmlRequest(key).send().join();

    assertThat(found)
        .singleElement()
        .extracting(ProcessDefinition::getProcessDefinitionKey)
        .isEqualTo(key);
    assertThat(definition.getProcessDefinitionId()).isEqualTo(id);
    assertThat(definition.getName()).isEqualTo("Definition Name");
    assertThat(definition.getVersion()).isEqualTo(1);
    assertThat(definition.getResourceName()).isEqualTo(id + ".bpmn");
    assertThat(definition.getTenantId()).isEqualTo("<default>");
    assertThat(xml).isEqualTo(Bpmn.convertToString(model));
    assertThat(
            Api.problem(() -> client.newProcessDefinitionGetRequest(key + 777_777).send().join())
                .code())
        .isEqualTo(404);
  }
}
