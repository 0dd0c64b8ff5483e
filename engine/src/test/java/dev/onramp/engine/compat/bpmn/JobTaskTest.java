package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTaskTest extends BpmnCompatSupport {

  @Test
  void serviceTaskJobCarriesTypeRetriesHeadersAndVariables() {
    String id = unique("service");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "charge",
                t ->
                    t.zeebeJobType(id)
                        .zeebeJobRetries("5")
                        .zeebeTaskHeader("channel", "email")
                        .zeebeTaskHeader("template", "welcome"))
            .endEvent()
            .done());
    long key = start(id, Map.of("customer", "c-1"));

    ActivatedJob job = activate(id);

    assertThat(job.getType()).isEqualTo(id);
    assertThat(job.getRetries()).isEqualTo(5);
    assertThat(job.getCustomHeaders())
        .containsExactlyInAnyOrderEntriesOf(Map.of("channel", "email", "template", "welcome"));
    assertThat(job.getKind()).isEqualTo(JobKind.BPMN_ELEMENT);
    assertThat(job.getElementId()).isEqualTo("charge");
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    assertThat(job.getBpmnProcessId()).isEqualTo(id);
    assertThat(job.getVariablesAsMap()).containsEntry("customer", "c-1");
    assertThat(elements(key, "charge"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE);
              assertThat(e.getElementInstanceKey()).isEqualTo(job.getElementInstanceKey());
            });

    client.newCompleteCommand(job.getKey()).variables(Map.of("charged", true)).send().join();
    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("charged", true);
  }

  @Test
  void sendScriptAndBusinessRuleTasksWithTaskDefinitionAreJobWorkerTasks() {
    String id = unique("job-kinds");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .sendTask("send", t -> t.zeebeJobType(id + "-send"))
            .scriptTask("script", t -> t.zeebeJobType(id + "-script"))
            .businessRuleTask("rule", t -> t.zeebeJobType(id + "-rule"))
            .endEvent()
            .done());
    long key = start(id);

    ActivatedJob send = activate(id + "-send");
    assertThat(send.getElementId()).isEqualTo("send");
    client.newCompleteCommand(send.getKey()).send().join();
    completeJob(id + "-script");
    completeJob(id + "-rule");

    awaitCompleted(key);
    assertThat(elements(key))
        .filteredOn(e -> java.util.Set.of("send", "script", "rule").contains(e.getElementId()))
        .extracting(ElementInstance::getElementId, ElementInstance::getType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("send", ElementInstanceType.SEND_TASK),
            org.assertj.core.groups.Tuple.tuple("script", ElementInstanceType.SCRIPT_TASK),
            org.assertj.core.groups.Tuple.tuple("rule", ElementInstanceType.BUSINESS_RULE_TASK));
  }

  @Test
  void jobTypeAndRetriesCanBeFeelExpressions() {
    String id = unique("feel-job");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "svc",
                t ->
                    t.zeebeJobTypeExpression("prefix + \"-work\"")
                        .zeebeJobRetriesExpression("n * 2"))
            .endEvent()
            .done());
    long key = start(id, Map.of("prefix", id, "n", 4));

    ActivatedJob job = activate(id + "-work");

    assertThat(job.getRetries()).isEqualTo(8);
    client.newCompleteCommand(job.getKey()).send().join();
    awaitCompleted(key);
  }

  @Test
  void scriptTaskWithFeelExpressionStoresTheResultVariableWithoutAJob() {
    String id = unique("feel-script");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask(
                "calc", t -> t.zeebeExpression("sum(items) * factor").zeebeResultVariable("total"))
            .endEvent()
            .done());
    long key = start(id, Map.of("items", java.util.List.of(1, 2, 3), "factor", 10));

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("total", 60);
  }
}
