package dev.onramp.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api.Answer;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes workloads through the stages over the REST API, as the demo personas: alice (Product
 * Owner), paul (co-owner of her product), fiona (FinOps Lead), carlos (Cloud Engineer).
 */
public final class Onboarding {

  public static final String ACCOUNT = "111122223333";

  private final Api api;

  public Onboarding(Api api) {
    this.api = api;
  }

  /** The sample product alice and paul own. */
  public String supportAssistant() {
    Answer products = api.as("alice").get("/api/org/products/mine");
    assertThat(products.status()).isEqualTo(200);
    for (JsonNode p : products.json()) {
      if (p.path("name").asText().contains("Support Assistant")) {
        return p.path("id").asText();
      }
    }
    throw new AssertionError("no Support Assistant product for alice: " + products.json());
  }

  /** A complete, valid new-workload request; change entries to make it bad. */
  public Map<String, Object> newWorkloadRequest(String name) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("mode", "NEW");
    form.put("productId", supportAssistant());
    form.put("useCase", "OPERATIONS_AI");
    form.put("workloadName", name);
    form.put("purpose", "Answers customer support questions from the knowledge base");
    form.put("teamSize", 8);
    form.put("requestsPerMonth", 100_000);
    form.put("inputTokensPerRequest", 1_000);
    form.put("outputTokensPerRequest", 400);
    form.put("monthlyBudgetEstimate", 900);
    form.put("runtime", "LAMBDA");
    form.put("businessCaseType", "COST_SAVING");
    form.put("businessCaseAnnualAmount", 80_000);
    form.put("businessCaseTargetPercent", 20);
    return form;
  }

  public JsonNode submit(String user, Map<String, Object> form) {
    Answer answer = api.as(user).post("/api/requests", form);
    assertThat(answer.status()).as("submit: %s", answer.json()).isEqualTo(201);
    return answer.json();
  }

  /** An approval for the platform, with the role name Agent Bill suggests. */
  public Map<String, Object> approval(String requestId, String platform, String priority) {
    Answer detail = api.as("fiona").get("/api/reviews/" + requestId);
    assertThat(detail.status()).as("review detail: %s", detail.json()).isEqualTo(200);
    Map<String, Object> form = new HashMap<>(Platforms.approval(platform));
    form.put("accountId", ACCOUNT);
    form.put("roleName", detail.json().path("suggestedRoleName").asText());
    form.put("businessCaseAcknowledged", true);
    form.put("priority", priority);
    form.put("rationale", "Fits the support budget; " + platform + " is our standard.");
    return form;
  }

  public void approve(String requestId, String platform, String priority) {
    awaitStatus(requestId, "PENDING_FA_REVIEW");
    Answer answer =
        api.as("fiona")
            .post(
                "/api/reviews/" + requestId + "/approve", approval(requestId, platform, priority));
    assertThat(answer.status()).as("approve: %s", answer.json()).isEqualTo(200);
  }

  /** Works every task of the request's chain to Implemented, as carlos. */
  public int implementAll(String requestId) {
    int tasks = 0;
    while (true) {
      JsonNode task = awaitWorkableTask(requestId);
      if (task == null) {
        return tasks;
      }
      tasks++;
      String taskId = task.path("taskId").asText();
      JsonNode detail = api.as("carlos").get("/api/tasks/" + taskId).json();
      for (JsonNode step : detail.path("steps")) {
        if (!step.path("completion").asBoolean()) {
          Answer checked =
              api.as("carlos")
                  .post(
                      "/api/tasks/" + taskId + "/steps/" + step.path("stepNo").asInt() + "/check",
                      "");
          assertThat(checked.status()).as("check: %s", checked.json()).isEqualTo(200);
        }
      }
      Answer implemented = api.as("carlos").post("/api/tasks/" + taskId + "/implemented", "");
      assertThat(implemented.status()).as("implemented: %s", implemented.json()).isEqualTo(200);
      if (tasks > 10) {
        throw new AssertionError("more than 10 tasks");
      }
    }
  }

  /** The open task of the request that may be worked now, or null when all are implemented. */
  public JsonNode awaitWorkableTask(String requestId) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              JsonNode page = api.as("carlos").get("/api/tasks?size=200").json();
              boolean anyOpen = false;
              for (JsonNode t : page.path("content")) {
                if (t.path("requestId").asText().equals(requestId)
                    && t.path("status").asText().equals("OPEN")) {
                  anyOpen = true;
                  if (t.path("workable").asBoolean()) {
                    return Map.of("task", t);
                  }
                }
              }
              String status = status(requestId);
              if (!anyOpen && !status.equals("APPROVED") && !status.equals("CE_IN_PROGRESS")) {
                return Map.<String, JsonNode>of();
              }
              return null;
            },
            found -> found != null)
        .get("task");
  }

  public void claim(String user, String requestId) {
    awaitStatus(requestId, "READY_TO_CLAIM");
    Answer answer = api.as(user).post("/api/requests/" + requestId + "/claim", "");
    assertThat(answer.status()).as("claim: %s", answer.json()).isEqualTo(200);
  }

  public String status(String requestId) {
    return api.as("fiona").get("/api/requests/" + requestId).text("status");
  }

  public void awaitStatus(String requestId, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(status(requestId)).isEqualTo(status));
  }

  /** Submitted by alice, approved by fiona, implemented by carlos, claimed by alice. */
  public String toLive(String name, String platform) {
    String requestId = submit("alice", newWorkloadRequest(name)).path("id").asText();
    approve(requestId, platform, "NORMAL");
    implementAll(requestId);
    claim("alice", requestId);
    awaitStatus(requestId, "LIVE");
    return requestId;
  }
}
