package dev.onramp.app.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.AppTest;
import dev.onramp.app.testing.MotoServer;
import dev.onramp.app.testing.Onboarding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Cost Explorer ingestion through the AWS SDK against moto_server, whose GetCostAndUsage answers
 * what the test queues: first the spend by account and usage type, then by principal tag.
 */
class CostExplorerImportTest extends AppTest {

  private static final String USAGE = "USE1-Claude4.6Sonnet-input-tokens";
  private static final String OTHER_ACCOUNT = "444455556666";
  private static MotoServer moto;

  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void costExplorer(DynamicPropertyRegistry registry) throws IOException {
    moto = MotoServer.start(Files.createTempDirectory("onramp-moto-"));
    // The SDK's default credential chain reads these first; moto accepts any key.
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    registry.add("onramp.cost-explorer.enabled", () -> "true");
    registry.add("onramp.cost-explorer.endpoint", () -> moto.endpoint().toString());
  }

  @AfterAll
  static void stopMoto() throws InterruptedException {
    if (moto != null) {
      moto.close();
    }
  }

  @BeforeEach
  void resetMoto() throws Exception {
    moto.reset();
  }

  @Test
  void tagsPutSpendOnTheClaimedRoleAndTheRestOfEachAccountStaysUnattributed() throws Exception {
    String requestId = onboarding.toLive("Cost Explorer A", "BEDROCK");
    jdbc.sql("update ai_component set claimed_at = ? where request_id = ?")
        .params(java.time.OffsetDateTime.parse("2025-12-05T10:00:00Z"), requestId)
        .update();
    String workloadId =
        jdbc.sql("select workload_id from ai_component where request_id = ?")
            .param(requestId)
            .query(String.class)
            .single();
    queue(
        """
        {"results": [
          {"ResultsByTime": [
            {"TimePeriod": {"Start": "2025-12-05", "End": "2025-12-06"}, "Total": {}, "Estimated": false,
             "Groups": [{"Keys": ["%1$s", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "10", "Unit": "USD"}}}]},
            {"TimePeriod": {"Start": "2025-12-06", "End": "2025-12-07"}, "Total": {}, "Estimated": false,
             "Groups": [{"Keys": ["%1$s", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "20", "Unit": "USD"}}},
                        {"Keys": ["%2$s", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "5.5", "Unit": "USD"}}}]}
          ], "DimensionValueAttributes": []},
          {"ResultsByTime": [
            {"TimePeriod": {"Start": "2025-12-05", "End": "2025-12-06"}, "Total": {}, "Estimated": false,
             "Groups": [{"Keys": ["iamPrincipal/OnrampRequest$%4$s", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "4", "Unit": "USD"}}},
                        {"Keys": ["iamPrincipal/OnrampRequest$", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "6", "Unit": "USD"}}}]},
            {"TimePeriod": {"Start": "2025-12-06", "End": "2025-12-07"}, "Total": {}, "Estimated": false,
             "Groups": [{"Keys": ["iamPrincipal/OnrampRequest$%4$s", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "15", "Unit": "USD"}}},
                        {"Keys": ["iamPrincipal/OnrampRequest$unknown-request", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "2", "Unit": "USD"}}},
                        {"Keys": ["iamPrincipal/OnrampRequest$", "%3$s"], "Metrics": {"UnblendedCost": {"Amount": "8.5", "Unit": "USD"}}}]}
          ], "DimensionValueAttributes": []}
        ]}
        """
            .formatted(Onboarding.ACCOUNT, OTHER_ACCOUNT, USAGE, requestId));

    Answer imported =
        api.as("fiona").post("/api/spend/cost-explorer/imports", Map.of("month", "2025-12"));
    assertThat(imported.status()).isEqualTo(201);
    assertThat(imported.json().path("fileName").asText())
        .isEqualTo("Cost Explorer 2025-12 (daily)");

    JsonNode rollup = api.as("fiona").get("/api/attribution/rollup?period=2025-12").json();
    // The whole bill, as Cost Explorer's account view has it.
    assertThat(rollup.path("totalSpend").decimalValue()).isEqualByComparingTo("35.5");
    // The claim day (5 December) is not attributed: Cost Explorer is daily.
    assertThat(rollup.path("attributedSpend").decimalValue()).isEqualByComparingTo("15");
    JsonNode detail =
        api.as("fiona").get("/api/attribution/workloads/" + workloadId + "?period=2025-12").json();
    assertThat(detail.path("byModel").path("Claude4.6Sonnet").decimalValue())
        .isEqualByComparingTo("15");
    assertThat(detail.path("byRegion").path("us-east-1").decimalValue()).isEqualByComparingTo("15");

    // The same month again replaces it: moto answers the same queries with the same results.
    assertThat(
            api.as("fiona")
                .post("/api/spend/cost-explorer/imports", Map.of("month", "2025-12"))
                .status())
        .isEqualTo(201);
    assertThat(
            api.as("fiona")
                .get("/api/attribution/rollup?period=2025-12")
                .json()
                .path("totalSpend")
                .decimalValue())
        .isEqualByComparingTo(new BigDecimal("35.5"));
  }

  @Test
  void aMonthThatIsMissingMalformedOrInTheFutureIsRefusedNamingTheField() {
    for (Map<String, Object> body :
        java.util.List.<Map<String, Object>>of(
            Map.of(),
            Map.of("month", "2025-13"),
            Map.of("month", "next month"),
            Map.of("month", "2999-01"))) {
      Answer refused = api.as("fiona").post("/api/spend/cost-explorer/imports", body);
      assertThat(refused.status()).as(body.toString()).isEqualTo(400);
      assertThat(refused.json().path("errors").path(0).path("field").asText()).isEqualTo("month");
    }
  }

  @Test
  void onlyAFinOpsLeadImports() {
    assertThat(
            api.as("alice")
                .post("/api/spend/cost-explorer/imports", Map.of("month", "2025-12"))
                .status())
        .isEqualTo(403);
  }

  private static void queue(String results) throws Exception {
    assertThat(moto.post("/moto-api/static/ce/cost-and-usage-results", results).statusCode())
        .isEqualTo(201);
  }
}
