package dev.onramp.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Job;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a standalone engine process ({@code java -jar} of the exec jar) with SIGKILL while commands
 * are in flight, starts it again on the same H2 file and checks that every command the engine
 * acknowledged survived, nothing was applied twice, and the engine goes on working.
 */
class EngineKillIT {

  private static final String PROCESS_ID = "kill-it";
  private static final String JOB_TYPE = "kill-it-work";
  private static final int INSTANCES = 50;

  @TempDir Path directory;

  private final List<Process> processes = new ArrayList<>();
  private final List<CamundaClient> clients = new ArrayList<>();

  @BeforeEach
  void requireExecJar() {
    String jar = System.getProperty("engine.execJar");
    assertThat(jar).as("system property engine.execJar (set by failsafe)").isNotBlank();
    assertThat(Path.of(jar)).as("the exec jar, built in package").isRegularFile();
  }

  @AfterEach
  void stopEverything() {
    clients.forEach(CamundaClient::close);
    for (Process process : processes) {
      process.destroyForcibly();
    }
  }

  @Test
  void shouldKeepEveryAcknowledgedCommandWhenTheProcessIsKilled() throws Exception {
    StandaloneEngine engine = startEngine("first");
    CamundaClient client = client(engine);
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(PROCESS_ID)
                .startEvent()
                .serviceTask("work", t -> t.zeebeJobType(JOB_TYPE))
                .endEvent("done")
                .done(),
            PROCESS_ID + ".bpmn")
        .send()
        .join();

