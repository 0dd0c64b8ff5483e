package dev.onramp.app.process;

import dev.onramp.app.web.ConflictException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

  private static final Duration TASK_WAIT = Duration.ofSeconds(5);

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
    List<UserTask> open = openTasks(processInstanceKey, elementId);
    // The task may be a moment away: the job before it is still being worked, or (on a Camunda 8
    // cluster) the search index lags behind. Look again briefly before calling it stale.
    long deadline = System.nanoTime() + TASK_WAIT.toNanos();
    while (open.isEmpty() && System.nanoTime() < deadline) {
      pause();
      open = openTasks(processInstanceKey, elementId);
    }
    if (open.isEmpty()) {
      throw new ConflictException(
          "The process is not waiting at '" + elementId + "' for this request.");
    }
    return open.get(0);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("Interrupted while waiting for the process.");
    }
  }

  private List<UserTask> openTasks(long processInstanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(processInstanceKey)
                    .elementId(elementId)
                    .state(UserTaskState.CREATED))
        .send()
        .join()
        .items();
  }
}
