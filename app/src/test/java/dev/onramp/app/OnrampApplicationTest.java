package dev.onramp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import dev.onramp.app.testing.Api;
import dev.onramp.app.testing.Onboarding;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.spring.event.CamundaClientCreatedSpringEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app with the embedded engine and the production Camunda client, as it starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnrampApplicationTest {

  @DynamicPropertySource
  static void engine(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
  }

  @Autowired CamundaClient client;
  @Autowired StarterProbe starterProbe;
  @LocalServerPort int appPort;

  @Value("${onramp.engine.port}")
  int enginePort;

  @Value("${onramp.engine.management-port}")
  int engineManagementPort;

  @Test
  void shouldHaveTheEngineRunningWhenTheStarterDeploysAndOpensWorkers() {
    assertThat(starterProbe.topologyWhenClientCreated.get())
        .as("engine topology seen by the starter's client-created listeners")
        .isNotNull()
        .satisfies(topology -> assertThat(topology.getBrokers()).isNotEmpty());
  }

  @Test
  void shouldDeployTheModelsAtStartUp() {
    List<ProcessDefinition> definitions =
        client
            .newProcessDefinitionSearchRequest()
            .filter(f -> f.processDefinitionId("Process_WorkloadOnboarding"))
            .send()
            .join()
            .items();

    assertThat(definitions)
        .singleElement()
        .satisfies(
            definition -> {
              assertThat(definition.getName()).isEqualTo("Workload onboarding");
              assertThat(definition.getResourceName()).isEqualTo("workload-onboarding.bpmn");
            });
  }

  @Test
  void shouldLinkTheReviewTaskToTheDeployedForm() {
    Api api = new Api(appPort);
    String requestId =
        new Onboarding(api)
            .submit("alice", new Onboarding(api).newWorkloadRequest("Form Bot"))
            .path("processInstanceKey")
            .asText();
    UserTask review = awaitOpenReview(Long.parseLong(requestId));

    assertThat(review.getCandidateGroups()).containsExactly("finops-leads");
    assertThat(client.newUserTaskGetFormRequest(review.getUserTaskKey()).send().join())
        .satisfies(
            form -> {
              assertThat(form.getFormId()).isEqualTo("finops-review");
              assertThat(form.getSchema()).asString().contains("\"decision\"", "\"rationale\"");
            });
  }

  @Test
  void shouldServeTheEngineApiOnItsOwnPortOnly() throws Exception {
    assertThat(get("http://127.0.0.1:" + enginePort + "/v2/topology")).isEqualTo(200);
    // Signed in, so the answer is about the path, not about authentication.
    assertThat(new Api(appPort).as("alice").get("/v2/topology").status()).isEqualTo(404);
  }

  @Test
  void shouldDescribeEveryPersonaActionInOpenApi() {
    var paths = new Api(appPort).as("alice").get("/v3/api-docs").json().path("paths");
    assertThat(paths.fieldNames())
        .toIterable()
        .contains(
            "/api/requests",
            "/api/requests/{id}",
            "/api/reviews/{requestId}/approve",
            "/api/reviews/{requestId}/reject",
            "/api/reviews/{requestId}/send-back",
            "/api/tasks/{taskId}/steps/{stepNo}/check",
            "/api/tasks/{taskId}/implemented",
            "/api/requests/{requestId}/claim",
            "/api/requests/{requestId}/handoff",
            "/api/notifications");
  }

  @Test
  void shouldReportTheEngineHealthyOnItsManagementPort() throws Exception {
    assertThat(get("http://127.0.0.1:" + engineManagementPort + "/actuator/health")).isEqualTo(200);
  }

  private UserTask awaitOpenReview(long instanceKey) {
    return await()
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(instanceKey)
                                .elementId("UserTask_ReviewRequest")
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            tasks -> tasks.size() == 1)
        .get(0);
  }

  private static int get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Records what the engine answers when the starter announces its client (deploy, workers). */
  @TestConfiguration(proxyBeanMethods = false)
  static class StarterProbeConfiguration {

    @Bean
    StarterProbe starterProbe() {
      return new StarterProbe();
    }
  }

  static class StarterProbe {

    final AtomicReference<Topology> topologyWhenClientCreated = new AtomicReference<>();

    @EventListener
    void onClientCreated(CamundaClientCreatedSpringEvent event) {
      topologyWhenClientCreated.set(
          event.getClient().newTopologyRequest().send().join(10, TimeUnit.SECONDS));
    }
  }
}
