package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Competing workers and competing commands on one job, user task or instance. */
class ConcurrencyApiTest {

  static CamundaClient first;
  static CamundaClient second;
  static ExecutorService pool;

  @BeforeAll
  static void connect() {
    first = Api.engine().newClient();
    second = Api.engine().newClient();
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void close() throws InterruptedException {
    first.close();
    second.close();
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static String deployServiceTask() {
    String type = Api.unique("conc");
    Api.deploy(
        first,
        Bpmn.createExecutableProcess(type)
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType(type))
            .endEvent()
            .done());
    return type;
  }

  /** Runs both calls as simultaneously as possible; returns how each ended (null = success). */
  private static List<Throwable> race(Runnable a, Runnable b) throws Exception {
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Throwable>> futures = new ArrayList<>();
    for (Runnable call : List.of(a, b)) {
      Callable<Throwable> task =
          () -> {
            ready.countDown();
            go.await();
            try {
              call.run();
              return null;
            } catch (Throwable t) {
              return t;
            }
          };
      futures.add(pool.submit(task));
    }
    ready.await();
    go.countDown();
    List<Throwable> outcomes = new ArrayList<>();
    for (Future<Throwable> future : futures) {
      outcomes.add(future.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  /** Exactly one call succeeded; the other was refused with a 404 problem. */
  private static void assertOneWinsOtherNotFound(List<Throwable> outcomes) {
    assertThat(outcomes.stream().filter(o -> o == null)).hasSize(1);
    Throwable loser = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
    ProblemException problem = Api.problem(() -> sneakyThrow(loser));
    assertThat(problem.code()).as(problem.getMessage()).isEqualTo(404);
  }

  private static void sneakyThrow(Throwable t) {
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException(t);
  }

  @Test
  void twoWorkersPollingOneTypeNeverHoldTheSameJob() throws Exception {
    String type = deployServiceTask();
    int total = 200;
    for (int i = 0; i < total; i++) {
      Api.start(first, type);
    }
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    List<Long> all = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger emptyPolls = new AtomicInteger();

    List<CompletableFuture<Void>> workers = new ArrayList<>();
    for (CamundaClient client : List.of(first, second)) {
      for (int thread = 0; thread < 2; thread++) {
        workers.add(
            CompletableFuture.runAsync(
                () -> {
                  while (all.size() < total && emptyPolls.get() < 20) {
                    List<ActivatedJob> jobs =
                        client
                            .newActivateJobsCommand()
                            .jobType(type)
                            .maxJobsToActivate(7)
                            .timeout(Duration.ofMinutes(30))
                            .requestTimeout(Duration.ofMillis(300))
                            .send()
                            .join()
                            .getJobs();
                    if (jobs.isEmpty()) {
                      emptyPolls.incrementAndGet();
                    }
                    jobs.forEach(
                        job -> {
                          all.add(job.getKey());
                          seen.add(job.getKey());
                        });
                  }
                },
                pool));
      }
    }
    CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

    assertThat(all).hasSize(total);
    assertThat(new HashSet<>(all)).hasSize(total);
    assertThat(seen).hasSize(total);
  }

  @Test
  void twoConcurrentCompletionsOfOneJobLetExactlyOneWin() throws Exception {
    String type = deployServiceTask();
    long instanceKey = Api.start(first, type);
    ActivatedJob job = Api.activateOne(first, type);

    List<Throwable> outcomes =
        race(
            () -> first.newCompleteCommand(job.getKey()).send().join(),
            () -> second.newCompleteCommand(job.getKey()).send().join());

    assertOneWinsOtherNotFound(outcomes);
    assertThat(first.newProcessInstanceGetRequest(instanceKey).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void twoConcurrentCompletionsOfOneUserTaskLetExactlyOneWin() throws Exception {
    String id = Api.unique("conc-ut");
    Api.deploy(
        first,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("ut", u -> u.zeebeUserTask())
            .endEvent()
            .done());
    long instanceKey = Api.start(first, id);
    long taskKey =
        first
            .newUserTaskSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey))
            .send()
            .join()
            .items()
            .get(0)
            .getUserTaskKey();

    List<Throwable> outcomes =
        race(
            () -> first.newCompleteUserTaskCommand(taskKey).send().join(),
            () -> second.newCompleteUserTaskCommand(taskKey).send().join());

    assertOneWinsOtherNotFound(outcomes);
    assertThat(first.newProcessInstanceGetRequest(instanceKey).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void aCompletionRacingACancellationLeavesOneConsistentOutcome() throws Exception {
    String type = deployServiceTask();
    for (int round = 0; round < 5; round++) {
      long instanceKey = Api.start(first, type);
      ActivatedJob job = Api.activateOne(first, type);

      List<Throwable> outcomes =
          race(
              () -> first.newCompleteCommand(job.getKey()).send().join(),
              () -> second.newCancelInstanceCommand(instanceKey).send().join());

      assertOneWinsOtherNotFound(outcomes);
      ProcessInstanceState state =
          first.newProcessInstanceGetRequest(instanceKey).send().join().getState();
      boolean completed = outcomes.get(0) == null;
      assertThat(state)
          .isEqualTo(completed ? ProcessInstanceState.COMPLETED : ProcessInstanceState.TERMINATED);
    }
  }
}
