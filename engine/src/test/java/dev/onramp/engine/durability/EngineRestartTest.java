package dev.onramp.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onramp.engine.testing.TestEngine;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stops an engine ({@code close()}) with instances waiting in every kind of wait state, starts a
 * new engine on the same database and checks, with the official client only, that everything
 * resumes: nothing lost, nothing duplicated. Runs on H2 (default) and on PostgreSQL (the {@code
 * postgres} surefire execution), each test on a database of its own.
 */
class EngineRestartTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @Test
  void shouldResumeActivatedUnactivatedAndFailedJobsAfterRestart() {
    TestEngine first = track(TestEngine.start());
    CamundaClient client = track(first.newClient());
    deploy(client, oneJobProcess("dur-jobs", "dur-jobs-work"));
    long lockedInstance = createInstance(client, "dur-jobs", Map.of("n", 1));
    long freshInstance = createInstance(client, "dur-jobs", Map.of("n", 2));
    long failedInstance = createInstance(client, "dur-jobs", Map.of("n", 3));

    List<ActivatedJob> activated = activate(client, "dur-jobs-work", 3, Duration.ofMinutes(10));
    assertThat(activated).hasSize(3);
    ActivatedJob locked = jobOf(activated, lockedInstance);
    ActivatedJob failed = jobOf(activated, failedInstance);
    long freshJobKey = jobOf(activated, freshInstance).getKey();
    // the "fresh" job goes back to activatable (unactivated) state before the restart
    client.newFailCommand(freshJobKey).retries(3).errorMessage("give it back").send().join();
    client.newFailCommand(failed.getKey()).retries(0).errorMessage("boom").send().join();
    long incidentKey = awaitSingleActiveIncident(client, failedInstance).getIncidentKey();

    first.close();
    TestEngine second = track(TestEngine.onSameDatabase(first));
    client = track(second.newClient());

    // the job activated before the restart keeps its deadline: nobody else may take it yet
    List<ActivatedJob> afterRestart = activate(client, "dur-jobs-work", 10, Duration.ofMinutes(10));
    assertThat(afterRestart).extracting(ActivatedJob::getKey).containsExactly(freshJobKey);
    assertThat(afterRestart.get(0).getVariablesAsMap()).containsEntry("n", 2);
    client.newCompleteCommand(freshJobKey).send().join();

    // its worker can still complete it with the key it got before the restart
    client.newCompleteCommand(locked.getKey()).variables(Map.of("done", true)).send().join();

    // the incident survived and is resolvable
    Incident incident = awaitSingleActiveIncident(client, failedInstance);
    assertThat(incident.getIncidentKey()).isEqualTo(incidentKey);
    assertThat(incident.getJobKey()).isEqualTo(failed.getKey());
    client.newUpdateRetriesCommand(failed.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incidentKey).send().join();
    List<ActivatedJob> retried = activate(client, "dur-jobs-work", 10, Duration.ofMinutes(1));
    assertThat(retried).extracting(ActivatedJob::getKey).containsExactly(failed.getKey());
    client.newCompleteCommand(failed.getKey()).send().join();

    for (long instance : List.of(lockedInstance, freshInstance, failedInstance)) {
      awaitCompleted(client, instance);
      assertThat(
              client
                  .newJobSearchRequest()
                  .filter(f -> f.processInstanceKey(instance))
                  .send()
                  .join()
                  .items())
          .hasSize(1);
    }
    assertThat(
            client
                .newIncidentSearchRequest()
                .filter(f -> f.processInstanceKey(failedInstance))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(i -> assertThat(i.getState()).isEqualTo(IncidentState.RESOLVED));
  }

  @Test
  void shouldTimeOutAJobActivatedBeforeRestartWhenTheClockPassesItsDeadline() {
    TestEngine first = track(TestEngine.start());
    CamundaClient client = track(first.newClient());
    deploy(client, oneJobProcess("dur-deadline", "dur-deadline-work"));
    long instance = createInstance(client, "dur-deadline", Map.of());
    ActivatedJob job = activate(client, "dur-deadline-work", 1, Duration.ofMinutes(10)).get(0);

    first.close();
    TestEngine second = track(TestEngine.onSameDatabase(first));
    client = track(second.newClient());

    assertThat(activate(client, "dur-deadline-work", 1, Duration.ofMinutes(10))).isEmpty();
    addToClock(second, Duration.ofMinutes(11));
    CamundaClient after = client;
    List<ActivatedJob> again =
        await()
            .until(
                () -> activate(after, "dur-deadline-work", 1, Duration.ofMinutes(10)),
                jobs -> !jobs.isEmpty());
    assertThat(again).extracting(ActivatedJob::getKey).containsExactly(job.getKey());
    client.newCompleteCommand(job.getKey()).send().join();
    awaitCompleted(client, instance);
  }

  @Test
  void shouldFireTimersArmedBeforeRestartOnlyWhenTheClockMoves() {
    TestEngine first = track(TestEngine.start());
    CamundaClient client = track(first.newClient());
    deploy(
        client,
        Bpmn.createExecutableProcess("dur-timer")
            .startEvent()
            .intermediateCatchEvent("wait")
            .timerWithDuration("PT1H")
            .endEvent("timed-out")
            .done());
    deploy(
        client,
        Bpmn.createExecutableProcess("dur-boundary")
            .startEvent()
            .serviceTask("guarded", t -> t.zeebeJobType("dur-boundary-work"))
            .boundaryEvent("remind")
            .cancelActivity(false)
            .timerWithDuration("PT1H")
            .endEvent("reminded")
            .moveToActivity("guarded")
            .endEvent("done")
            .done());
    long timerInstance = createInstance(client, "dur-timer", Map.of());
    long boundaryInstance = createInstance(client, "dur-boundary", Map.of());
    assertThat(elements(client, timerInstance, "wait"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));

    first.close();
    TestEngine second = track(TestEngine.onSameDatabase(first));
    client = track(second.newClient());

    // the clock starts over at system time: an hour has not passed, nothing fired
    assertThat(elements(client, timerInstance, "wait"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));
    assertThat(elements(client, boundaryInstance, "remind")).isEmpty();

    addToClock(second, HOUR.multipliedBy(2));
    awaitCompleted(client, timerInstance);
    CamundaClient after = client;
    await()
        .untilAsserted(
            () ->
                assertThat(elements(after, boundaryInstance, "reminded"))
                    .singleElement()
                    .satisfies(
                        e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED)));
    // non-interrupting: the guarded task still waits for its worker
    assertThat(elements(client, boundaryInstance, "guarded"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));
    ActivatedJob guarded = activate(client, "dur-boundary-work", 5, Duration.ofMinutes(1)).get(0);
    client.newCompleteCommand(guarded.getKey()).send().join();
    awaitCompleted(client, boundaryInstance);

    assertThat(elements(client, timerInstance, "wait")).hasSize(1);
    assertThat(elements(client, boundaryInstance, "remind")).hasSize(1);
    assertThat(elements(client, boundaryInstance, "done")).hasSize(1);
  }

  @Test
  void shouldCorrelateMessagesBufferedBeforeAndPublishedAfterRestart() {
    TestEngine first = track(TestEngine.start());
    CamundaClient client = track(first.newClient());
    deploy(
        client,
        Bpmn.createExecutableProcess("dur-msg")
            .startEvent()
            .serviceTask("prepare", t -> t.zeebeJobType("dur-msg-prepare"))
            .intermediateCatchEvent("await-msg")
            .message(m -> m.name("dur-msg").zeebeCorrelationKeyExpression("orderId"))
            .userTask("review", u -> u.zeebeUserTask())
            .endEvent()
            .done());
    long bufferedInstance = createInstance(client, "dur-msg", Map.of("orderId", "buffered-1"));
    long lateInstance = createInstance(client, "dur-msg", Map.of("orderId", "late-1"));
    // the late instance reaches the catch event (subscription open) before the restart
    List<ActivatedJob> prepares = activate(client, "dur-msg-prepare", 2, Duration.ofMinutes(10));
    ActivatedJob bufferedPrepare = jobOf(prepares, bufferedInstance);
    client.newCompleteCommand(jobOf(prepares, lateInstance).getKey()).send().join();
    CamundaClient before = client;
    await().until(() -> elements(before, lateInstance, "await-msg"), items -> items.size() == 1);
    // the buffered message is published while no subscription for it exists
    client
        .newPublishMessageCommand()
        .messageName("dur-msg")
        .correlationKey("buffered-1")
        .timeToLive(HOUR)
        .variables(Map.of("source", "buffered"))
        .send()
        .join();

    first.close();
    TestEngine second = track(TestEngine.onSameDatabase(first));
    client = track(second.newClient());

    // the job activated before the restart is still locked to its worker, who completes it now
    client.newCompleteCommand(bufferedPrepare.getKey()).send().join();
    client
        .newPublishMessageCommand()
        .messageName("dur-msg")
        .correlationKey("late-1")
        .timeToLive(Duration.ZERO)
        .variables(Map.of("source", "late"))
        .send()
        .join();

    for (long instance : List.of(bufferedInstance, lateInstance)) {
      UserTask task = awaitSingleCreatedUserTask(client, instance);
      client.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();
      awaitCompleted(client, instance);
      assertThat(elements(client, instance, "await-msg")).hasSize(1);
      assertThat(elements(client, instance, "review")).hasSize(1);
    }
    assertThat(variable(client, bufferedInstance, "source")).isEqualTo("\"buffered\"");
    assertThat(variable(client, lateInstance, "source")).isEqualTo("\"late\"");
  }

  @Test
  void shouldKeepUserTasksAndHandOutNewKeysThatDoNotCollideAfterRestart() {
    TestEngine first = track(TestEngine.start());
    CamundaClient client = track(first.newClient());
    long definitionKey =
        deploy(
            client,
            Bpmn.createExecutableProcess("dur-task")
                .startEvent()
                .userTask("approve", u -> u.zeebeUserTask().zeebeCandidateGroups("finops"))
                .endEvent()
                .done());
    Set<Long> before = new HashSet<>();
    before.add(definitionKey);
    List<Long> instances = new ArrayList<>();
    Map<Long, Long> taskOfInstance = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      long instance = createInstance(client, "dur-task", Map.of("i", i));
      instances.add(instance);
      long taskKey = awaitSingleCreatedUserTask(client, instance).getUserTaskKey();
      taskOfInstance.put(instance, taskKey);
      before.add(instance);
      before.add(taskKey);
    }
    long highestBefore = before.stream().mapToLong(Long::longValue).max().orElseThrow();

    first.close();
    TestEngine second = track(TestEngine.onSameDatabase(first));
    client = track(second.newClient());

    long newDefinitionKey =
        deploy(
            client,
            Bpmn.createExecutableProcess("dur-task")
                .startEvent()
                .userTask("approve", u -> u.zeebeUserTask().zeebeCandidateGroups("finops, ops"))
                .endEvent()
                .done());
    long newInstance = createInstance(client, "dur-task", Map.of("i", 99));
    long newTask = awaitSingleCreatedUserTask(client, newInstance).getUserTaskKey();
    for (long key : List.of(newDefinitionKey, newInstance, newTask)) {
      assertThat(before).doesNotContain(key);
      assertThat(key).isGreaterThan(highestBefore);
    }

    for (long instance : instances) {
      UserTask task = awaitSingleCreatedUserTask(client, instance);
      assertThat(task.getUserTaskKey()).isEqualTo(taskOfInstance.get(instance));
      assertThat(task.getCandidateGroups()).containsExactly("finops");
      client.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();
      awaitCompleted(client, instance);
    }
    client.newCompleteUserTaskCommand(newTask).send().join();
    awaitCompleted(client, newInstance);
    assertThat(
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId("dur-task"))
                .send()
                .join()
                .items())
        .hasSize(4)
        .allSatisfy(p -> assertThat(p.getState()).isEqualTo(ProcessInstanceState.COMPLETED));
  }

  @Test
  void shouldRefuseToStartASecondEngineOnADatabaseInUse() {
    TestEngine first = track(TestEngine.start());
    CamundaClient client = track(first.newClient());
    deploy(client, oneJobProcess("dur-lock", "dur-lock-work"));

    assertThatThrownBy(() -> track(TestEngine.onSameDatabase(first)))
        .hasStackTraceContaining("Another engine is already writing to this database");

    // the first engine is untouched and keeps working
    long instance = createInstance(client, "dur-lock", Map.of());
    ActivatedJob job = activate(client, "dur-lock-work", 1, Duration.ofMinutes(1)).get(0);
    client.newCompleteCommand(job.getKey()).send().join();
    awaitCompleted(client, instance);

    // once it is gone, the database is free again
    first.close();
    TestEngine second = track(TestEngine.onSameDatabase(first));
    CamundaClient secondClient = track(second.newClient());
    assertThat(secondClient.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private <T extends AutoCloseable> T track(T closeable) {
    open.add(closeable);
    return closeable;
  }

  private static BpmnModelInstance oneJobProcess(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("work", t -> t.zeebeJobType(jobType))
        .endEvent()
        .done();
  }

  private static long deploy(CamundaClient client, BpmnModelInstance model) {
    String id = model.getModelElementsByType(Process.class).iterator().next().getId();
    return client
        .newDeployResourceCommand()
        .addProcessModel(model, id + ".bpmn")
        .send()
        .join()
        .getProcesses()
        .get(0)
        .getProcessDefinitionKey();
  }

  private static long createInstance(CamundaClient client, String processId, Map<String, ?> vars) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(vars)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private static List<ActivatedJob> activate(
      CamundaClient client, String type, int max, Duration timeout) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(max)
        .timeout(timeout)
        .workerName("durability")
        .requestTimeout(Duration.ofMillis(500))
        .send()
        .join()
        .getJobs();
  }

  private static ActivatedJob jobOf(List<ActivatedJob> jobs, long processInstanceKey) {
    return jobs.stream()
        .filter(j -> j.getProcessInstanceKey() == processInstanceKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no job of instance " + processInstanceKey));
  }

  private static Incident awaitSingleActiveIncident(CamundaClient client, long instance) {
    return await()
        .until(
            () ->
                client
                    .newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0);
  }

  private static UserTask awaitSingleCreatedUserTask(CamundaClient client, long instance) {
    return await()
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(instance).state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0);
  }

  private static List<ElementInstance> elements(
      CamundaClient client, long instance, String elementId) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId(elementId))
        .send()
        .join()
        .items();
  }

  private static String variable(CamundaClient client, long instance, String name) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance).name(name))
        .send()
        .join()
        .items()
        .get(0)
        .getValue();
  }

  private static void awaitCompleted(CamundaClient client, long instance) {
    await()
        .untilAsserted(
            () ->
                assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
                    .isEqualTo(ProcessInstanceState.COMPLETED));
  }

  /** Moves the engine clock through the management API, as CPT does. */
  static void addToClock(TestEngine engine, Duration offset) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(engine.managementAddress() + "/actuator/clock/add"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString("{\"offsetMilli\":" + offset.toMillis() + "}"))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
