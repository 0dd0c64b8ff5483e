package dev.onramp.bench;

import static dev.onramp.bench.OnboardingProcess.JOB_1;
import static dev.onramp.bench.OnboardingProcess.JOB_2;
import static dev.onramp.bench.OnboardingProcess.JOB_3;
import static dev.onramp.bench.OnboardingProcess.TASK_1;
import static dev.onramp.bench.OnboardingProcess.TASK_2;
import static dev.onramp.bench.OnboardingProcess.TASK_3;

import dev.onramp.engine.EngineApplication;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The onramp engine started in this JVM as its own Spring Boot application on free loopback ports
 * and an H2 file (acknowledged commands made durable by the engine's journal, so they survive
 * {@code kill -9} as with Operaton's {@code WRITE_DELAY=0}), driven over HTTP through the official
 * Camunda 8 Java client (REST v2), exactly as a Camunda 8 user and job workers would.
 */
final class OnrampBench implements BenchEngine {

  /** How long one step may take before the instance counts as stuck. */
  private static final long STEP_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private ConfigurableApplicationContext context;
  private String url;
  private CamundaClient client;

  @Override
  public String name() {
    return "onramp";
  }

  @Override
  public String description() {
    return "onramp engine (in-process Spring Boot app) on an H2 file with its write-ahead journal"
        + " (acknowledged commands survive kill -9), driven over HTTP"
        + " by the official client io.camunda:camunda-client-java "
        + OperatonBench.versionOf(CamundaClient.class, "8.8")
        + " (REST v2)";
  }

  @Override
  public void start(Path dataDir, int driverThreads) throws IOException {
    int port = freePort();
    int managementPort = freePort();
    url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("engine") + ";DB_CLOSE_ON_EXIT=FALSE";
    long bootStart = System.nanoTime();
    context =
        EngineApplication.application()
            .run(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--management.server.port=" + managementPort,
                "--management.server.address=127.0.0.1",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--spring.main.banner-mode=off");
    EngineBenchmark.log(
        String.format(
            Locale.ROOT,
            "onramp: engine context started in %.1f s (port %d)",
            (System.nanoTime() - bootStart) / 1e9,
            port));
    client =
        CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .restAddress(URI.create("http://127.0.0.1:" + port))
            .preferRestOverGrpc(true)
            .defaultRequestTimeout(Duration.ofSeconds(30))
            .build();
    for (int thread = 0; thread < driverThreads; thread++) {
      client
          .newDeployResourceCommand()
          .addProcessModel(
              OnboardingProcess.camunda8(thread), OnboardingProcess.processId(thread) + ".bpmn")
          .send()
          .join();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  @Override
  public String jdbcUrl() {
    return url;
  }

  @Override
  public OnboardingDriver driver(int thread) {
    return new Driver(client, thread);
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    if (context != null) {
      context.close();
      context = null;
    }
  }

  private static final class Driver implements OnboardingDriver {

    private final CamundaClient client;
    private final int thread;
    private final String processId;

    Driver(CamundaClient client, int thread) {
      this.client = client;
      this.thread = thread;
      this.processId = OnboardingProcess.processId(thread);
    }

    @Override
    public void runOneInstance(long sequence) {
      long t = System.nanoTime();
      long instanceKey =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .variables(Variables.start(sequence))
              .send()
              .join()
              .getProcessInstanceKey();
      t = StepTimes.record("1 create instance", t);
      completeUserTask(instanceKey, TASK_1, Variables.task1());
      t = StepTimes.record("2 " + TASK_1, t);
      completeJob(instanceKey, JOB_1, Variables.job1(sequence));
      t = StepTimes.record("3 " + JOB_1, t);
      completeUserTask(instanceKey, TASK_2, Variables.none());
      t = StepTimes.record("4 " + TASK_2, t);
      completeJob(instanceKey, JOB_2, Variables.job2());
      t = StepTimes.record("5 " + JOB_2, t);
      completeUserTask(instanceKey, TASK_3, Variables.none());
      t = StepTimes.record("6 " + TASK_3, t);
      completeJob(instanceKey, JOB_3, Variables.job3());
      t = StepTimes.record("7 " + JOB_3, t);
      awaitCompleted(instanceKey);
      StepTimes.record("8 end check", t);
    }

    private void completeUserTask(long instanceKey, String elementId, Map<String, Object> vars) {
      long deadline = System.nanoTime() + STEP_TIMEOUT_NANOS;
      Poll poll = new Poll();
      while (true) {
        long searchStart = System.nanoTime();
        List<UserTask> found =
            client
                .newUserTaskSearchRequest()
                .filter(
                    f ->
                        f.processInstanceKey(instanceKey)
                            .elementId(elementId)
                            .state(UserTaskState.CREATED))
                .send()
                .join()
                .items();
        if (!found.isEmpty()) {
          StepTimes.record("  search user task", searchStart);
          long completeStart = System.nanoTime();
          client
              .newCompleteUserTaskCommand(found.get(0).getUserTaskKey())
              .variables(vars)
              .send()
              .join();
          StepTimes.record("  complete user task", completeStart);
          return;
        }
        StepTimes.retried("  search user task");
        poll.pause(deadline, () -> "user task " + elementId + " of instance " + instanceKey);
      }
    }

    private void completeJob(long instanceKey, String serviceTaskId, Map<String, Object> vars) {
      String type = OnboardingProcess.jobType(serviceTaskId, thread);
      long deadline = System.nanoTime() + STEP_TIMEOUT_NANOS;
      Poll poll = new Poll();
      while (true) {
        long activateStart = System.nanoTime();
        List<ActivatedJob> jobs =
            new ArrayList<>(
                client
                    .newActivateJobsCommand()
                    .jobType(type)
                    .maxJobsToActivate(1)
                    .timeout(Duration.ofMinutes(5))
                    .workerName("bench-worker-t" + thread)
                    .requestTimeout(Duration.ofSeconds(5))
                    .send()
                    .join()
                    .getJobs());
        if (!jobs.isEmpty()) {
          StepTimes.record("  activate job", activateStart);
          ActivatedJob job = jobs.get(0);
          if (job.getProcessInstanceKey() != instanceKey) {
            throw new IllegalStateException(
                "job "
                    + job.getKey()
                    + " of type "
                    + type
                    + " belongs to instance "
                    + job.getProcessInstanceKey()
                    + ", expected "
                    + instanceKey);
          }
          long completeStart = System.nanoTime();
          client.newCompleteCommand(job.getKey()).variables(vars).send().join();
          StepTimes.record("  complete job", completeStart);
          return;
        }
        StepTimes.retried("  activate job");
        poll.pause(deadline, () -> "job " + type + " of instance " + instanceKey);
      }
    }

    private void awaitCompleted(long instanceKey) {
      long deadline = System.nanoTime() + STEP_TIMEOUT_NANOS;
      Poll poll = new Poll();
      ProcessInstanceState last = null;
      while (true) {
        try {
          ProcessInstance instance = client.newProcessInstanceGetRequest(instanceKey).send().join();
          last = instance.getState();
          if (last == ProcessInstanceState.COMPLETED) {
            return;
          }
        } catch (RuntimeException notVisibleYet) {
          if (System.nanoTime() > deadline) {
            throw notVisibleYet;
          }
        }
        StepTimes.retried("  get instance");
        ProcessInstanceState state = last;
        poll.pause(
            deadline, () -> "completion of instance " + instanceKey + " (state " + state + ")");
      }
    }
  }

  /** Back-off for eventually visible state: 50 µs doubling up to 2 ms, then a deadline. */
  private static final class Poll {
    private long parkNanos = TimeUnit.MICROSECONDS.toNanos(50);

    void pause(long deadline, java.util.function.Supplier<String> what) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what.get());
      }
      LockSupport.parkNanos(parkNanos);
      parkNanos = Math.min(parkNanos * 2, TimeUnit.MILLISECONDS.toNanos(2));
    }
  }
}
