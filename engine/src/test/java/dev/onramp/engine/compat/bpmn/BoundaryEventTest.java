package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundaryEventTest extends BpmnCompatSupport {

  @Test
  void interruptingTimerOnUserTaskCancelsTheTaskAndTakesTheTimerPath() {
    String id = unique("timer-int");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("approve", u -> u.zeebeUserTask())
            .endEvent("approved")
            .moveToActivity("approve")
            .boundaryEvent("timeout", b -> b.timerWithDuration("PT1H"))
            .endEvent("escalated")
            .done());
    long key = start(id);
    var task = awaitUserTask(key, "approve");

    addTime(Duration.ofMinutes(61));

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .contains("timeout", "escalated")
        .doesNotContain("approved");
    assertThat(elementIds(key, ElementInstanceState.TERMINATED)).containsExactly("approve");
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState())
        .isEqualTo(UserTaskState.CANCELED);
  }

  @Test
  void nonInterruptingTimerCycleFiresRepeatedlyWhileTheTaskStaysActive() {
    String id = unique("timer-cycle");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent("done")
            .moveToActivity("work")
            .boundaryEvent("remind", b -> b.cancelActivity(false).timerWithCycle("R2/PT10M"))
            .serviceTask("notify", t -> t.zeebeJobType(id + "-notify"))
            .endEvent("reminded")
            .done());
    long key = start(id);
    ActivatedJob job = activate(id);

    addTime(Duration.ofMinutes(11));
    await().untilAsserted(() -> assertThat(elements(key, "remind")).hasSize(1));
    addTime(Duration.ofMinutes(10));
    await().untilAsserted(() -> assertThat(elements(key, "remind")).hasSize(2));
    activate(id + "-notify", 2).forEach(j -> client.newCompleteCommand(j.getKey()).send().join());

    addTime(Duration.ofMinutes(30));
    assertThat(elements(key, "work"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));
    client.newCompleteCommand(job.getKey()).send().join();
    awaitCompleted(key);
    assertThat(elements(key, "remind")).hasSize(2);
    assertThat(elements(key, "reminded")).hasSize(2);
  }

  @Test
  void interruptingTimerWithDateCancelsTheJob() {
    String id = unique("timer-date");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent("done")
            .moveToActivity("work")
            .boundaryEvent("deadline", b -> b.timerWithDateExpression("deadline"))
            .endEvent("late")
            .done());
    long key = start(id, Map.of("deadline", now().plus(Duration.ofDays(2)).toString()));
    ActivatedJob job = activate(id);

    addTime(Duration.ofDays(3));

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).contains("deadline", "late");
    assertThatThrownBy(() -> client.newCompleteCommand(job.getKey()).send().join())
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void interruptingMessageTerminatesTheTaskAndMergesMessageVariables() {
    String id = unique("msg-int");
    String message = unique("cancel-order");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent("done")
            .moveToActivity("work")
            .boundaryEvent(
                "cancelled",
                b -> b.message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
            .endEvent("aborted")
            .done());
    long key = start(id, Map.of("orderId", "x-1"));
    activate(id);

    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey("x-1")
        .variables(Map.of("reason", "customer"))
        .send()
        .join();

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.TERMINATED)).containsExactly("work");
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).contains("cancelled", "aborted");
    assertThat(rootVariables(key)).containsEntry("reason", "customer");
  }

  @Test
  void nonInterruptingMessageRunsAlongsideTheTask() {
    String id = unique("msg-nonint");
    String message = unique("ping");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("work", u -> u.zeebeUserTask())
            .endEvent("done")
            .moveToActivity("work")
            .boundaryEvent(
                "pinged",
                b ->
                    b.cancelActivity(false)
                        .message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
            .endEvent("answered")
            .done());
    long key = start(id, Map.of("orderId", "y-1"));
    var task = awaitUserTask(key, "work");

    for (int i = 0; i < 2; i++) {
      client.newPublishMessageCommand().messageName(message).correlationKey("y-1").send().join();
    }

    await().untilAsserted(() -> assertThat(elements(key, "answered")).hasSize(2));
    assertThat(elements(key, "work"))
        .extracting(ElementInstance::getState)
        .containsExactly(ElementInstanceState.ACTIVE);
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();
    awaitCompleted(key);
  }

  @Test
  void errorThrownByAJobIsCaughtByTheMatchingBoundaryWithItsVariables() {
    String id = unique("job-error");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("charge", t -> t.zeebeJobType(id))
            .endEvent("charged")
            .moveToActivity("charge")
            .boundaryEvent("declined", b -> b.error("CARD_DECLINED"))
            .endEvent("rejected")
            .moveToActivity("charge")
            .boundaryEvent("fraud", b -> b.error("FRAUD"))
            .endEvent("blocked")
            .done());
    long key = start(id);
    ActivatedJob job = activate(id);

    client
        .newThrowErrorCommand(job.getKey())
        .errorCode("CARD_DECLINED")
        .errorMessage("insufficient funds")
        .variables(Map.of("declineReason", "funds"))
        .send()
        .join();

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .contains("declined", "rejected")
        .doesNotContain("fraud", "blocked", "charged");
    assertThat(elementIds(key, ElementInstanceState.TERMINATED)).containsExactly("charge");
    assertThat(rootVariables(key)).containsEntry("declineReason", "funds");
  }

  @Test
  void errorEndEventInsideSubProcessIsCaughtByTheSubProcessBoundary() {
    String id = unique("sub-error");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "sub",
                s ->
                    s.embeddedSubProcess()
                        .startEvent()
                        .serviceTask("inner", t -> t.zeebeJobType(id))
                        .endEvent("throw", e -> e.error("INNER_FAILED")))
            .endEvent("normal")
            .moveToActivity("sub")
            .boundaryEvent("caught", b -> b.error("INNER_FAILED"))
            .endEvent("handled")
            .done());
    long key = start(id);

    completeJob(id);

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .contains("inner", "caught", "handled")
        .doesNotContain("normal");
    assertThat(elementIds(key, ElementInstanceState.TERMINATED)).contains("sub");
  }

  @Test
  void catchAllErrorBoundaryCatchesAnyErrorCode() {
    String id = unique("catch-all");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent("ok")
            .moveToActivity("work")
            .boundaryEvent("any", b -> b.error())
            .endEvent("failed")
            .done());
    long key = start(id);

    client.newThrowErrorCommand(activate(id).getKey()).errorCode("WHATEVER").send().join();

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).contains("any", "failed");
  }

  @Test
  void errorIsCaughtByTheNearestMatchingBoundaryWalkingUpTheScopes() {
    String id = unique("nearest");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "sub",
                s ->
                    s.embeddedSubProcess()
                        .startEvent()
                        .serviceTask("inner", t -> t.zeebeJobType(id))
                        .boundaryEvent("innerCatch", b -> b.error("OTHER"))
                        .endEvent("innerHandled")
                        .moveToActivity("inner")
                        .endEvent())
            .endEvent("normal")
            .moveToActivity("sub")
            .boundaryEvent("outerCatch", b -> b.error("BOOM"))
            .endEvent("outerHandled")
            .done());
    long key = start(id);

    client.newThrowErrorCommand(activate(id).getKey()).errorCode("BOOM").send().join();

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED))
        .contains("outerCatch", "outerHandled")
        .doesNotContain("innerCatch", "innerHandled", "normal");
    assertThat(elementIds(key, ElementInstanceState.TERMINATED)).contains("inner", "sub");
  }
}
