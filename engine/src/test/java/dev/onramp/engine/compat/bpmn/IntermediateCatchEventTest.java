package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntermediateCatchEventTest extends BpmnCompatSupport {

  static BpmnModelInstance waitingForMessage(String id, String message) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .intermediateCatchEvent(
            "paid", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("order.id")))
        .endEvent("done")
        .done();
  }

  static void publish(
      String message, String correlationKey, Duration ttl, Map<String, Object> vars) {
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey(correlationKey)
        .timeToLive(ttl)
        .variables(vars)
        .send()
        .join();
  }

  @Test
  void messageCatchCorrelatesOnTheFeelCorrelationKeyAndMergesVariables() {
    String id = unique("msg-catch");
    String message = unique("payment");
    deploy(waitingForMessage(id, message));
    long first = start(id, Map.of("order", Map.of("id", "o-1")));
    long second = start(id, Map.of("order", Map.of("id", "o-2")));
    awaitElement(first, "paid", ElementInstanceState.ACTIVE);
    awaitElement(second, "paid", ElementInstanceState.ACTIVE);

    publish(message, "o-2", Duration.ZERO, Map.of("paidAmount", 42));

    awaitCompleted(second);
    assertThat(rootVariables(second)).containsEntry("paidAmount", 42);
    assertThat(client.newProcessInstanceGetRequest(first).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(elements(first, "paid"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));
  }

  @Test
  void bufferedMessagePublishedBeforeTheSubscriptionOpensIsCorrelatedOnArrival() {
    String id = unique("msg-buffered");
    String message = unique("early");
    deploy(waitingForMessage(id, message));

    publish(message, "o-9", Duration.ofHours(1), Map.of("early", true));
    long key = start(id, Map.of("order", Map.of("id", "o-9")));

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("early", true);
  }

  @Test
  void bufferedMessageExpiresAfterItsTimeToLiveOnTheEngineClock() {
    String id = unique("msg-ttl");
    String message = unique("late");
    deploy(waitingForMessage(id, message));

    publish(message, "o-5", Duration.ofMinutes(1), Map.of("stale", true));
    addTime(Duration.ofMinutes(2));
    long key = start(id, Map.of("order", Map.of("id", "o-5")));

    awaitElement(key, "paid", ElementInstanceState.ACTIVE);
    await()
        .during(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(client.newProcessInstanceGetRequest(key).send().join().getState())
                    .isEqualTo(ProcessInstanceState.ACTIVE));

    publish(message, "o-5", Duration.ZERO, Map.of("fresh", true));
    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("fresh", true).doesNotContainKey("stale");
  }

  @Test
  void timerCatchWaitsUntilTheEngineClockPassesItsDuration() {
    String id = unique("timer-catch");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent("wait", e -> e.timerWithDurationExpression("delay"))
            .endEvent("done")
            .done());
    long key = start(id, Map.of("delay", "PT10M"));
    awaitElement(key, "wait", ElementInstanceState.ACTIVE);

    addTime(Duration.ofMinutes(5));
    await()
        .during(Duration.ofMillis(300))
        .untilAsserted(() -> assertThat(elements(key, "done")).isEmpty());

    addTime(Duration.ofMinutes(6));
    awaitCompleted(key);
    assertThat(elements(key, "wait"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED));
  }
}
