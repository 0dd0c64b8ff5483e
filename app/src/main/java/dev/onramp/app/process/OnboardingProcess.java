package dev.onramp.app.process;

import dev.onramp.app.web.ConflictException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Process {@code Process_WorkloadOnboarding} (processes/workload-onboarding.bpmn). */
@Component
public class OnboardingProcess {

  public static final String PROCESS_ID = "Process_WorkloadOnboarding";
  public static final String REVIEW_TASK = "UserTask_ReviewRequest";
  public static final String REVISE_TASK = "UserTask_ReviseRequest";
  public static final String IMPLEMENT_TASK = "UserTask_ImplementTask";
  public static final String CLAIM_TASK = "UserTask_ClaimWorkload";
  public static final String WORK_STARTED_MESSAGE = "ce-work-started";

  /** Up to 50 looks 100 ms apart: about five seconds for the task to appear. */
  private static final int TASK_LOOKS = 50;

  private static final Executor NEXT_LOOK =
      CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);

  private final CamundaClient client;

  OnboardingProcess(CamundaClient client) {
    this.client = client;
  }

  /** Starts the onboarding of a submitted request; answers the process instance key. */
  public long start(String requestId, String workloadId, String requester) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of("requestId", requestId, "workloadId", workloadId, "requester", requester))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /**
   * Completes the open user task of the given element in the instance, with variables. A task that
   * is not open (already completed, or not reached yet) is a 409: the caller acted on a stale view.
   */
  public void complete(long processInstanceKey, String elementId, Map<String, Object> variables) {
    UserTask task = openTask(processInstanceKey, elementId);
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  public boolean hasOpenTask(long processInstanceKey, String elementId) {
    return !openTasks(processInstanceKey, elementId).isEmpty();
  }

  /**
   * Tells the process that a Cloud Engineer started working (CE In Progress). The message id makes
   * a second publication for the same request a no-op while the first is buffered.
   */
  public void workStarted(String requestId) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(WORK_STARTED_MESSAGE)
          .correlationKey(requestId)
          .messageId(WORK_STARTED_MESSAGE + "-" + requestId)
          .timeToLive(Duration.ofHours(1))
          .send()
          .join();
    } catch (ProblemException e) {
      if (e.code() != 409) {
        throw e;
      }
      // Already published for this request (another step checked a moment earlier): done.
    }
  }

  private UserTask openTask(long processInstanceKey, String elementId) {
    return unwrap(lookForOpenTask(processInstanceKey, elementId, TASK_LOOKS))
        .orElseThrow(
            () ->
                new ConflictException(
                    "The process is not waiting at '" + elementId + "' for this request."));
  }

  /**
   * The task may be a moment away: the job before it is still being worked, or (on a Camunda 8
   * cluster) the search index lags behind. So look again a few times, each a little later, before
   * calling the caller's view stale.
   */
  private CompletableFuture<Optional<UserTask>> lookForOpenTask(
      long processInstanceKey, String elementId, int looksLeft) {
    return search(processInstanceKey, elementId)
        .thenCompose(
            open -> {
              if (!open.isEmpty() || looksLeft <= 1) {
                return CompletableFuture.completedFuture(open.stream().findFirst());
              }
              return CompletableFuture.supplyAsync(() -> looksLeft - 1, NEXT_LOOK)
                  .thenCompose(left -> lookForOpenTask(processInstanceKey, elementId, left));
            });
  }

  private List<UserTask> openTasks(long processInstanceKey, String elementId) {
    return unwrap(search(processInstanceKey, elementId));
  }

  private CompletableFuture<List<UserTask>> search(long processInstanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(processInstanceKey)
                    .elementId(elementId)
                    .state(UserTaskState.CREATED))
        .send()
        .toCompletableFuture()
        .thenApply(SearchResponse::items);
  }

  /** Waits for the answer and throws what the client threw, not its wrapper. */
  private static <T> T unwrap(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