    Set<Long> acknowledgedInstances = ConcurrentHashMap.newKeySet();
    Set<Long> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < INSTANCES; i++) {
      acknowledgedInstances.add(createInstance(client, i));
    }
    List<ActivatedJob> jobs = activateAll(client, INSTANCES);
    assertThat(jobs).hasSize(INSTANCES);
    for (ActivatedJob job : jobs.subList(0, INSTANCES / 2)) {
      client.newCompleteCommand(job.getKey()).variables(Map.of("worked", true)).send().join();
      acknowledgedCompletions.add(job.getKey());
    }
    List<ActivatedJob> open = new ArrayList<>(jobs.subList(INSTANCES / 2, INSTANCES));

    // keep commands flowing from another thread while the process dies
    AtomicBoolean keepGoing = new AtomicBoolean(true);
    CountDownLatch someInFlight = new CountDownLatch(10);
    Set<Long> inFlightCompletions = ConcurrentHashMap.newKeySet();
    Thread load =
        new Thread(
            () -> {
              int i = INSTANCES;
              while (keepGoing.get()) {
                try {
                  if (i % 2 == 0 && !open.isEmpty()) {
                    ActivatedJob job = open.remove(0);
                    inFlightCompletions.add(job.getKey());
                    client.newCompleteCommand(job.getKey()).send().join();
                    acknowledgedCompletions.add(job.getKey());
                  } else {
                    acknowledgedInstances.add(createInstance(client, i));
                  }
                  someInFlight.countDown();
                } catch (RuntimeException e) {
                  // the engine died under this command: it was never acknowledged
                  if (!keepGoing.get()) {
                    return;
                  }
                }
                i++;
              }
            },
            "kill-it-load");
    load.setDaemon(true);
    load.start();
    assertThat(someInFlight.await(60, TimeUnit.SECONDS)).isTrue();
    engine.process.destroyForcibly();
    assertThat(engine.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(engine.process.exitValue()).isEqualTo(137);
    keepGoing.set(false);
    load.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(load.isAlive()).isFalse();

    StandaloneEngine restarted = startEngine("restarted");
    CamundaClient after = client(restarted);

    // every acknowledged instance exists, once
    List<Long> allInstances = allInstanceKeys(after);
    assertThat(new HashSet<>(allInstances)).hasSameSizeAs(allInstances);
    assertThat(allInstances).containsAll(acknowledgedInstances);

    // every instance has exactly one job; every acknowledged completion is reflected
    for (long instance : allInstances) {
      List<Job> instanceJobs =
          after
              .newJobSearchRequest()
              .filter(f -> f.processInstanceKey(instance))
              .send()
              .join()
              .items();
      assertThat(instanceJobs).as("jobs of instance %s", instance).hasSize(1);
      Job job = instanceJobs.get(0);
      if (acknowledgedCompletions.contains(job.getJobKey())) {
        assertThat(job.getState()).isEqualTo(JobState.COMPLETED);
        assertThat(after.newProcessInstanceGetRequest(instance).send().join().getState())
            .isEqualTo(ProcessInstanceState.COMPLETED);
      } else if (!inFlightCompletions.contains(job.getJobKey())) {
        assertThat(job.getState()).isNotEqualTo(JobState.COMPLETED);
      }
    }

    // the engine goes on: the clock passes the old deadlines, every open job is done again
    HttpRequest moveClock =
        HttpRequest.newBuilder(URI.create(restarted.managementAddress() + "/actuator/clock/add"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"offsetMilli\":3600000}"))
            .build();
    assertThat(
            HttpClient.newHttpClient()
                .send(moveClock, HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    long newInstance = createInstance(after, -1);
    assertThat(allInstances).doesNotContain(newInstance);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              for (ActivatedJob job : activateAll(after, 100)) {
                after.newCompleteCommand(job.getKey()).send().join();
              }
              assertThat(
                      after
                          .newProcessInstanceSearchRequest()
                          .filter(
                              f ->
                                  f.processDefinitionId(PROCESS_ID)
                                      .state(ProcessInstanceState.ACTIVE))
                          .send()
                          .join()
                          .items())
                  .isEmpty();
            });
    List<Long> finalInstances = allInstanceKeys(after);
    assertThat(finalInstances).hasSize(allInstances.size() + 1);
  }

  @Test
  void shouldRefuseToStartASecondEngineProcessOnTheSameDatabaseFile() throws Exception {
    StandaloneEngine first = startEngine("first");
    CamundaClient client = client(first);

    Process second = launch("second");
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("second engine gives up").isTrue();
    assertThat(second.exitValue()).isNotZero();
    String output = Files.readString(directory.resolve("second.log"));
    assertThat(output).contains("Another engine is already writing to this database");

    // the first engine is unaffected
    assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private record StandaloneEngine(Process process, int port, int managementPort) {
    URI restAddress() {
      return URI.create("http://127.0.0.1:" + port);
    }

    URI managementAddress() {
      return URI.create("http://127.0.0.1:" + managementPort);
    }
  }

  private StandaloneEngine startEngine(String name) throws IOException {
    int port = freePort();
    int managementPort = freePort();
    Process process = launch(name, port, managementPort);
    StandaloneEngine engine = new StandaloneEngine(process, port, managementPort);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest topology =
        HttpRequest.newBuilder(URI.create(engine.restAddress() + "/v2/topology")).GET().build();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(
            () -> {
              assertThat(process.isAlive())
                  .as("engine %s is running (see %s.log)", name, name)
                  .isTrue();
              return http.send(topology, HttpResponse.BodyHandlers.discarding()).statusCode()
                  == 200;
            });
    return engine;
  }

  private Process launch(String name) throws IOException {
    return launch(name, freePort(), freePort());
  }

  private Process launch(String name, int port, int managementPort) throws IOException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            javaBin,
            "-Xmx512m",
            "-jar",
            System.getProperty("engine.execJar"),
            "--server.port=" + port,
            "--management.server.port=" + managementPort,
            "--spring.datasource.url=jdbc:h2:file:"
                + directory.resolve("engine")
                + ";DB_CLOSE_ON_EXIT=FALSE",
            "--engine.clock-controlled=true");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve(name + ".log").toFile())
            .start();
    processes.add(process);
    return process;
  }

  private CamundaClient client(StandaloneEngine engine) {
    CamundaClient client =
        CamundaClient.newClientBuilder()
            .restAddress(engine.restAddress())
            .preferRestOverGrpc(true)
            .defaultRequestTimeout(Duration.ofSeconds(10))
            .build();
    clients.add(client);
    return client;
  }

  private static long createInstance(CamundaClient client, int index) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of("index", index))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private static List<ActivatedJob> activateAll(CamundaClient client, int max) {
    return client
        .newActivateJobsCommand()
        .jobType(JOB_TYPE)
        .maxJobsToActivate(max)
        .timeout(Duration.ofMinutes(30))
        .requestTimeout(Duration.ofSeconds(1))
        .send()
        .join()
        .getJobs();
  }

  private static List<Long> allInstanceKeys(CamundaClient client) {
    List<Long> keys = new ArrayList<>();
    String after = null;
    while (true) {
      String cursor = after;
      var response =
          client
              .newProcessInstanceSearchRequest()
              .filter(f -> f.processDefinitionId(PROCESS_ID))
              .page(
                  p -> {
                    p.limit(100);
                    if (cursor != null) {
                      p.after(cursor);
                    }
                  })
              .send()
              .join();
      response.items().forEach(i -> keys.add(i.getProcessInstanceKey()));
      if (response.items().size() < 100) {
        return keys;
      }
      after = response.page().endCursor();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
