package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.EngineApplication;
import dev.onramp.engine.testing.TestEngine;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Clock pinning/reset over REST, the management endpoints ({@code /actuator/clock}, {@code
 * /actuator/cluster/purge}) and their refusal without a controllable clock. Uses private engines so
 * that purging and pinning do not disturb other tests.
 */
class ManagementApiTest {

  static TestEngine engine;
  static CamundaClient client;

  @BeforeAll
  static void start() {
    engine = TestEngine.start();
    client = engine.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    engine.close();
  }

  private static JsonNode clock(URI management) {
    HttpResponse<String> response = Api.get(management, "/actuator/clock");
    assertThat(response.statusCode()).isEqualTo(200);
    return Api.json(response);
  }

  @Test
  void theClientPinsAndResetsTheEngineClock() {
    Instant pinned = Instant.parse("2030-01-02T03:04:05Z");

    client.newPinClockCommand().time(pinned).send().join();
    JsonNode whilePinned = clock(engine.managementAddress());
    client.newResetClockCommand().send().join();
    JsonNode afterReset = clock(engine.managementAddress());

    assertThat(whilePinned.path("epochMilli").asLong()).isEqualTo(pinned.toEpochMilli());
    assertThat(Instant.parse(whilePinned.path("instant").asText())).isEqualTo(pinned);
    assertThat(afterReset.path("epochMilli").asLong())
        .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(10_000L));
  }

  @Test
  void actuatorClockReadsMovesAndResets() {
    URI management = engine.managementAddress();
    long before = clock(management).path("epochMilli").asLong();

    HttpResponse<String> added =
        Api.postJson(management, "/actuator/clock/add", "{\"offsetMilli\":86400000}");
    long afterAdd = clock(management).path("epochMilli").asLong();
    HttpResponse<String> reset = Api.delete(management, "/actuator/clock");
    long afterReset = clock(management).path("epochMilli").asLong();

    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(Api.json(added).path("epochMilli").asLong())
        .isGreaterThanOrEqualTo(before + 86_400_000);
    assertThat(afterAdd).isGreaterThanOrEqualTo(before + 86_400_000);
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(afterReset).isLessThan(before + 86_400_000);
    assertThat(afterReset)
        .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(10_000L));
  }

  @Test
  void purgeWipesAllStateIncludingDefinitionsAndTopologyCatchesUp() {
    String id = Api.unique("purge");
    String message = Api.unique("purge-msg");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(id))
            .userTask("ut", u -> u.zeebeUserTask())
            .intermediateCatchEvent(
                "wait", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("\"k\"")))
            .endEvent()
            .done());
    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("v", 1))
            .send()
            .join()
            .getProcessInstanceKey();
    var job = Api.activateOne(client, id);
    client.newFailCommand(job.getKey()).retries(0).errorMessage("boom").send().join();
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey("k")
        .timeToLive(Duration.ofHours(1))
        .send()
        .join();

    HttpResponse<String> purge = Api.post(engine.managementAddress(), "/actuator/cluster/purge");

    assertThat(purge.statusCode()).isBetween(200, 299);
    long changeId = Api.json(purge).path("changeId").asLong();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode topology = Api.json(Api.get(engine.restAddress(), "/v2/topology"));
              assertThat(Long.parseLong(topology.path("lastCompletedChangeId").asText()))
                  .isGreaterThanOrEqualTo(changeId);
            });
    assertThat(client.newProcessDefinitionSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newProcessInstanceSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newElementInstanceSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newVariableSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newJobSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newIncidentSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newUserTaskSearchRequest().send().join().items()).isEmpty();
    assertThat(client.newMessageSubscriptionSearchRequest().send().join().items()).isEmpty();
    ProblemException gone =
        Api.problem(() -> client.newProcessInstanceGetRequest(instanceKey).send().join());
    assertThat(gone.code()).isEqualTo(404);
    ProblemException noDefinition =
        Api.problem(
            () ->
                client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().send().join());
    assertThat(noDefinition.code()).isEqualTo(404);

    // the buffered message is gone too: a fresh instance waiting for it is not correlated
    String again = Api.unique("purge-again");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(again)
            .startEvent()
            .intermediateCatchEvent(
                "wait", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("\"k\"")))
            .endEvent()
            .done());
    long waiting = Api.start(client, again);
    assertThat(client.newProcessInstanceGetRequest(waiting).send().join().getState().name())
        .isEqualTo("ACTIVE");
    assertThat(client.newProcessDefinitionSearchRequest().send().join().items())
        .singleElement()
        .satisfies(d -> assertThat(d.getVersion()).isEqualTo(1));
  }

  @Test
  void withoutAControlledClockTheChangingManagementEndpointsAreForbidden() throws IOException {
    int port = freePort();
    int managementPort = freePort();
    String url =
        "jdbc:h2:file:"
            + Files.createTempDirectory("onramp-uncontrolled").resolve("engine")
            + ";DB_CLOSE_ON_EXIT=FALSE";
    try (ConfigurableApplicationContext context =
        EngineApplication.application()
            .run(
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--engine.clock-controlled=false",
                "--logging.level.root=WARN")) {
      URI rest = URI.create("http://127.0.0.1:" + port);
      URI management = URI.create("http://127.0.0.1:" + managementPort);

      assertThat(Api.get(management, "/actuator/clock").statusCode()).isEqualTo(200);
      assertThat(
              Api.postJson(management, "/actuator/clock/add", "{\"offsetMilli\":1000}")
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              Api.postJson(management, "/actuator/clock/pin", "{\"epochMilli\":1000}").statusCode())
          .isEqualTo(403);
      assertThat(Api.delete(management, "/actuator/clock").statusCode()).isEqualTo(403);
      assertThat(Api.post(management, "/actuator/cluster/purge").statusCode()).isEqualTo(403);
      try (CamundaClient uncontrolled =
          CamundaClient.newClientBuilder().restAddress(rest).preferRestOverGrpc(true).build()) {
        ProblemException pin =
            Api.problem(() -> uncontrolled.newPinClockCommand().time(1_000L).send().join());
        ProblemException reset =
            Api.problem(() -> uncontrolled.newResetClockCommand().send().join());
        assertThat(pin.code()).isEqualTo(403);
        assertThat(reset.code()).isEqualTo(403);
        assertThat(uncontrolled.newTopologyRequest().send().join().getBrokers()).hasSize(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
