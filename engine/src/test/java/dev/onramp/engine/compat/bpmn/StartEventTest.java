package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartEventTest extends BpmnCompatSupport {

  static List<ProcessInstance> instancesOf(String processId) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .send()
        .join()
        .items();
  }

  /** Deploys a date timer start due in one second and waits until the scheduler fired it. */
  static void awaitProbeTimer() {
    String probe = unique("probe");
    deploy(
        Bpmn.createExecutableProcess(probe)
            .startEvent()
            .timerWithDate(now().plusSeconds(1).toString())
            .endEvent()
            .done());
    addTime(Duration.ofSeconds(2));
    await().untilAsserted(() -> assertThat(instancesOf(probe)).isNotEmpty());
  }

  @Test
  void noneStartEventRunsThroughToTheEndEvent() {
    String id = unique("none-start");
    deploy(Bpmn.createExecutableProcess(id).startEvent("start").endEvent("end").done());

    long key = start(id, Map.of("x", 1));

    awaitCompleted(key);
    assertThat(elementIds(key, ElementInstanceState.COMPLETED)).containsExactly("start", "end");
    assertThat(rootVariables(key)).containsEntry("x", 1);
  }

  @Test
  void messageStartEventCreatesAnInstanceWithTheMessageVariables() {
    String id = unique("msg-start");
    String message = unique("order-placed");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .message(message)
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent()
            .done());

    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey("")
        .variables(Map.of("orderId", "A-1", "amount", 7))
        .send()
        .join();

    var job = activate(id);
    assertThat(job.getBpmnProcessId()).isEqualTo(id);
    assertThat(rootVariables(job.getProcessInstanceKey()))
        .containsEntry("orderId", "A-1")
        .containsEntry("amount", 7);
    assertThat(elements(job.getProcessInstanceKey(), "start"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED));
  }

  @Test
  void timerStartEventWithRepeatingCycleFiresOncePerIntervalUpToTheRepetitions() {
    String id = unique("cycle-start");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .timerWithCycle("R2/PT1H")
            .userTask("wait", u -> u.zeebeUserTask())
            .done());
    assertThat(instancesOf(id)).isEmpty();

    addTime(Duration.ofMinutes(61));
    await().untilAsserted(() -> assertThat(instancesOf(id)).hasSize(1));

    addTime(Duration.ofMinutes(60));
    await().untilAsserted(() -> assertThat(instancesOf(id)).hasSize(2));

    addTime(Duration.ofHours(3));
    // the cycle is exhausted: no third instance once a later timer has fired
    awaitProbeTimer();
    assertThat(instancesOf(id)).hasSize(2);
  }

  @Test
  void timerStartEventWithDateFiresOnceWhenTheManagementClockPassesIt() throws Exception {
    String id = unique("date-start");
    String date = now().plus(Duration.ofHours(2)).toString();
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .timerWithDate(date)
            .endEvent("end")
            .done());

    addTime(Duration.ofHours(1));
    assertThat(instancesOf(id)).isEmpty();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(engine.managementAddress() + "/actuator/clock/add"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"offsetMilli\":" + Duration.ofHours(2).toMillis() + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isBetween(200, 299);

    await().untilAsserted(() -> assertThat(instancesOf(id)).hasSize(1));
    awaitCompleted(instancesOf(id).get(0).getProcessInstanceKey());
  }

  @Test
  void timerStartEventWithCronFiresOnEveryMatchAndStopsWhenANewVersionDropsIt() {
    String id = unique("cron-start");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .timerWithCycle("0 0 * * * *")
            .endEvent()
            .done());

    addTime(Duration.ofMinutes(60));
    await().untilAsserted(() -> assertThat(instancesOf(id)).hasSize(1));
    addTime(Duration.ofMinutes(60));
    await().untilAsserted(() -> assertThat(instancesOf(id)).hasSize(2));

    // a new version without the timer start event cancels the old version's timer (Zeebe rule)
    deploy(Bpmn.createExecutableProcess(id).startEvent("start").endEvent("other").done());
    addTime(Duration.ofHours(2));
    awaitProbeTimer();
    assertThat(instancesOf(id)).hasSize(2);
  }
}
