package dev.onramp.app.spendcards;

import dev.onramp.app.web.ConflictException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Processes {@code Process_WeeklySpendCards} (processes/weekly-spend-cards.bpmn) and {@code
 * Process_SpendCardDispute} (processes/spend-card-dispute.bpmn).
 */
@Component
public class SpendCardProcess {

  public static final String PROCESS_ID = "Process_WeeklySpendCards";
  public static final String DISPUTE_PROCESS_ID = "Process_SpendCardDispute";
  public static final String REVIEW_CARD_TASK = "UserTask_ReviewCard";
  public static final String REVIEW_DISPUTE_TASK = "UserTask_ReviewDispute";

  /** Up to 30 looks 100 ms apart: the task may be a moment away (a cluster's index lags). */
  private static final int TASK_LOOKS = 30;

  private static final Executor NEXT_LOOK =
      CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);

  private final CamundaClient client;

  SpendCardProcess(CamundaClient client) {
    this.client = client;
  }

  /** Starts a generation for the week now (its none start event); answers the instance key. */
  public long start(LocalDate monday) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of("weekStart", monday.toString()))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** Starts the review of a disputed card by the given people; answers the instance key. */
  public long startDispute(String cardId, Collection<String> reviewers) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(DISPUTE_PROCESS_ID)
        .latestVersion()
        .variables(Map.of("cardId", cardId, "reviewers", List.copyOf(reviewers)))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  public void cancel(long processInstanceKey) {
    client.newCancelInstanceCommand(processInstanceKey).send().join();
  }

  /** Completes the card's open task of the element; 409 when the process is not waiting there. */
  public void complete(String cardId, String elementId, Map<String, Object> variables) {
    UserTask task =
        unwrap(look(cardId, elementId, TASK_LOOKS)).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "The spend card process is not waiting at '" + elementId + "'."));
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  private CompletableFuture<List<UserTask>> look(String cardId, String elementId, int looksLeft) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.elementId(elementId)
                    .state(UserTaskState.CREATED)
                    // Every task of a card carries the card id as a local variable (JSON text).
                    .localVariables(List.of(v -> v.name("cardId").value("\"" + cardId + "\""))))
        .send()
        .toCompletableFuture()
        .thenApply(SearchResponse::items)
        .thenCompose(
            open ->
                !open.isEmpty() || looksLeft <= 1
                    ? CompletableFuture.completedFuture(open)
                    : CompletableFuture.supplyAsync(() -> looksLeft - 1, NEXT_LOOK)
                        .thenCompose(left -> look(cardId, elementId, left)));
  }

  private static <T> T unwrap(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
