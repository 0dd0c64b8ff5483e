package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.engine.clock.EngineClock;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Job;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Job activation (long polling, deadlines), completion, failure, errors, updates and search. */
class JobApiTest extends ClientTest {

  static EngineClock clock;

  @BeforeAll
  static void readClock() {
    clock = Api.engine().bean(EngineClock.class);
  }

  private static BpmnModelInstance serviceTask(String processId, String type) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("task", t -> t.zeebeJobType(type).zeebeJobRetries("3"))
        .endEvent("end")
        .done();
  }

  private static String deployServiceTask() {
    String type = Api.unique("job");
    Api.deploy(client, serviceTask(type, type));
    return type;
  }

  private static ActivateJobsResponse poll(String type, Duration requestTimeout) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(10)
        .timeout(Duration.ofMinutes(5))
        .requestTimeout(requestTimeout)
        .send()
        .join();
  }

  private static Job job(long jobKey) {
    return client.newJobSearchRequest().filter(f -> f.jobKey(jobKey)).send().join().items().get(0);
  }

  @Test
  void aParkedLongPollReturnsAJobCreatedLater() {
    String type = deployServiceTask();
    long started = System.nanoTime();
    CamundaFuture<ActivateJobsResponse> parked =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .workerName("parked")
            .requestTimeout(Duration.ofSeconds(20))
            .send();
    await()
        .pollDelay(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(2))
        .until(() -> !parked.isDone());

    long instanceKey = Api.start(client, type);

    ActivateJobsResponse response =
        parked.toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
    assertThat(response.getJobs())
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
              assertThat(job.getWorker()).isEqualTo("parked");
              assertThat(job.getType()).isEqualTo(type);
            });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void anUnansweredLongPollReturnsNoJobsAfterTheRequestTimeout() {
    String type = Api.unique("job-none");
    long started = System.nanoTime();

    ActivateJobsResponse response = poll(type, Duration.ofMillis(800));

    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    assertThat(response.getJobs()).isEmpty();
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    assertThat(elapsed).isLessThan(Duration.ofMillis(1800));
  }

  @Test
  void activationHandsOutAtMostMaxJobsToActivate() {
    String type = deployServiceTask();
    for (int i = 0; i < 3; i++) {
      Api.start(client, type);
    }

    List<ActivatedJob> first = Api.activate(client, type, 2);
    List<ActivatedJob> second = Api.activate(client, type, 2);

    assertThat(first).hasSize(2);
    assertThat(second).hasSize(1);
    assertThat(first).extracting(ActivatedJob::getKey).doesNotContain(second.get(0).getKey());
  }

  @Test
  void activatedJobCarriesMetadataAndOnlyTheFetchedVariables() {
    String type = deployServiceTask();
    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(type)
            .latestVersion()
            .variables(Map.of("a", 1, "b", "two", "c", true))
            .send()
            .join()
            .getProcessInstanceKey();

    ActivatedJob job =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .fetchVariables("a", "c")
            .requestTimeout(Duration.ofSeconds(5))
            .send()
            .join()
            .getJobs()
            .get(0);

    assertThat(job.getVariablesAsMap()).isEqualTo(Map.of("a", 1, "c", true));
    assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(job.getBpmnProcessId()).isEqualTo(type);
    assertThat(job.getElementId()).isEqualTo("task");
    assertThat(job.getRetries()).isEqualTo(3);
    assertThat(job.getTenantId()).isEqualTo("<default>");
  }

  @Test
  void anActivatedJobIsNotHandedOutAgainBeforeItsDeadlineThenTimesOut() {
    String type = deployServiceTask();
    Api.start(client, type);
    long before = clock.millis();
    ActivatedJob first =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .timeout(Duration.ofMinutes(1))
            .send()
            .join()
            .getJobs()
            .get(0);
    assertThat(first.getDeadline()).isBetween(before + 60_000, clock.millis() + 60_000);

    assertThat(poll(type, Duration.ofMillis(300)).getJobs()).isEmpty();
    clock.add(30_000);
    assertThat(poll(type, Duration.ofMillis(300)).getJobs()).isEmpty();
    clock.add(31_000);

    await()
        .untilAsserted(
            () -> assertThat(job(first.getKey()).getState()).isEqualTo(JobState.TIMED_OUT));
    List<ActivatedJob> again = poll(type, Duration.ofSeconds(5)).getJobs();
    assertThat(again)
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.getKey()).isEqualTo(first.getKey());
              assertThat(job.getRetries()).isEqualTo(first.getRetries());
            });
  }

  @Test
  void completionAnswersNoContentAndCompletesTheTask() {
    String type = deployServiceTask();
    long instanceKey = Api.start(client, type);
    ActivatedJob job = Api.activateOne(client, type);

    client.newCompleteCommand(job.getKey()).variables(Map.of("result", "ok")).send().join();

    assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(job(job.getKey()).getState()).isEqualTo(JobState.COMPLETED);
    ProblemException again =
        Api.problem(() -> client.newCompleteCommand(job.getKey()).send().join());
    assertThat(again.code()).isEqualTo(404);
  }

  @Test
  void failureWithRetriesLeftWaitsForTheBackOffOnTheEngineClock() {
    String type = deployServiceTask();
    Api.start(client, type);
    ActivatedJob job = Api.activateOne(client, type);

    client
        .newFailCommand(job.getKey())
        .retries(2)
        .retryBackoff(Duration.ofMinutes(2))
        .errorMessage("try later")
        .send()
        .join();

    Job failed = job(job.getKey());
    assertThat(failed.getState()).isEqualTo(JobState.FAILED);
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(failed.getErrorMessage()).isEqualTo("try later");
    assertThat(poll(type, Duration.ofMillis(300)).getJobs()).isEmpty();
    clock.add(Duration.ofMinutes(2).toMillis() + 1_000);
    List<ActivatedJob> again = poll(type, Duration.ofSeconds(5)).getJobs();
    assertThat(again)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.getKey()).isEqualTo(job.getKey());
              assertThat(j.getRetries()).isEqualTo(2);
            });
  }

  @Test
  void failureWithoutRetriesRaisesAnIncidentThatCanBeResolved() {
    String type = deployServiceTask();
    long instanceKey = Api.start(client, type);
    ActivatedJob job = Api.activateOne(client, type);

    client.newFailCommand(job.getKey()).retries(0).errorMessage("out of luck").send().join();

    Incident incident =
        client
            .newIncidentSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey))
            .send()
            .join()
            .items()
            .get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incident.getErrorMessage()).isEqualTo("out of luck");
    assertThat(incident.getState()).isEqualTo(IncidentState.ACTIVE);
    assertThat(incident.getJobKey()).isEqualTo(job.getKey());
    assertThat(incident.getElementId()).isEqualTo("task");
    assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getHasIncident())
        .isTrue();
    assertThat(poll(type, Duration.ofMillis(300)).getJobs()).isEmpty();

    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(
            client
                .newIncidentSearchRequest()
                .filter(f -> f.incidentKey(incident.getIncidentKey()))
                .send()
                .join()
                .items()
                .get(0)
                .getState())
        .isEqualTo(IncidentState.RESOLVED);
    assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getHasIncident())
        .isFalse();
    assertThat(poll(type, Duration.ofSeconds(5)).getJobs())
        .singleElement()
        .satisfies(j -> assertThat(j.getRetries()).isEqualTo(1));
    ProblemException again =
        Api.problem(
            () ->
                client.newResolveIncidentCommand(incident.getIncidentKey() + 55_555).send().join());
    assertThat(again.code()).isEqualTo(404);
  }

  @Test
  void aThrownErrorIsCaughtByTheMatchingBoundaryEvent() {
    String type = Api.unique("job-err");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(type)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(type))
            .boundaryEvent("caught", b -> b.error("NOPE"))
            .endEvent("handled")
            .moveToActivity("task")
            .endEvent("normal")
            .done());
    long instanceKey = Api.start(client, type);
    ActivatedJob job = Api.activateOne(client, type);

    client
        .newThrowErrorCommand(job.getKey())
        .errorCode("NOPE")
        .errorMessage("not possible")
        .send()
        .join();

    assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    var ids =
        client
            .newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey))
            .send()
            .join()
            .items()
            .stream()
            .map(e -> e.getElementId() + ":" + e.getState())
            .toList();
    assertThat(ids).contains("task:TERMINATED", "caught:COMPLETED", "handled:COMPLETED");
    assertThat(ids).noneMatch(s -> s.startsWith("normal"));
    assertThat(job(job.getKey()).getState()).isEqualTo(JobState.ERROR_THROWN);
  }

  @Test
  void anUncaughtErrorRaisesAnUnhandledErrorIncident() {
    String type = deployServiceTask();
    long instanceKey = Api.start(client, type);
    ActivatedJob job = Api.activateOne(client, type);

    client.newThrowErrorCommand(job.getKey()).errorCode("UNKNOWN").send().join();

    assertThat(
            client
                .newIncidentSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(
            i -> assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT));
  }

  @Test
  void patchUpdatesRetriesAndTimeout() {
    String type = deployServiceTask();
    Api.start(client, type);
    ActivatedJob job = Api.activateOne(client, type);

    client.newUpdateRetriesCommand(job.getKey()).retries(7).send().join();
    long before = clock.millis();
    client.newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofHours(1)).send().join();
    client.newUpdateJobCommand(job.getKey()).updateRetries(8).send().join();

    Job updated = job(job.getKey());
    assertThat(updated.getRetries()).isEqualTo(8);
    assertThat(updated.getDeadline().toInstant().toEpochMilli())
        .isBetween(before + 3_600_000, clock.millis() + 3_600_000);
    ProblemException missing =
        Api.problem(
            () -> client.newUpdateRetriesCommand(job.getKey() + 99_999).retries(1).send().join());
    assertThat(missing.code()).isEqualTo(404);
  }

  @Test
  void jobSearchFiltersByTypeStateAndInstance() {
    String type = deployServiceTask();
    long first = Api.start(client, type);
    long second = Api.start(client, type);
    ActivatedJob activated =
        Api.activate(client, type, 2).stream()
            .filter(j -> j.getProcessInstanceKey() == first)
            .findFirst()
            .orElseThrow();
    client.newCompleteCommand(activated.getKey()).send().join();

    List<Job> byType = client.newJobSearchRequest().filter(f -> f.type(type)).send().join().items();
    List<Job> completed =
        client
            .newJobSearchRequest()
            .filter(f -> f.type(type).state(JobState.COMPLETED))
            .send()
            .join()
            .items();
    List<Job> bySecond =
        client
            .newJobSearchRequest()
            .filter(f -> f.processInstanceKey(second))
            .send()
            .join()
            .items();

    assertThat(byType).hasSize(2);
    assertThat(completed).singleElement().extracting(Job::getJobKey).isEqualTo(activated.getKey());
    assertThat(bySecond)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.getType()).isEqualTo(type);
              assertThat(j.getElementId()).isEqualTo("task");
              assertThat(j.getState()).isEqualTo(JobState.CREATED);
            });
  }
}
