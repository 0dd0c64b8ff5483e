package dev.onramp.app.process;

import static io.camunda.process.test.api.CamundaAssert.assertThatProcessInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.Onboarding;
import dev.onramp.app.testing.ProcessTest;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code Process_WorkloadOnboarding}, run by the app's real job workers on the
 * embedded engine and driven the way people drive it: through the REST API, as the demo personas.
 * Camunda Process Test (remote runtime) asserts what the process did and moves its clock.
 */
class OnboardingProcessTest extends ProcessTest {

  @Autowired CamundaProcessTestContext processTest;

  @ParameterizedTest
  @CsvSource({"BEDROCK, 1", "MARKETPLACE, 1", "CLAUDE_PLATFORM, 3", "AGENTCORE, 1"})
  void shouldTakeAWorkloadFromRequestToLive(String platform, int expectedTasks) {
    JsonNode submitted =
        onboarding.submit("alice", onboarding.newWorkloadRequest("Support Bot " + platform));
    String requestId = submitted.path("id").asText();
    long instance = Long.parseLong(submitted.path("processInstanceKey").asText());

    onboarding.approve(requestId, platform, "NORMAL");
    assertThat(onboarding.implementAll(requestId)).isEqualTo(expectedTasks);
    onboarding.claim("alice", requestId);

    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "ServiceTask_MarkPendingReview",
            "UserTask_ReviewRequest",
            "ServiceTask_MarkApproved",
            "ServiceTask_GenerateTasks",
            "SubProcess_Implementation",
            "ServiceTask_GenerateHandoff",
            "ServiceTask_MarkReadyToClaim",
            "UserTask_ClaimWorkload",
            "ServiceTask_StartAttribution",
            "ServiceTask_MarkLive",
            "EndEvent_Live")
        // the multi-instance body carries the task's element id too, hence one more
        .hasCompletedElement("UserTask_ImplementTask", expectedTasks + 1)
        .hasCompletedElement("ServiceTask_MarkCeInProgress", 1);
    onboarding.awaitStatus(requestId, "LIVE");

    JsonNode handoff = api.as("alice").get("/api/requests/" + requestId + "/handoff").json();
    assertThat(handoff.path("copyAll").asText())
        .contains("arn:aws:iam::" + Onboarding.ACCOUNT + ":role/finops-support-bot-");
    JsonNode workload =
        api.as("alice").get("/api/workloads/" + submitted.path("workloadId").asText()).json();
    assertThat(workload.path("status").asText()).isEqualTo("LIVE");
    assertThat(workload.path("components").get(0).path("claimedBy").asText()).isEqualTo("alice");
    assertThat(workload.path("components").get(0).path("attributionStartedAt").isNull()).isFalse();

