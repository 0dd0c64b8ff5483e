package dev.onramp.app.process;

import static io.camunda.process.test.api.CamundaAssert.assertThatProcessInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.provisioning.ProvisioningGenerator;
import dev.onramp.app.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A job worker that keeps failing raises an incident; after a fix and a retry the process goes on.
 */
class WorkerIncidentTest extends ProcessTest {

  @Autowired CamundaClient client;
  @MockitoSpyBean ProvisioningGenerator templates;

  @Test
  void shouldRaiseAnIncidentWhenAWorkerFailsAndGoOnAfterARetry() {
    AtomicBoolean broken = new AtomicBoolean(true);
    doAnswer(
            invocation -> {
              if (broken.get()) {
                throw new IllegalStateException("template store unavailable");
              }
              return invocation.callRealMethod();
            })
        .when(templates)
        .generate(any());

    JsonNode submitted = onboarding.submit("alice", onboarding.newWorkloadRequest("Fragile Bot"));
    String requestId = submitted.path("id").asText();
    long instance = OnboardingProcessTest.instanceKey(submitted);
    onboarding.approve(requestId, "BEDROCK", "NORMAL");

    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance)).hasActiveIncidents();
    Incident incident =
        client
            .newIncidentSearchRequest()
            .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
            .send()
            .join()
            .items()
            .get(0);
    assertThat(incident.getElementId()).isEqualTo("ServiceTask_GenerateTasks");
    assertThat(incident.getErrorMessage()).contains("template store unavailable");

    broken.set(false);
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(onboarding.awaitWorkableTask(requestId)).isNotNull();
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance))
        .hasNoActiveIncidents()
        .hasActiveElements("UserTask_ImplementTask");
  }
}
