package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubProcessTest extends BpmnCompatSupport {

  @Test
  void embeddedSubProcessRunsItsInnerFlowAndCompletesBeforeContinuing() {
    String id = unique("sub");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .subProcess(
                "sub",
                s ->
                    s.embeddedSubProcess()
                        .startEvent("subStart")
                        .serviceTask("inner", t -> t.zeebeJobType(id))
                        .endEvent("subEnd"))
            .serviceTask("after", t -> t.zeebeJobType(id + "-after"))
            .endEvent("end")
            .done());
    long key = start(id);
    var job = activate(id);

    ElementInstance sub = elements(key, "sub").get(0);
    assertThat(sub.getType()).isEqualTo(ElementInstanceType.SUB_PROCESS);
    assertThat(sub.getState()).isEqualTo(ElementInstanceState.ACTIVE);
    assertThat(
            client
                .newElementInstanceSearchRequest()
                .filter(f -> f.elementInstanceScopeKey(sub.getElementInstanceKey()))
                .send()
                .join()
                .items())
        .extracting(ElementInstance::getElementId)
        .containsExactly("subStart", "inner");

    client.newCompleteCommand(job.getKey()).send().join();
    completeJob(id + "-after");

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .containsExactly("start", "sub", "subStart", "inner", "subEnd", "after", "end");
  }

  @Test
  void subProcessLocalVariablesDoNotLeakButNewVariablesReachTheRoot() {
    String id = unique("sub-locals");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "sub",
                s ->
                    s.zeebeInputExpression("base * 2", "doubled")
                        .embeddedSubProcess()
                        .startEvent()
                        .serviceTask("inner", t -> t.zeebeJobType(id))
                        .endEvent())
            .serviceTask("after", t -> t.zeebeJobType(id + "-after"))
            .endEvent()
            .done());
    long key = start(id, Map.of("base", 21));

    var inner = activate(id);
    assertThat(inner.getVariablesAsMap()).containsEntry("doubled", 42).containsEntry("base", 21);
    long subKey = elements(key, "sub").get(0).getElementInstanceKey();
    assertThat(variables(key, subKey)).containsOnlyKeys("doubled");
    client.newCompleteCommand(inner.getKey()).variables(Map.of("result", "ok")).send().join();

    var after = activate(id + "-after");
    assertThat(after.getVariablesAsMap())
        .containsEntry("result", "ok")
        .doesNotContainKey("doubled");
    client.newCompleteCommand(after.getKey()).send().join();
    awaitCompleted(key);
    assertThat(rootVariables(key)).containsOnlyKeys("base", "result");
  }
}
