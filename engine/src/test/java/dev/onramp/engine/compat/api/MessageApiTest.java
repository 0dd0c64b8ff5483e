package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.engine.clock.EngineClock;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.CorrelatedMessageSubscription;
import io.camunda.client.api.search.response.MessageSubscription;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Message publication (buffering, ids), correlation, subscriptions and signal broadcasts. */
class MessageApiTest extends ClientTest {

  /** Deploys a process waiting for the message (correlation key from variable {@code key}). */
  private static String deployCatch(String message) {
    String id = Api.unique("msg-proc");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent(
                "wait", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("key")))
            .endEvent()
            .done());
    return id;
  }

  private static long startWithKey(String processId, String key) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(Map.of("key", key))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private static ProcessInstanceState state(long key) {
    return client.newProcessInstanceGetRequest(key).send().join().getState();
  }

  @Test
  void aPublishedMessageIsBufferedAndCorrelatesToALaterSubscription() {
    String message = Api.unique("msg");
    String processId = deployCatch(message);

    var published =
        client
            .newPublishMessageCommand()
            .messageName(message)
            .correlationKey("order-1")
            .timeToLive(Duration.ofMinutes(10))
            .variables(Map.of("paid", true))
            .send()
            .join();
    long instanceKey = startWithKey(processId, "order-1");

    assertThat(published.getMessageKey()).isPositive();
    assertThat(published.getTenantId()).isEqualTo("<default>");
    assertThat(state(instanceKey)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(
            client
                .newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey).name("paid"))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(v -> assertThat(v.getValue()).isEqualTo("true"));
  }

  @Test
  void aBufferedMessageExpiresAfterItsTimeToLiveOnTheEngineClock() {
    String message = Api.unique("msg-ttl");
    String processId = deployCatch(message);
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey("k")
        .timeToLive(Duration.ofSeconds(30))
        .send()
        .join();

    Api.engine().bean(EngineClock.class).add(31_000);
    long instanceKey = startWithKey(processId, "k");

    assertThat(state(instanceKey)).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(
            client
                .newMessageSubscriptionSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.getMessageSubscriptionState())
                    .isEqualTo(MessageSubscriptionState.CREATED));
  }

  @Test
  void aDuplicateMessageIdIsRefusedWhileTheFirstIsBuffered() {
    String message = Api.unique("msg-dup");
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey("k")
        .messageId("id-1")
        .send()
        .join();

    ProblemException problem =
        Api.problem(
            () ->
                client
                    .newPublishMessageCommand()
                    .messageName(message)
                    .correlationKey("k")
                    .messageId("id-1")
                    .send()
                    .join());

    assertThat(problem.code()).isEqualTo(409);
    assertThat(problem.details().getTitle()).isEqualTo("ALREADY_EXISTS");
  }

  @Test
  void correlationReturnsTheInstanceAndIsNotFoundWhenNothingWaits() {
    String message = Api.unique("msg-corr");
    String processId = deployCatch(message);
    long instanceKey = startWithKey(processId, "c-1");

    var correlated =
        client
            .newCorrelateMessageCommand()
            .messageName(message)
            .correlationKey("c-1")
            .variables(Map.of("x", 1))
            .send()
            .join();
    ProblemException none =
        Api.problem(
            () ->
                client
                    .newCorrelateMessageCommand()
                    .messageName(message)
                    .correlationKey("c-1")
                    .send()
                    .join());

    assertThat(correlated.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(correlated.getMessageKey()).isPositive();
    assertThat(state(instanceKey)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(none.code()).isEqualTo(404);
  }

  @Test
  void subscriptionSearchesShowOpenAndCorrelatedSubscriptions() {
    String message = Api.unique("msg-sub");
    String processId = deployCatch(message);
    long open = startWithKey(processId, "open");
    long done = startWithKey(processId, "done");
    client.newCorrelateMessageCommand().messageName(message).correlationKey("done").send().join();

    List<MessageSubscription> waiting =
        client
            .newMessageSubscriptionSearchRequest()
            .filter(
                f ->
                    f.messageName(message)
                        .messageSubscriptionState(MessageSubscriptionState.CREATED))
            .send()
            .join()
            .items();
    List<CorrelatedMessageSubscription> correlated =
        client
            .newCorrelatedMessageSubscriptionSearchRequest()
            .filter(f -> f.processInstanceKey(done))
            .send()
            .join()
            .items();

    assertThat(waiting)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getProcessInstanceKey()).isEqualTo(open);
              assertThat(s.getCorrelationKey()).isEqualTo("open");
              assertThat(s.getElementId()).isEqualTo("wait");
              assertThat(s.getProcessDefinitionId()).isEqualTo(processId);
            });
    assertThat(correlated)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getMessageName()).isEqualTo(message);
              assertThat(c.getCorrelationKey()).isEqualTo("done");
              assertThat(c.getElementId()).isEqualTo("wait");
              assertThat(c.getCorrelationTime()).isNotNull();
            });
  }

  @Test
  void aSignalBroadcastIsAcknowledgedWithAKey() {
    var response =
        client
            .newBroadcastSignalCommand()
            .signalName(Api.unique("signal"))
            .variables(Map.of("s", 1))
            .send()
            .join();

    assertThat(response.getKey()).isPositive();
    assertThat(response.getTenantId()).isEqualTo("<default>");
  }
}