    List<String> timeline =
        api.as("alice")
            .get("/api/requests/" + requestId + "/timeline")
            .json()
            .findValuesAsText("action");
    assertThat(timeline)
        .containsSubsequence(
            "request-submitted",
            "status-PENDING_FA_REVIEW",
            "request-approved",
            "status-APPROVED",
            "tasks-generated",
            "step-checked",
            "task-implemented",
            "handoff-generated",
            "status-READY_TO_CLAIM",
            "workload-claimed",
            "attribution-started",
            "status-LIVE");
  }

  @Test
  void shouldEndRejectedAndTellTheRequesterWhy() {
    JsonNode submitted = onboarding.submit("alice", onboarding.newWorkloadRequest("Rejected Bot"));
    String requestId = submitted.path("id").asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");

    Answer rejected =
        api.as("fiona")
            .post(
                "/api/reviews/" + requestId + "/reject",
                Map.of("rationale", "Duplicates the existing FAQ search"));
    assertThat(rejected.status()).isEqualTo(200);

    onboarding.awaitStatus(requestId, "REJECTED");
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instanceKey(submitted)))
        .isCompleted()
        .hasCompletedElements("ServiceTask_NotifyRejected", "EndEvent_Rejected")
        .hasNotActivatedElements("ServiceTask_GenerateTasks");
    await()
        .untilAsserted(
            () ->
                assertThat(api.as("alice").get("/api/notifications").json().toString())
                    .contains("Duplicates the existing FAQ search"));
  }

  @Test
  void shouldSendBackAndReviewTheResubmittedRequestAgain() {
    var form = onboarding.newWorkloadRequest("Revised Bot");
    JsonNode submitted = onboarding.submit("alice", form);
    String requestId = submitted.path("id").asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");

    assertThat(
            api.as("fiona")
                .post(
                    "/api/reviews/" + requestId + "/send-back",
                    Map.of("rationale", "Please estimate the utilisation per month"))
                .status())
        .isEqualTo(200);
    onboarding.awaitStatus(requestId, "CHANGES_REQUESTED");

    form.put("requestsPerMonth", 40_000);
    Answer resubmitted = api.as("alice").put("/api/requests/" + requestId, form);
    assertThat(resubmitted.status()).as("%s", resubmitted.json()).isEqualTo(200);
    assertThat(resubmitted.json().path("revision").asInt()).isEqualTo(2);
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");
    assertThat(
            api.as("fiona")
                .get("/api/requests/" + requestId)
                .json()
                .path("requestsPerMonth")
                .asLong())
        .isEqualTo(40_000);

    onboarding.approve(requestId, "BEDROCK", "NORMAL");
    onboarding.awaitStatus(requestId, "APPROVED");
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instanceKey(submitted)))
        .hasCompletedElement("UserTask_ReviewRequest", 2)
        .hasCompletedElement("UserTask_ReviseRequest", 1)
        .hasCompletedElement("ServiceTask_MarkPendingReview", 2);
  }

  @ParameterizedTest
  @CsvSource({"NORMAL, PT95H, PT2H, PT23H", "PRIORITY, PT38H, PT1H, PT9H"})
  void shouldRemindAtEightyPercentAndEscalateWhenTheSlaPasses(
      String priority, Duration justBeforeReminder, Duration pastReminder, Duration toBreach) {
    JsonNode submitted = onboarding.submit("alice", onboarding.newWorkloadRequest("SLA Bot"));
    String requestId = submitted.path("id").asText();
    onboarding.approve(requestId, "BEDROCK", priority);
    JsonNode task = onboarding.awaitWorkableTask(requestId);
    long instance = instanceKey(submitted);
    // The SLA timers start with the implementation sub-process; move the clock only after that.
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance))
        .hasActiveElements("UserTask_ImplementTask");

    processTest.increaseTime(justBeforeReminder);
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance))
        .hasNotActivatedElements("ServiceTask_SendSlaReminder");

    processTest.increaseTime(pastReminder);
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance))
        .hasCompletedElements("ServiceTask_SendSlaReminder")
        .hasNotActivatedElements("ServiceTask_MarkOverdue");
    assertThat(templatesNotified("carlos", requestId))
        .contains("sla-reminder")
        .doesNotContain("sla-escalated");
    assertThat(taskJson(task).path("overdue").asBoolean()).isFalse();

    processTest.increaseTime(toBreach);
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instance))
        .hasCompletedElements("ServiceTask_MarkOverdue", "ServiceTask_NotifySlaEscalated")
        .hasActiveElements("UserTask_ImplementTask");
    assertThat(taskJson(task).path("overdue").asBoolean()).isTrue();
    assertThat(taskJson(task).path("status").asText()).isEqualTo("OPEN");
    assertThat(templatesNotified("fiona", requestId)).contains("sla-escalated");
  }

  @Test
  void shouldLetAnotherOwnerOfTheProductClaimButNobodyElse() {
    JsonNode submitted = onboarding.submit("alice", onboarding.newWorkloadRequest("Shared Bot"));
    String requestId = submitted.path("id").asText();
    onboarding.approve(requestId, "BEDROCK", "PRIORITY");
    onboarding.implementAll(requestId);
    onboarding.awaitStatus(requestId, "READY_TO_CLAIM");

    Answer bySam = api.as("carlos").post("/api/requests/" + requestId + "/claim", "");
    assertThat(bySam.status()).isEqualTo(403);

    onboarding.claim("paul", requestId);
    onboarding.awaitStatus(requestId, "LIVE");
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(instanceKey(submitted))).isCompleted();
  }

  @Test
  void shouldAddAnAiCapabilityToAnExistingWorkload() {
    String first = onboarding.toLive("Knowledge Bot", "BEDROCK");
    String workloadId = api.as("alice").get("/api/requests/" + first).text("workloadId");

    var capability = onboarding.newWorkloadRequest("Summaries");
    capability.put("mode", "EXISTING");
    capability.remove("productId");
    capability.put("parentWorkloadId", workloadId);
    JsonNode added = onboarding.submit("alice", capability);
    assertThat(added.path("workloadId").asText()).isEqualTo(workloadId);

    JsonNode workload = api.as("alice").get("/api/workloads/" + workloadId).json();
    assertThat(workload.path("status").asText()).as("the workload stays Live").isEqualTo("LIVE");
    assertThat(workload.path("components").findValuesAsText("name"))
        .containsExactly("Knowledge Bot", "Summaries");

    String second = added.path("id").asText();
    onboarding.approve(second, "BEDROCK", "NORMAL");
    onboarding.implementAll(second);
    onboarding.claim("alice", second);
    onboarding.awaitStatus(second, "LIVE");
    assertThat(
            api.as("alice")
                .get("/api/workloads/" + workloadId)
                .json()
                .path("components")
                .findValuesAsText("statusLabel"))
        .containsExactly("Live", "Live");
  }

  /** The templates of the user's notifications about one request, newest first. */
  private List<String> templatesNotified(String user, String requestId) {
    List<String> templates = new java.util.ArrayList<>();
    for (JsonNode n : api.as(user).get("/api/notifications?size=100").json().path("content")) {
      if (n.path("link").asText().endsWith(requestId)) {
        templates.add(n.path("template").asText());
      }
    }
    return templates;
  }

  private JsonNode taskJson(JsonNode trackingItem) {
    return api.as("carlos").get("/api/tasks/" + trackingItem.path("taskId").asText()).json();
  }

  static long instanceKey(JsonNode request) {
    return Long.parseLong(request.path("processInstanceKey").asText());
  }
}
