package dev.onramp.app.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.AppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** FOCUS spend without a caller reaches a workload once its application profile is linked. */
class InferenceProfileLinkApiTest extends AppTest {

  private static final String PROFILE =
      "arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/lnk";

  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @Test
  void aLinkedProfileAttributesFocusSpendAfterTheClaimAndUnlinkingTakesItBack() throws Exception {
    String requestId = onboarding.toLive("Profile link A", "BEDROCK");
    jdbc.sql("update ai_component set claimed_at = ? where request_id = ?")
        .params(OffsetDateTime.parse("2025-09-10T00:00:00Z"), requestId)
        .update();
    String componentId = component(requestId);
    String workloadId = workload(requestId);
    Path focus =
        Files.writeString(
            dir.resolve("focus-sept.csv"),
            """
            BilledCost,ChargePeriodStart,BillingPeriodStart,RegionId,ResourceId,SubAccountId,x_UsageType,Tags
            3.00,2025-09-09T00:00:00Z,2025-09-01T00:00:00Z,us-east-1,%1$s,111122223333,USE1-Claude4.6Sonnet-input-tokens,{}
            7.00,2025-09-12T00:00:00Z,2025-09-01T00:00:00Z,us-east-1,%1$s,111122223333,USE1-Claude4.6Sonnet-output-tokens,{}
            """
                .formatted(PROFILE));
    SpendApi spend = new SpendApi(port);
    assertThat(spend.upload("fiona", focus, "FOCUS").status()).isEqualTo(201);
    assertThat(workloadSpend(workloadId)).isEqualByComparingTo("0");

    Answer linked =
        api.as("fiona")
            .post(
                "/api/attribution/inference-profiles",
                Map.of("profileArn", PROFILE, "aiComponentId", componentId));
    assertThat(linked.status()).isEqualTo(201);
    assertThat(linked.text("workloadId")).isEqualTo(workloadId);
    // Only the line after the claim counts, in the drill-down and in the roll-up.
    assertThat(workloadSpend(workloadId)).isEqualByComparingTo("7");
    assertThat(rolledUp(workloadId)).isEqualByComparingTo("7");
    assertThat(
            api.as("fiona")
                .post(
                    "/api/attribution/inference-profiles",
                    Map.of("profileArn", PROFILE, "aiComponentId", componentId))
                .status())
        .as("linking again to the same component changes nothing")
        .isEqualTo(201);

    String other = component(onboarding.toLive("Profile link B", "BEDROCK"));
    Answer taken =
        api.as("fiona")
            .post(
                "/api/attribution/inference-profiles",
                Map.of("profileArn", PROFILE, "aiComponentId", other));
    assertThat(taken.status()).isEqualTo(409);

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where subject_id = ? and action ="
                        + " 'INFERENCE_PROFILE_LINKED'")
                .param(componentId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    assertThat(
            api.as("fiona")
                .delete("/api/attribution/inference-profiles?profileArn=" + PROFILE)
                .status())
        .isEqualTo(204);
    assertThat(workloadSpend(workloadId)).isEqualByComparingTo("0");
    assertThat(rolledUp(workloadId)).isEqualByComparingTo("0");
  }

  @Test
  void aBadArnAnUnknownComponentAndAnotherRoleAreRefused() {
    Answer badArn =
        api.as("fiona")
            .post(
                "/api/attribution/inference-profiles",
                Map.of(
                    "profileArn",
                    "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.x",
                    "aiComponentId",
                    "x"));
    assertThat(badArn.status()).isEqualTo(400);
    assertThat(badArn.json().path("errors").path(0).path("field").asText()).isEqualTo("profileArn");
    Answer unknown =
        api.as("fiona")
            .post(
                "/api/attribution/inference-profiles",
                Map.of("profileArn", PROFILE + "2", "aiComponentId", "no-such-component"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("errors").path(0).path("field").asText())
        .isEqualTo("aiComponentId");
    assertThat(
            api.as("carlos")
                .post(
                    "/api/attribution/inference-profiles",
                    Map.of("profileArn", PROFILE + "3", "aiComponentId", "x"))
                .status())
        .isEqualTo(403);
  }

  private java.math.BigDecimal workloadSpend(String workloadId) {
    return api.as("fiona")
        .get("/api/attribution/workloads/" + workloadId + "?period=2025-09")
        .json()
        .path("spend")
        .decimalValue();
  }

  /** The workload's spend in the September roll-up (its node in the tree). */
  private java.math.BigDecimal rolledUp(String workloadId) {
    com.fasterxml.jackson.databind.JsonNode rollup =
        api.as("fiona").get("/api/attribution/rollup?period=2025-09").json();
    return rollup.findParents("id").stream()
        .filter(n -> n.path("id").asText().equals(workloadId))
        .findFirst()
        .map(n -> n.path("spend").decimalValue())
        .orElseThrow();
  }

  private String component(String requestId) {
    return jdbc.sql("select id from ai_component where request_id = ?")
        .param(requestId)
        .query(String.class)
        .single();
  }

  private String workload(String requestId) {
    return jdbc.sql("select workload_id from ai_component where request_id = ?")
        .param(requestId)
        .query(String.class)
        .single();
  }
}
