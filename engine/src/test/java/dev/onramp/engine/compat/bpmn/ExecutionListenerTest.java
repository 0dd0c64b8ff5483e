package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionListenerTest extends BpmnCompatSupport {

  @Test
  void startListenersRunInOrderBeforeTheTaskAndEndListenersAfterIt() {
    String id = unique("listeners");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "work",
                t ->
                    t.zeebeJobType(id + "-work")
                        .zeebeStartExecutionListener(id + "-start1")
                        .zeebeStartExecutionListener(id + "-start2")
                        .zeebeEndExecutionListener(id + "-end"))
            .serviceTask("after", t -> t.zeebeJobType(id + "-after"))
            .endEvent()
            .done());
    long key = start(id);

    ActivatedJob start1 = activate(id + "-start1");
    assertThat(start1.getKind()).isEqualTo(JobKind.EXECUTION_LISTENER);
    assertThat(start1.getListenerEventType()).isEqualTo(ListenerEventType.START);
    assertThat(start1.getElementId()).isEqualTo("work");
    assertThat(tryActivate(id + "-start2")).isEmpty();
    assertThat(tryActivate(id + "-work")).isEmpty();
    client.newCompleteCommand(start1.getKey()).variables(Map.of("fromListener", 1)).send().join();

    ActivatedJob start2 = activate(id + "-start2");
    assertThat(start2.getVariablesAsMap()).containsEntry("fromListener", 1);
    assertThat(tryActivate(id + "-work")).isEmpty();
    client.newCompleteCommand(start2.getKey()).send().join();

    ActivatedJob work = activate(id + "-work");
    assertThat(work.getKind()).isEqualTo(JobKind.BPMN_ELEMENT);
    assertThat(work.getElementInstanceKey()).isEqualTo(start1.getElementInstanceKey());
    client.newCompleteCommand(work.getKey()).send().join();

    ActivatedJob end = activate(id + "-end");
    assertThat(end.getKind()).isEqualTo(JobKind.EXECUTION_LISTENER);
    assertThat(end.getListenerEventType()).isEqualTo(ListenerEventType.END);
    assertThat(elements(key, "after")).isEmpty();
    assertThat(elements(key, "work"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));
    client.newCompleteCommand(end.getKey()).send().join();

    completeJob(id + "-after");
    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("fromListener", 1);
  }

  @Test
  void processLevelListenersWrapTheWholeInstance() {
    String id = unique("process-listeners");
    deploy(
        Bpmn.createExecutableProcess(id)
            .zeebeStartExecutionListener(id + "-pstart")
            .zeebeEndExecutionListener(id + "-pend")
            .startEvent("start")
            .endEvent("end")
            .done());
    long key = start(id);

    ActivatedJob pstart = activate(id + "-pstart");
    assertThat(pstart.getListenerEventType()).isEqualTo(ListenerEventType.START);
    assertThat(pstart.getElementId()).isEqualTo(id);
    assertThat(elements(key, "start")).isEmpty();
    client.newCompleteCommand(pstart.getKey()).send().join();

    ActivatedJob pend = activate(id + "-pend");
    assertThat(pend.getListenerEventType()).isEqualTo(ListenerEventType.END);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).containsExactly("start", "end");
    client.newCompleteCommand(pend.getKey()).send().join();

    awaitCompleted(key);
  }
}
