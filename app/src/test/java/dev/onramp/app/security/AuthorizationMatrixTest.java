package dev.onramp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every persona × every action, enforced on the server (DESIGN.md §6). By role: only Product Owners
 * request and claim, only FinOps Leads review, only Cloud Engineers work tasks. By instance, for
 * sam who holds all three roles: never review your own request, never work the tasks of a request
 * you approved. Each refusal is a 403 problem detail and an audit event.
 */
class AuthorizationMatrixTest extends AppTest {

  static final List<String> PERSONAS = List.of("alice", "paul", "fiona", "carlos", "sam");

  /** One action, who may do it by role, and the call. */
  record Action(String name, Set<String> allowed, Function<String, Answer> call) {}

  @Test
  void shouldRefuseEveryActionToEveryPersonaWithoutItsRole() {
    String pending =
        onboarding.submit("alice", onboarding.newWorkloadRequest("Matrix Bot")).path("id").asText();
    onboarding.awaitStatus(pending, "PENDING_FA_REVIEW");
    Map<String, Object> approval = onboarding.approval(pending, "BEDROCK", "NORMAL");

    List<Action> actions =
        List.of(
            new Action(
                "submit request",
                Set.of("alice", "paul", "sam"),
                u -> api.as(u).post("/api/requests", Map.of())),
            new Action(
                "resubmit request",
                Set.of("alice", "paul", "sam"),
                u -> api.as(u).put("/api/requests/" + pending, Map.of())),
            new Action("review queue", Set.of("fiona", "sam"), u -> api.as(u).get("/api/reviews")),
            new Action(
                "review detail",
                Set.of("fiona", "sam"),
                u -> api.as(u).get("/api/reviews/" + pending)),
            new Action(
                "approve",
                Set.of("fiona", "sam"),
                u -> api.as(u).post("/api/reviews/" + pending + "/approve", Map.of())),
            new Action(
                "reject",
                Set.of("fiona", "sam"),
                u -> api.as(u).post("/api/reviews/" + pending + "/reject", Map.of())),
            new Action(
                "send back",
                Set.of("fiona", "sam"),
                u -> api.as(u).post("/api/reviews/" + pending + "/send-back", Map.of())),
            new Action(
                "engineering tracking", Set.of("carlos", "sam"), u -> api.as(u).get("/api/tasks")),
            new Action(
                "check step",
                Set.of("carlos", "sam"),
                u -> api.as(u).post("/api/tasks/none/steps/1/check", "")),
            new Action(
                "mark implemented",
                Set.of("carlos", "sam"),
                u -> api.as(u).post("/api/tasks/none/implemented", "")),
            new Action(
                "claim",
                Set.of("alice", "paul", "sam"),
                u -> api.as(u).post("/api/requests/" + pending + "/claim", "")),
            new Action(
                "change catalog governance",
                Set.of("fiona", "sam"),
                u ->
                    api.as(u)
                        .put(
                            "/api/catalog/models/" + approval.get("modelId"),
                            Map.of("status", "APPROVED"))));

    for (Action action : actions) {
      for (String persona : PERSONAS) {
        Answer answer = action.call().apply(persona);
        if (action.allowed().contains(persona)) {
          assertThat(answer.status())
              .as("%s as %s: %s", action.name(), persona, answer.json())
              .isNotIn(401, 403);
        } else {
          assertThat(answer.status())
              .as("%s as %s: %s", action.name(), persona, answer.json())
              .isEqualTo(403);
          assertThat(answer.contentType()).startsWith("application/problem+json");
        }
      }
    }
  }

  @Test
  void shouldAnswerUnauthenticatedCallsWith401Problems() throws Exception {
    for (String path : List.of("/api/requests/x", "/api/reviews", "/api/tasks", "/api/workloads")) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
  }

  @Test
  void shouldNeverLetAFinOpsLeadReviewTheirOwnRequest() {
    var form = onboarding.newWorkloadRequest("Sam's Bot");
    String requestId = onboarding.submit("sam", form).path("id").asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");

    Answer own =
        api.as("sam")
            .post(
                "/api/reviews/" + requestId + "/approve",
                onboarding.approval(requestId, "BEDROCK", "NORMAL"));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.text("detail")).contains("own request");
    Answer reject =
        api.as("sam").post("/api/reviews/" + requestId + "/reject", Map.of("rationale", "no"));
    assertThat(reject.status()).isEqualTo(403);
    assertThat(onboarding.status(requestId)).isEqualTo("PENDING_FA_REVIEW");
    assertThat(auditActions(requestId)).contains("REFUSED");
  }

  @Test
  void shouldNeverLetTheApproverWorkTheTasksOfARequestTheyApproved() {
    String requestId =
        onboarding
            .submit("alice", onboarding.newWorkloadRequest("Approved by Sam"))
            .path("id")
            .asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");
    Answer approved =
        api.as("sam")
            .post(
                "/api/reviews/" + requestId + "/approve",
                onboarding.approval(requestId, "BEDROCK", "NORMAL"));
    assertThat(approved.status()).as("%s", approved.json()).isEqualTo(200);
    JsonNode task = onboarding.awaitWorkableTask(requestId);
    String taskId = task.path("taskId").asText();

    Answer check = api.as("sam").post("/api/tasks/" + taskId + "/steps/1/check", "");
    assertThat(check.status()).isEqualTo(403);
    assertThat(check.text("detail")).contains("approved");
    assertThat(api.as("sam").post("/api/tasks/" + taskId + "/implemented", "").status())
        .isEqualTo(403);
    assertThat(api.as("carlos").post("/api/tasks/" + taskId + "/steps/1/check", "").status())
        .isEqualTo(200);
  }

  @Test
  void shouldShowAProductOwnerOnlyTheWorkloadsOfTheirProducts() {
    String portalId = null;
    for (JsonNode p : api.as("paul").get("/api/org/products/mine").json()) {
      if (p.path("name").asText().contains("Developer Portal")) {
        portalId = p.path("id").asText();
      }
    }
    var form = onboarding.newWorkloadRequest("Portal Search");
    form.put("productId", portalId);
    JsonNode submitted = onboarding.submit("paul", form);

    assertThat(api.as("paul").get("/api/requests/" + submitted.path("id").asText()).status())
        .isEqualTo(200);
    assertThat(api.as("alice").get("/api/requests/" + submitted.path("id").asText()).status())
        .as("alice owns no Developer Portal")
        .isEqualTo(404);
    assertThat(
            api.as("alice").get("/api/workloads/" + submitted.path("workloadId").asText()).status())
        .isEqualTo(404);
    assertThat(api.as("alice").post("/api/requests", form).status())
        .as("alice may not request for a product she does not own")
        .isEqualTo(403);
  }

  private List<String> auditActions(String requestId) {
    return api.as("fiona")
        .get("/api/requests/" + requestId + "/timeline")
        .json()
        .findValuesAsText("action");
  }
}
