package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentTest extends BpmnCompatSupport {

  static void deployServiceTask(String id) {
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType(id))
            .endEvent()
            .done());
  }

  @Test
  void exhaustedRetriesRaiseJobNoRetriesResolvedByUpdatingRetriesAndResolving() {
    String id = unique("no-retries");
    deployServiceTask(id);
    long key = start(id);
    ActivatedJob job = activate(id);

    client.newFailCommand(job.getKey()).retries(0).errorMessage("backend down").send().join();

    Incident incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incident.getErrorMessage()).isEqualTo("backend down");
    assertThat(incident.getJobKey()).isEqualTo(job.getKey());
    assertThat(incident.getElementId()).isEqualTo("work");
    assertThat(incident.getElementInstanceKey()).isEqualTo(job.getElementInstanceKey());
    assertThat(elements(key, "work").get(0).getIncidentKey()).isEqualTo(incident.getIncidentKey());
    assertThat(client.newProcessInstanceGetRequest(key).send().join().getHasIncident()).isTrue();
    assertThat(tryActivate(id)).isEmpty();

    client.newUpdateRetriesCommand(job.getKey()).retries(2).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(client.newIncidentGetRequest(incident.getIncidentKey()).send().join().getState())
        .isEqualTo(IncidentState.RESOLVED);
    ActivatedJob again = activate(id);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(2);
    client.newCompleteCommand(again.getKey()).send().join();
    awaitCompleted(key);
    assertThat(client.newProcessInstanceGetRequest(key).send().join().getHasIncident()).isFalse();
  }

  @Test
  void failedJobWithRetriesLeftIsActivatableAgainAfterItsBackoffOnTheEngineClock() {
    String id = unique("backoff");
    deployServiceTask(id);
    long key = start(id);
    ActivatedJob job = activate(id);

    client
        .newFailCommand(job.getKey())
        .retries(1)
        .retryBackoff(Duration.ofHours(1))
        .errorMessage("try later")
        .send()
        .join();
    assertThat(tryActivate(id)).isEmpty();

    addTime(Duration.ofMinutes(61));
    ActivatedJob retried = activate(id);
    assertThat(retried.getRetries()).isEqualTo(1);
    assertThat(incidents(key)).isEmpty();
  }

  @Test
  void uncaughtErrorFromJobRaisesUnhandledErrorEvent() {
    String id = unique("unhandled");
    deployServiceTask(id);
    long key = start(id);

    client
        .newThrowErrorCommand(activate(id).getKey())
        .errorCode("NOBODY_CATCHES")
        .errorMessage("lost")
        .send()
        .join();

    Incident incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
    assertThat(incident.getElementId()).isEqualTo("work");
    assertThat(incident.getErrorMessage()).contains("NOBODY_CATCHES");
  }

  @Test
  void failingInputMappingRaisesIoMappingErrorResolvableAfterFixingVariables() {
    String id = unique("io-error");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "work",
                t -> t.zeebeJobType(id).zeebeInputExpression("assert(amount, amount != null)", "a"))
            .endEvent()
            .done());
    long key = start(id);

    Incident incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.IO_MAPPING_ERROR);
    assertThat(incident.getElementId()).isEqualTo("work");
    assertThat(tryActivate(id)).isEmpty();

    client.newSetVariablesCommand(key).variables(Map.of("amount", 3)).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    ActivatedJob job = activate(id);
    assertThat(job.getVariablesAsMap()).containsEntry("a", 3);
    client.newCompleteCommand(job.getKey()).send().join();
    awaitCompleted(key);
  }

  @Test
  void nonListInputCollectionRaisesExtractValueErrorResolvableAfterFixingVariables() {
    String id = unique("extract-error");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "each",
                t ->
                    t.zeebeJobType(id)
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("items")))
            .endEvent()
            .done());
    long key = start(id);

    Incident incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
    assertThat(incident.getElementId()).isEqualTo("each");

    client.newSetVariablesCommand(key).variables(Map.of("items", List.of(1, 2))).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    activate(id, 2).forEach(j -> client.newCompleteCommand(j.getKey()).send().join());
    awaitCompleted(key);
  }

  @Test
  void missingCorrelationKeyRaisesExtractValueErrorResolvableAfterFixingVariables() {
    String id = unique("corr-error");
    String message = unique("corr-msg");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent(
                "wait", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("ref")))
            .endEvent()
            .done());
    long key = start(id);

    Incident incident = awaitActiveIncident(key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
    assertThat(incident.getElementId()).isEqualTo("wait");

    client.newSetVariablesCommand(key).variables(Map.of("ref", "r-1")).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    await()
        .untilAsserted(
            () ->
                assertThat(incidents(key))
                    .allSatisfy(i -> assertThat(i.getState()).isEqualTo(IncidentState.RESOLVED)));
    client.newPublishMessageCommand().messageName(message).correlationKey("r-1").send().join();
    awaitCompleted(key);
  }
}
