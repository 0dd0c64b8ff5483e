package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class DeploymentRefusalTest extends BpmnCompatSupport {

  /** Deploys the model next to a valid one, expects a 400 naming the element, and nothing saved. */
  static void assertRefused(String processId, BpmnModelInstance model, String... mentions) {
    String companion = unique("companion");
    ProblemException problem =
        catchThrowableOfType(
            ProblemException.class,
            () ->
                client
                    .newDeployResourceCommand()
                    .addProcessModel(
                        Bpmn.createExecutableProcess(companion).startEvent().endEvent().done(),
                        companion + ".bpmn")
                    .addProcessModel(model, processId + ".bpmn")
                    .send()
                    .join());
    assertThat(problem).as("deployment must be refused").isNotNull();
    assertThat(problem.code()).isEqualTo(400);
    assertThat(problem.details().getStatus()).isEqualTo(400);
    assertThat(problem.details().getDetail()).contains(mentions);
    for (String id : new String[] {processId, companion}) {
      assertThat(
              client
                  .newProcessDefinitionSearchRequest()
                  .filter(f -> f.processDefinitionId(id))
                  .send()
                  .join()
                  .items())
          .as("nothing of the refused deployment is deployed: %s", id)
          .isEmpty();
    }
  }

  @Test
  void inclusiveGatewayIsRefused() {
    String id = unique("inclusive");
    assertRefused(
        id,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .inclusiveGateway("orGateway")
            .endEvent("a")
            .moveToLastInclusiveGateway()
            .endEvent("b")
            .done(),
        "orGateway",
        "inclusiveGateway");
  }

  @Test
  void signalEventIsRefused() {
    String id = unique("signal");
    assertRefused(
        id,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent("waitSignal", e -> e.signal("go"))
            .endEvent()
            .done(),
        "waitSignal",
        "intermediateCatchEvent");
  }

  @Test
  void eventSubProcessIsRefused() {
    String id = unique("event-sub");
    assertRefused(
        id,
        Bpmn.createExecutableProcess(id)
            .eventSubProcess(
                "onTimeout", e -> e.startEvent("timeoutStart").timerWithDuration("PT1H").endEvent())
            .startEvent()
            .userTask("ut", u -> u.zeebeUserTask())
            .endEvent()
            .done(),
        "onTimeout",
        "subProcess");
  }

  @Test
  void jobWorkerUserTaskIsRefused() {
    String id = unique("job-user-task");
    assertRefused(
        id,
        Bpmn.createExecutableProcess(id).startEvent().userTask("legacyTask").endEvent().done(),
        "legacyTask",
        "userTask");
  }

  @Test
  void taskListenersAreRefused() {
    String id = unique("task-listener");
    assertRefused(
        id,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "listened",
                u -> u.zeebeUserTask().zeebeTaskListener(l -> l.completing().type("audit")))
            .endEvent()
            .done(),
        "listened",
        "taskListeners");
  }
}
