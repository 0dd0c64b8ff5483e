package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.engine.clock.EngineClock;
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
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Shared helpers for the BPMN compatibility tests: one engine per JVM, the official client only,
 * and reads through the search endpoints as Camunda Process Test does.
 */
abstract class BpmnCompatSupport {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Longer than any clock move of the suite, so activated jobs never time out in a test. */
  static final Duration JOB_TIMEOUT = Duration.ofDays(3650);

  static TestEngine engine;
  static CamundaClient client;

  @BeforeAll
  static void connect() {
    engine = TestEngine.shared();
    client = engine.newClient();
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  /** A name unique in this JVM, for process ids, job types and message names. */
  static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  static long deploy(BpmnModelInstance model) {
    return client
        .newDeployResourceCommand()
        .addProcessModel(model, "process-" + SEQUENCE.incrementAndGet() + ".bpmn")
        .send()
        .join()
        .getProcesses()
        .get(0)
        .getProcessDefinitionKey();
  }

  static long start(String processId) {
    return start(processId, Map.of());
  }

  static long start(String processId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** Waits until exactly {@code count} jobs of the type can be activated, and activates them. */
  static List<ActivatedJob> activate(String jobType, int count) {
    List<ActivatedJob> jobs = new java.util.ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> {
              jobs.addAll(
                  client
                      .newActivateJobsCommand()
                      .jobType(jobType)
                      .maxJobsToActivate(count - jobs.size())
                      .timeout(JOB_TIMEOUT)
                      .requestTimeout(Duration.ofMillis(500))
                      .send()
                      .join()
                      .getJobs());
              return jobs.size() >= count;
            });
    return jobs;
  }

  static ActivatedJob activate(String jobType) {
    return activate(jobType, 1).get(0);
  }

  /** Activates with a short long-poll and returns whatever is there (possibly nothing). */
  static List<ActivatedJob> tryActivate(String jobType) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(10)
        .timeout(JOB_TIMEOUT)
        .requestTimeout(Duration.ofMillis(300))
        .send()
        .join()
        .getJobs();
  }

  static void completeJob(String jobType, Map<String, Object> variables) {
    ActivatedJob job = activate(jobType);
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
  }

  static void completeJob(String jobType) {
    completeJob(jobType, Map.of());
  }

  static List<ElementInstance> elements(long processInstanceKey) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .sort(s -> s.elementInstanceKey().asc())
        .page(p -> p.limit(1000))
        .send()
        .join()
        .items();
  }

  static List<ElementInstance> elements(long processInstanceKey, String elementId) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).elementId(elementId))
        .sort(s -> s.elementInstanceKey().asc())
        .page(p -> p.limit(1000))
        .send()
        .join()
        .items();
  }

  static void awaitElement(long processInstanceKey, String elementId, ElementInstanceState state) {
    await()
        .untilAsserted(
            () ->
                assertThat(elements(processInstanceKey, elementId))
                    .extracting(ElementInstance::getState)
                    .contains(state));
  }

  static void awaitProcessState(long processInstanceKey, ProcessInstanceState state) {
    await()
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .newProcessInstanceGetRequest(processInstanceKey)
                            .send()
                            .join()
                            .getState())
                    .isEqualTo(state));
  }

  static void awaitCompleted(long processInstanceKey) {
    awaitProcessState(processInstanceKey, ProcessInstanceState.COMPLETED);
  }

  /** Ids of the element instances in the given state, in creation order. */
  static List<String> elementIds(long processInstanceKey, ElementInstanceState state) {
    return elements(processInstanceKey).stream()
        .filter(e -> e.getState() == state)
        .map(ElementInstance::getElementId)
        .toList();
  }

  /** Variables of one scope (the process instance when scopeKey is the instance key), decoded. */
  static Map<String, Object> variables(long processInstanceKey, long scopeKey) {
    List<Variable> items =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(processInstanceKey).scopeKey(scopeKey))
            .page(p -> p.limit(1000))
            .send()
            .join()
            .items();
    Map<String, Object> result = new LinkedHashMap<>();
    for (Variable variable : items) {
      result.put(variable.getName(), decode(variable.getValue()));
    }
    return result;
  }

  static Map<String, Object> rootVariables(long processInstanceKey) {
    return variables(processInstanceKey, processInstanceKey);
  }

  /** Every variable of the instance, whatever its scope: name → list of values. */
  static List<Variable> allVariables(long processInstanceKey) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .page(p -> p.limit(1000))
        .send()
        .join()
        .items();
  }

  static Object decode(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable value is not JSON: " + json, e);
    }
  }

  static List<Incident> incidents(long processInstanceKey) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }

  static Incident awaitActiveIncident(long processInstanceKey) {
    return await()
        .until(
            () ->
                incidents(processInstanceKey).stream()
                    .filter(i -> i.getState() == IncidentState.ACTIVE)
                    .toList(),
            list -> list.size() == 1)
        .get(0);
  }

  static UserTask awaitUserTask(long processInstanceKey, String elementId) {
    return await()
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(processInstanceKey)
                                .elementId(elementId)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0);
  }

  static EngineClock clock() {
    return engine.bean(EngineClock.class);
  }

  static Instant now() {
    return clock().instant();
  }

  static void addTime(Duration duration) {
    clock().add(duration.toMillis());
  }
}
