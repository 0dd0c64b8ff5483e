package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallActivityTest extends BpmnCompatSupport {

  static void deployChild(String childId) {
    deploy(
        Bpmn.createExecutableProcess(childId)
            .startEvent()
            .serviceTask("childWork", t -> t.zeebeJobType(childId))
            .endEvent()
            .done());
  }

  @Test
  void childSeesParentVariablesAndReturnsItsVariablesByDefault() {
    String parent = unique("parent");
    String child = unique("child");
    deployChild(child);
    deploy(
        Bpmn.createExecutableProcess(parent)
            .startEvent()
            .callActivity("call", c -> c.zeebeProcessId(child))
            .endEvent()
            .done());
    long key = start(parent, Map.of("input", "from-parent"));

    ActivatedJob job = activate(child);
    assertThat(job.getProcessInstanceKey()).isNotEqualTo(key);
    assertThat(job.getVariablesAsMap()).containsEntry("input", "from-parent");
    List<ProcessInstance> children =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.parentProcessInstanceKey(key))
            .send()
            .join()
            .items();
    assertThat(children)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
              assertThat(c.getProcessDefinitionId()).isEqualTo(child);
            });
    client.newCompleteCommand(job.getKey()).variables(Map.of("output", 7)).send().join();

    awaitCompleted(key);
    awaitCompleted(job.getProcessInstanceKey());
    assertThat(rootVariables(key)).containsEntry("output", 7);
  }

  @Test
  void withoutPropagationOnlyInputAndOutputMappingsCrossTheBoundary() {
    String parent = unique("parent-mapped");
    String child = unique("child-mapped");
    deployChild(child);
    deploy(
        Bpmn.createExecutableProcess(parent)
            .startEvent()
            .callActivity(
                "call",
                c ->
                    c.zeebeProcessId(child)
                        .zeebePropagateAllParentVariables(false)
                        .zeebePropagateAllChildVariables(false)
                        .zeebeInputExpression("amount + 1", "childAmount")
                        .zeebeOutputExpression("childResult", "result"))
            .endEvent()
            .done());
    long key = start(parent, Map.of("amount", 9, "secret", "parent-only"));

    ActivatedJob job = activate(child);
    assertThat(job.getVariablesAsMap())
        .containsEntry("childAmount", 10)
        .doesNotContainKey("secret");
    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("childResult", "done", "childNoise", true))
        .send()
        .join();

    awaitCompleted(key);
    assertThat(rootVariables(key))
        .containsEntry("result", "done")
        .doesNotContainKeys("childResult", "childNoise", "childAmount");
  }

  @Test
  void errorThrownInTheChildIsCaughtByTheBoundaryOnTheCallActivity() {
    String parent = unique("parent-error");
    String child = unique("child-error");
    deployChild(child);
    deploy(
        Bpmn.createExecutableProcess(parent)
            .startEvent()
            .callActivity("call", c -> c.zeebeProcessId(child))
            .endEvent("normal")
            .moveToActivity("call")
            .boundaryEvent("childFailed", b -> b.error("CHILD_FAILED"))
            .endEvent("handled")
            .done());
    long key = start(parent);

    ActivatedJob job = activate(child);
    client.newThrowErrorCommand(job.getKey()).errorCode("CHILD_FAILED").send().join();

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .contains("childFailed", "handled")
        .doesNotContain("normal");
    assertThat(elementIds(key, ElementInstanceState.TERMINATED)).containsExactly("call");
    awaitProcessState(
        job.getProcessInstanceKey(),
        io.camunda.client.api.search.enums.ProcessInstanceState.TERMINATED);
  }
}
