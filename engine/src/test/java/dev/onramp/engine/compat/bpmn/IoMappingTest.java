package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IoMappingTest extends BpmnCompatSupport {

  @Test
  void inputMappingsCreateLocalVariablesIncludingNestedTargets() {
    String id = unique("inputs");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "work",
                t ->
                    t.zeebeJobType(id)
                        .zeebeInputExpression("order.total * 2", "doubled")
                        .zeebeInputExpression("order.customer", "request.customer")
                        .zeebeInputExpression("\"EUR\"", "request.currency")
                        .zeebeInput("order.total", "plainSource"))
            .endEvent()
            .done());
    long key = start(id, Map.of("order", Map.of("total", 50, "customer", "acme")));

    ActivatedJob job = activate(id);

    assertThat(job.getVariablesAsMap())
        .containsEntry("doubled", 100)
        .containsEntry("request", Map.of("customer", "acme", "currency", "EUR"))
        .containsEntry("plainSource", 50);
    assertThat(variables(key, job.getElementInstanceKey()))
        .containsOnlyKeys("doubled", "request", "plainSource");
    assertThat(rootVariables(key)).containsOnlyKeys("order");
  }

  @Test
  void outputMappingsWriteOnlyTheMappedValuesToTheParentScope() {
    String id = unique("outputs");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "work",
                t ->
                    t.zeebeJobType(id)
                        .zeebeOutputExpression("response.status", "status")
                        .zeebeOutputExpression("response.items[1]", "result.first")
                        .zeebeOutputExpression("count(response.items)", "result.count"))
            .endEvent()
            .done());
    long key = start(id, Map.of("result", Map.of("kept", true)));

    ActivatedJob job = activate(id);
    client
        .newCompleteCommand(job.getKey())
        .variables(
            Map.of("response", Map.of("status", "OK", "items", List.of("a", "b")), "noise", 1))
        .send()
        .join();

    awaitCompleted(key);
    Map<String, Object> root = rootVariables(key);
    assertThat(root).containsEntry("status", "OK").doesNotContainKeys("response", "noise");
    assertThat(root.get("result")).isEqualTo(Map.of("kept", true, "first", "a", "count", 2));
  }
}
