package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionBrokerRole;
import io.camunda.client.api.response.Topology;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /v2/topology and POST /v2/deployments (multipart, forms, de-duplication, versions). */
class DeploymentApiTest extends ClientTest {

  @Test
  void topologyReportsOneBrokerWithAHealthyLeaderPartition() {
    Topology topology = client.newTopologyRequest().send().join();

    assertThat(topology.getBrokers()).hasSize(1);
    assertThat(topology.getClusterSize()).isEqualTo(1);
    assertThat(topology.getPartitionsCount()).isEqualTo(1);
    assertThat(topology.getGatewayVersion()).isNotBlank();
    assertThat(topology.getBrokers().get(0).getPartitions())
        .singleElement()
        .satisfies(
            partition -> {
              assertThat(partition.getRole()).isEqualTo(PartitionBrokerRole.LEADER);
              assertThat(partition.getHealth()).isEqualTo(PartitionBrokerHealth.HEALTHY);
            });
  }

  @Test
  void deploysAProcessAndAFormInOneMultipartRequest() {
    String processId = Api.unique("dep-form");
    String formId = Api.unique("form");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .userTask("ut", u -> u.zeebeUserTask().zeebeFormId(formId))
            .endEvent()
            .done();

    DeploymentEvent event =
        client
            .newDeployResourceCommand()
            .addProcessModel(model, processId + ".bpmn")
            .addResourceStringUtf8(formJson(formId, "Name"), formId + ".form")
            .send()
            .join();

    assertThat(event.getKey()).isPositive();
    assertThat(event.getTenantId()).isEqualTo("<default>");
    assertThat(event.getProcesses())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getBpmnProcessId()).isEqualTo(processId);
              assertThat(p.getVersion()).isEqualTo(1);
              assertThat(p.getResourceName()).isEqualTo(processId + ".bpmn");
              assertThat(p.getProcessDefinitionKey()).isPositive();
            });
    assertThat(event.getForm())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getFormId()).isEqualTo(formId);
              assertThat(f.getVersion()).isEqualTo(1);
              assertThat(f.getResourceName()).isEqualTo(formId + ".form");
              assertThat(f.getFormKey()).isPositive();
            });
  }

  @Test
  void redeployingIdenticalResourcesKeepsVersionAndKey() {
    String processId = Api.unique("dep-same");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId).startEvent().endEvent().done();

    var first = deployOne(model, processId + ".bpmn");
    var second = deployOne(model, processId + ".bpmn");

    assertThat(second.getVersion()).isEqualTo(1);
    assertThat(second.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
    assertThat(definitions(processId)).hasSize(1);
  }

  @Test
  void redeployingChangedResourcesCreatesTheNextVersion() {
    String processId = Api.unique("dep-changed");
    var first =
        deployOne(
            Bpmn.createExecutableProcess(processId).startEvent().endEvent("a").done(),
            processId + ".bpmn");
    var second =
        deployOne(
            Bpmn.createExecutableProcess(processId).startEvent().endEvent("b").done(),
            processId + ".bpmn");

    assertThat(first.getVersion()).isEqualTo(1);
    assertThat(second.getVersion()).isEqualTo(2);
    assertThat(second.getProcessDefinitionKey()).isNotEqualTo(first.getProcessDefinitionKey());
    assertThat(definitions(processId))
        .extracting(ProcessDefinition::getVersion)
        .containsExactly(2, 1);
  }

  @Test
  void redeployingAChangedFormCreatesTheNextFormVersion() {
    String formId = Api.unique("form-v");
    var first =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(formJson(formId, "A"), formId + ".form")
            .send()
            .join()
            .getForm()
            .get(0);
    var same =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(formJson(formId, "A"), formId + ".form")
            .send()
            .join()
            .getForm()
            .get(0);
    var changed =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(formJson(formId, "B"), formId + ".form")
            .send()
            .join()
            .getForm()
            .get(0);

    assertThat(same.getFormKey()).isEqualTo(first.getFormKey());
    assertThat(same.getVersion()).isEqualTo(1);
    assertThat(changed.getVersion()).isEqualTo(2);
    assertThat(changed.getFormKey()).isNotEqualTo(first.getFormKey());
  }

  private io.camunda.client.api.response.Process deployOne(BpmnModelInstance model, String name) {
    return client
        .newDeployResourceCommand()
        .addProcessModel(model, name)
        .send()
        .join()
        .getProcesses()
        .get(0);
  }

  private static List<ProcessDefinition> definitions(String processId) {
    return client
        .newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.version().desc())
        .send()
        .join()
        .items();
  }

  static String formJson(String formId, String label) {
    return "{\"id\":\""
        + formId
        + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[{\"key\":\"name\","
        + "\"label\":\""
        + label
        + "\",\"type\":\"textfield\"}]}";
  }
}
