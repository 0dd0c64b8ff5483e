package dev.onramp.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.AppTest;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the request and review API: each case is a 400 problem detail naming the field, and
 * nothing of it is written (no workload, request, approval or status change).
 */
class BadInputTest extends AppTest {

  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("mode missing", f -> f.remove("mode"), "mode"),
        bad("mode unknown", f -> f.put("mode", "SIDEWAYS"), "mode"),
        bad("use case missing", f -> f.remove("useCase"), "useCase"),
        bad("use case unknown", f -> f.put("useCase", "GAMING"), "useCase"),
        bad("name missing", f -> f.remove("workloadName"), "workloadName"),
        bad("name blank", f -> f.put("workloadName", "   "), "workloadName"),
        bad("name too long", f -> f.put("workloadName", "x".repeat(101)), "workloadName"),
        bad("purpose missing", f -> f.remove("purpose"), "purpose"),
        bad("purpose too long", f -> f.put("purpose", "p".repeat(2001)), "purpose"),
        bad("team size zero", f -> f.put("teamSize", 0), "teamSize"),
        bad("team size negative", f -> f.put("teamSize", -3), "teamSize"),
        bad("team size not a number", f -> f.put("teamSize", "eight"), "teamSize"),
        bad("team size missing", f -> f.remove("teamSize"), "teamSize"),
        bad("requests zero", f -> f.put("requestsPerMonth", 0), "requestsPerMonth"),
        bad("input tokens zero", f -> f.put("inputTokensPerRequest", 0), "inputTokensPerRequest"),
        bad(
            "output tokens too many",
            f -> f.put("outputTokensPerRequest", 3_000_000),
            "outputTokensPerRequest"),
        bad("budget missing", f -> f.remove("monthlyBudgetEstimate"), "monthlyBudgetEstimate"),
        bad("budget negative", f -> f.put("monthlyBudgetEstimate", -1), "monthlyBudgetEstimate"),
        bad(
            "budget with fractions of a cent",
            f -> f.put("monthlyBudgetEstimate", 12.345),
            "monthlyBudgetEstimate"),
        bad("runtime missing", f -> f.remove("runtime"), "runtime"),
        bad("runtime unknown", f -> f.put("runtime", "KUBERNETES"), "runtime"),
        bad(
            "custom principal without ARN",
            f -> f.put("runtime", "CUSTOM_PRINCIPAL"),
            "customPrincipalArn"),
        bad(
            "custom principal not an IAM ARN",
            f -> custom(f, "arn:aws:s3:::bucket", null),
            "customPrincipalArn"),
        bad(
            "custom principal with an 11-digit account",
            f -> custom(f, "arn:aws:iam::44445555666:role/ci", null),
            "customPrincipalArn"),
        bad(
            "principal ARN for a Lambda runtime",
            f -> f.put("customPrincipalArn", "arn:aws:iam::444455556666:role/ci"),
            "customPrincipalArn"),
        bad(
            "external id too short",
            f -> custom(f, "arn:aws:iam::444455556666:role/ci", "x"),
            "externalId"),
        bad(
            "external id with a space",
            f -> custom(f, "arn:aws:iam::444455556666:role/ci", "two words"),
            "externalId"),
        bad(
            "business case without amount",
            f -> f.remove("businessCaseAnnualAmount"),
            "businessCaseAnnualAmount"),
        bad(
            "business case without target",
            f -> f.remove("businessCaseTargetPercent"),
            "businessCaseTargetPercent"),
        bad(
            "target above 100 %",
            f -> f.put("businessCaseTargetPercent", 120), "businessCaseTargetPercent"),
        bad(
            "target of 0 %",
            f -> f.put("businessCaseTargetPercent", 0), "businessCaseTargetPercent"),
        bad("amount without a type", f -> f.remove("businessCaseType"), "businessCaseType"),
        bad(
            "business case type unknown",
            f -> f.put("businessCaseType", "CHARITY"),
            "businessCaseType"),
        bad("new workload without product", f -> f.remove("productId"), "productId"),
        bad("unknown product", f -> f.put("productId", "no-such-product"), "productId"),
        bad("existing mode without parent", f -> f.put("mode", "EXISTING"), "parentWorkloadId"),
        bad(
            "existing mode with unknown parent",
            f -> {
              f.put("mode", "EXISTING");
              f.put("parentWorkloadId", "no-such-workload");
            },
            "parentWorkloadId"));
  }

  static Stream<Arguments> badApprovals() {
    return Stream.of(
        bad("account too short", f -> f.put("accountId", "12345"), "accountId"),
        bad("account too long", f -> f.put("accountId", "1234567890123"), "accountId"),
        bad("account not digits", f -> f.put("accountId", "abcdefghijkl"), "accountId"),
        bad("region unknown shape", f -> f.put("region", "mars-1"), "region"),
        bad("region upper case", f -> f.put("region", "US-EAST-1"), "region"),
        bad("role name with a space", f -> f.put("roleName", "finops role"), "roleName"),
        bad("role name of 65 characters", f -> f.put("roleName", "r".repeat(65)), "roleName"),
        bad("model unknown", f -> f.put("modelId", "acme.unknown-model-v1:0"), "modelId"),
        bad("platform unknown", f -> f.put("platform", "AZURE"), "platform"),
        bad("profile type missing", f -> f.remove("inferenceProfileType"), "inferenceProfileType"),
        bad(
            "Claude Platform without workspace",
            f -> {
              f.put("platform", "CLAUDE_PLATFORM");
              f.put("modelId", "claude-sonnet-4-5");
              f.put("inferenceProfileType", "IN_REGION");
            },
            "workspaceName"),
        bad(
            "business case not acknowledged",
            f -> f.put("businessCaseAcknowledged", false),
            "businessCaseAcknowledged"),
        bad("rationale blank", f -> f.put("rationale", " "), "rationale"),
        bad("priority unknown", f -> f.put("priority", "URGENT"), "priority"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void shouldRefuseABadRequestNamingTheFieldAndKeepNothing(
      String name, Consumer<Map<String, Object>> change, String field) {
    long before = workloadCount();
    Map<String, Object> form = onboarding.newWorkloadRequest("Bad " + name);
    change.accept(form);

    Answer answer = api.as("alice").post("/api/requests", form);

    assertProblemNaming(answer, field);
    assertThat(workloadCount()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badApprovals")
  void shouldRefuseABadApprovalNamingTheFieldAndKeepNothing(
      String name, Consumer<Map<String, Object>> change, String field) {
    String requestId = pendingRequest();
    Map<String, Object> form = onboarding.approval(requestId, "BEDROCK", "NORMAL");
    change.accept(form);

    Answer answer = api.as("fiona").post("/api/reviews/" + requestId + "/approve", form);

    assertProblemNaming(answer, field);
    JsonNode detail = api.as("fiona").get("/api/reviews/" + requestId).json();
    assertThat(detail.path("approval").isNull()).isTrue();
    assertThat(detail.path("decisions")).isEmpty();
    assertThat(onboarding.status(requestId)).isEqualTo("PENDING_FA_REVIEW");
  }

  @Test
  void shouldRefuseARejectionWithoutRationale() {
    String requestId = pendingRequest();
    assertProblemNaming(
        api.as("fiona").post("/api/reviews/" + requestId + "/reject", Map.of("rationale", "")),
        "rationale");
    assertThat(onboarding.status(requestId)).isEqualTo("PENDING_FA_REVIEW");
  }

  @Test
  void shouldRefuseMalformedJson() {
    long before = workloadCount();
    Answer answer = api.as("alice").post("/api/requests", "{\"mode\": \"NEW\",");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(workloadCount()).isEqualTo(before);
  }

  @Test
  void shouldRefuseACapabilityForAWorkloadThatIsNotLive() {
    String requestId = pendingRequest();
    String parent =
        api.as("alice").get("/api/requests/" + requestId).json().path("workloadId").asText();
    Map<String, Object> form = onboarding.newWorkloadRequest("Capability too early");
    form.put("mode", "EXISTING");
    form.put("parentWorkloadId", parent);
    long components = componentCount(parent);

    assertProblemNaming(api.as("alice").post("/api/requests", form), "parentWorkloadId");
    assertThat(componentCount(parent)).isEqualTo(components);
  }

  private long componentCount(String workloadId) {
    return api.as("alice").get("/api/workloads/" + workloadId).json().path("components").size();
  }

  @Test
  void shouldRefuseAResubmitOfARequestNotSentBack() {
    String requestId = pendingRequest();
    Answer answer =
        api.as("alice").put("/api/requests/" + requestId, onboarding.newWorkloadRequest("Again"));
    assertThat(answer.status()).isEqualTo(409);
    assertThat(api.as("alice").get("/api/requests/" + requestId).json().path("revision").asInt())
        .isEqualTo(1);
  }

  private String pendingRequest() {
    String id =
        onboarding
            .submit("alice", onboarding.newWorkloadRequest("Pending Bot"))
            .path("id")
            .asText();
    onboarding.awaitStatus(id, "PENDING_FA_REVIEW");
    return id;
  }

  private long workloadCount() {
    return api.as("fiona")
        .get("/api/workloads?size=1")
        .json()
        .path("page")
        .path("totalElements")
        .asLong();
  }

  private static void assertProblemNaming(Answer answer, String field) {
    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().path("errors").findValuesAsText("field"))
        .as("%s", answer.json())
        .contains(field);
    assertThat(answer.text("detail")).contains(field);
  }

  private static void custom(Map<String, Object> form, String arn, String externalId) {
    form.put("runtime", "CUSTOM_PRINCIPAL");
    form.put("customPrincipalArn", arn);
    if (externalId != null) {
      form.put("externalId", externalId);
    }
  }

  private static Arguments bad(
      String name, Consumer<Map<String, Object>> change, String expectedField) {
    return Arguments.of(name, change, expectedField);
  }
}
