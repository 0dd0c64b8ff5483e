package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableScopeTest extends BpmnCompatSupport {

  @Test
  void jobResultVariablesWithoutMappingsAreCreatedAtTheProcessRoot() {
    String id = unique("root-vars");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent()
            .done());
    long key = start(id, Map.of("existing", 1));

    ActivatedJob job = activate(id);
    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("existing", 2, "created", "new"))
        .send()
        .join();

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("existing", 2).containsEntry("created", "new");
    assertThat(variables(key, job.getElementInstanceKey())).isEmpty();
  }

  @Test
  void localInputMappedVariableCapturesTheSameNamedJobResult() {
    String id = unique("local-capture");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "work", t -> t.zeebeJobType(id).zeebeInputExpression("\"local\"", "status"))
            .serviceTask("after", t -> t.zeebeJobType(id + "-after"))
            .endEvent()
            .done());
    long key = start(id, Map.of("status", "root"));

    ActivatedJob job = activate(id);
    assertThat(job.getVariablesAsMap()).containsEntry("status", "local");
    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("status", "from-worker", "other", 1))
        .send()
        .join();

    ActivatedJob after = activate(id + "-after");
    assertThat(after.getVariablesAsMap()).containsEntry("status", "root").containsEntry("other", 1);
    assertThat(variables(key, job.getElementInstanceKey())).containsEntry("status", "from-worker");
    client.newCompleteCommand(after.getKey()).send().join();
    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("status", "root");
  }

  @Test
  void setVariablesOnTheInstanceIsSeenByTheNextJob() {
    String id = unique("set-vars");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("wait", u -> u.zeebeUserTask())
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent()
            .done());
    long key = start(id);
    var task = awaitUserTask(key, "wait");

    client
        .newSetVariablesCommand(key)
        .variables(Map.of("customer", Map.of("name", "Ada", "tier", 2)))
        .send()
        .join();
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();

    ActivatedJob job = activate(id);
    assertThat(job.getVariablesAsMap()).containsEntry("customer", Map.of("name", "Ada", "tier", 2));
    assertThat(rootVariables(key)).containsEntry("customer", Map.of("name", "Ada", "tier", 2));
  }
}
