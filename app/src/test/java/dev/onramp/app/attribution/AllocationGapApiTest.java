package dev.onramp.app.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.AppTest;
import dev.onramp.app.testing.Onboarding;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One allocation gap kind per test, each in a month of its own (2025), from CUR files DuckDB writes
 * and the API imports; then the sample file, which must show them all.
 */
class AllocationGapApiTest extends AppTest {

  private static final String ACCT = Onboarding.ACCOUNT;
  private static final String SONNET = "USE1-Claude4.5Sonnet-input-tokens";

  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  SpendApi spend;

  @BeforeEach
  void client() {
    spend = new SpendApi(port);
  }

  record Role(String requestId, String workloadId, String account, String name) {
    String session(String session) {
      return "arn:aws:sts::" + account + ":assumed-role/" + name + "/" + session;
    }
  }

  @Test
  void broadSharedRole() throws Exception {
    String admin =
        "arn:aws:sts::" + ACCT + ":assumed-role/AWSReservedSSO_AdministratorAccess_0a1b2c/jo";
    String power = "arn:aws:sts::" + ACCT + ":assumed-role/AWSReservedSSO_PowerUser_9f/kim";
    importFile(
        new CurFixture()
            .add(admin, SONNET, "2025-01-10T10:00:00Z", "4", ACCT)
            .add(admin, SONNET, "2025-01-11T10:00:00Z", "6", ACCT)
            .add(power, SONNET, "2025-01-11T10:00:00Z", "1", ACCT)
            .add(
                "arn:aws:sts::" + ACCT + ":assumed-role/billing-reports/x",
                SONNET,
                "2025-01-11T10:00:00Z",
                "2",
                ACCT),
        "2025-01");
    List<JsonNode> broad = gaps("2025-01", "BROAD_SHARED_ROLE");
    assertThat(broad).hasSize(2);
    assertThat(broad.get(0).path("key").asText())
        .isEqualTo(ACCT + "/awsreservedsso_administratoraccess_0a1b2c");
    assertThat(broad.get(0).path("spend").decimalValue()).isEqualByComparingTo("10");
    assertThat(broad.get(0).path("action").asText())
        .isEqualTo("Move this usage to a dedicated workload role");
    assertThat(broad.get(1).path("spend").decimalValue()).isEqualByComparingTo("1");
    assertAudited("gap-BROAD_SHARED_ROLE-" + broad.get(0).path("key").asText() + "-2025-01");
  }

  @Test
  void modelWithoutRequest() throws Exception {
    importFile(
        new CurFixture()
            .add(
                "arn:aws:sts::" + ACCT + ":assumed-role/ml-lab/notebook",
                "USE1-MistralLarge2-input-tokens",
                "2025-02-03T00:00:00Z",
                "3.5",
                ACCT)
            .add(
                "arn:aws:sts::" + ACCT + ":assumed-role/ml-lab/notebook",
                "USE1-MistralLarge2-output-tokens",
                "2025-02-03T00:00:00Z",
                "1.5",
                ACCT),
        "2025-02");
    JsonNode gap = gap("2025-02", "MODEL_WITHOUT_REQUEST", "MistralLarge2");
    assertThat(gap.path("spend").decimalValue()).isEqualByComparingTo("5");
    assertThat(gap.path("action").asText())
        .isEqualTo("Submit a Business Request for MistralLarge2");
    assertAudited("gap-MODEL_WITHOUT_REQUEST-MistralLarge2-2025-02");
  }

  @Test
  void approvedModelOutsideTheApprovedAccountOrRegion() throws Exception {
    Role role = live("Gap Scope", "2025-03-01T00:00:00Z");
    importFile(
        new CurFixture()
            // approved: us-east-1 and the US geographic profile's regions
            .add(role.session("a"), SONNET, "2025-03-05T00:00:00Z", "7", ACCT, "us-east-1")
            .add(role.session("a"), SONNET, "2025-03-05T00:00:00Z", "8", ACCT, "us-west-2")
            .add(role.session("b"), SONNET, "2025-03-06T00:00:00Z", "2", ACCT, "eu-central-1")
            .add(
                "arn:aws:sts::444455556666:assumed-role/" + role.name() + "/copy",
                SONNET,
                "2025-03-06T00:00:00Z",
                "3",
                "444455556666",
                "us-east-1"),
        "2025-03");
    List<JsonNode> outside = new ArrayList<>();
    for (JsonNode g : gaps("2025-03", "OUTSIDE_APPROVED_SCOPE")) {
      if (g.path("key").asText().contains("/" + role.name().toLowerCase() + "/")) {
        outside.add(g);
      }
    }
    assertThat(outside)
        .extracting(g -> g.path("key").asText())
        .containsExactlyInAnyOrder(
            ACCT + "/" + role.name().toLowerCase() + "/eu-central-1",
            "444455556666/" + role.name().toLowerCase() + "/us-east-1");
    assertThat(outside).allMatch(g -> g.path("workloadId").asText().equals(role.workloadId()));
    assertThat(outside.get(0).path("action").asText()).contains("as approved");
    // The approved model itself is requested: no model gap for it.
    assertThat(gaps("2025-03", "MODEL_WITHOUT_REQUEST"))
        .noneMatch(g -> g.path("model").asText().equals("Claude4.5Sonnet"));
  }

  @Test
  void roleApprovedButNeverClaimed() throws Exception {
    String requestId =
        onboarding
            .submit("alice", onboarding.newWorkloadRequest("Gap Unclaimed " + System.nanoTime()))
            .path("id")
            .asText();
    onboarding.approve(requestId, "BEDROCK", "NORMAL");
    Map<String, Object> approval =
        jdbc.sql("select account_id, role_name from approval where request_id = ?")
            .param(requestId)
            .query()
            .singleRow();
    String name = (String) approval.get("role_name");
    importFile(
        new CurFixture()
            .add(
                "arn:aws:sts::" + ACCT + ":assumed-role/" + name + "/smoke-test",
                SONNET,
                "2025-04-02T00:00:00Z",
                "9",
                ACCT),
        "2025-04");
    JsonNode gap = gap("2025-04", "ROLE_NEVER_CLAIMED", ACCT + "/" + name);
    assertThat(gap.path("spend").decimalValue()).isEqualByComparingTo("9");
    assertThat(gap.path("action").asText()).isEqualTo("Claim role " + name);
    assertAudited("gap-ROLE_NEVER_CLAIMED-" + ACCT + "/" + name + "-2025-04");
  }

  @Test
  void claimedWorkloadWithoutSpendAfter14Days() throws Exception {
    Role quiet = live("Gap Quiet", "2025-05-01T12:00:00Z");
    Role recent = live("Gap Recent", "2025-05-25T12:00:00Z");
    // The data ends on 31 May: quiet has been claimed 30 days, recent only 6.
    importFile(
        new CurFixture()
            .add(
                "arn:aws:sts::" + ACCT + ":assumed-role/someone-else/x",
                SONNET,
                "2025-05-31T23:00:00Z",
                "1",
                ACCT),
        "2025-05");
    JsonNode gap = gap("2025-05", "NO_SPEND_AFTER_14_DAYS", ACCT + "/" + quiet.name());
    assertThat(gap.path("workloadId").asText()).isEqualTo(quiet.workloadId());
    assertThat(gap.path("spend").decimalValue()).isEqualByComparingTo("0");
    assertThat(gap.path("action").asText()).isEqualTo("Check the workload's integration");
    assertThat(gaps("2025-05", "NO_SPEND_AFTER_14_DAYS"))
        .noneMatch(g -> g.path("workloadId").asText().equals(recent.workloadId()));
  }

  @Test
  void unparseablePrincipalAndOnlyForTheFinOpsLead() throws Exception {
    importFile(
        new CurFixture()
            .add("not-an-arn-42", SONNET, "2025-06-02T00:00:00Z", "2.25", ACCT)
            .add("not-an-arn-42", SONNET, "2025-06-03T00:00:00Z", "0.75", ACCT),
        "2025-06");
    // Detected and audited by the import, before anybody looks.
    assertAudited("gap-UNPARSEABLE_PRINCIPAL-not-an-arn-42-2025-06");
    long audited =
        jdbc.sql("select count(*) from audit_event where subject_type = 'allocation-gap'")
            .query(Long.class)
            .single();
    JsonNode gap = gap("2025-06", "UNPARSEABLE_PRINCIPAL", "not-an-arn-42");
    assertThat(gap.path("spend").decimalValue()).isEqualByComparingTo("3");
    assertThat(gap.path("action").asText()).isEqualTo("Fix the principal in the billing export");
    // Looking writes nothing.
    gaps("2025-06", "UNPARSEABLE_PRINCIPAL");
    assertThat(
            jdbc.sql("select count(*) from audit_event where subject_type = 'allocation-gap'")
                .query(Long.class)
                .single())
        .isEqualTo(audited);

    assertThat(spend.get("alice", "/api/attribution/gaps?period=2025-06").status()).isEqualTo(403);
    assertThat(
            spend.postForBytes("alice", "/api/attribution/sample-cur?period=2025-06").statusCode())
        .isEqualTo(403);
    assertThat(spend.get("fiona", "/api/attribution/gaps?period=June").status()).isEqualTo(400);
  }

  @Test
  void sampleFileImportsCleanlyAndShowsEveryGapKind() throws Exception {
    Role spending = live("Gap Sample A", "2025-08-20T08:30:00Z");
    Role silent = live("Gap Sample B", "2025-09-01T09:00:00Z");
    String unclaimed =
        onboarding
            .submit("alice", onboarding.newWorkloadRequest("Gap Sample C " + System.nanoTime()))
            .path("id")
            .asText();
    onboarding.approve(unclaimed, "BEDROCK", "NORMAL");

    HttpResponse<byte[]> download =
        spend.postForBytes("fiona", "/api/attribution/sample-cur?period=2025-09");
    assertThat(download.statusCode()).isEqualTo(200);
    String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
    assertThat(disposition).contains("filename=\"SAMPLE-");
    Path file = Files.write(dir.resolve("SAMPLE-2025-09.parquet"), download.body());
    assertThat(labels(file)).containsExactly(SampleCur.LABEL);
    // Nothing is imported by writing the sample.
    assertThat(
            jdbc.sql("select count(*) from spend_line where billing_period = '2025-09'")
                .query(Long.class)
                .single())
        .isZero();

    SpendApi.Answer imported = spend.upload("fiona", file);
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(201);

    JsonNode answer = spend.get("fiona", "/api/attribution/gaps?period=2025-09").body();
    List<String> kinds = new ArrayList<>();
    answer.path("gaps").forEach(g -> kinds.add(g.path("kind").asText()));
    for (GapKind kind : GapKind.values()) {
      assertThat(kinds).as("%s", answer).contains(kind.name());
    }
    assertThat(answer.path("gaps"))
        .anyMatch(
            g ->
                g.path("kind").asText().equals("NO_SPEND_AFTER_14_DAYS")
                    && g.path("workloadId").asText().equals(silent.workloadId()));
    // Each Live demo request declares Cost Saving 80,000 × 20 % = 16,000; two are ours.
    assertThat(answer.path("costSavingOpportunity").decimalValue())
        .isGreaterThanOrEqualTo(new BigDecimal("32000"));
    assertThat(answer.path("revenueDrivingOpportunity").isNumber()).isTrue();

    JsonNode detail =
        spend
            .get("fiona", "/api/attribution/workloads/" + spending.workloadId() + "?period=2025-09")
            .body();
    assertThat(detail.path("spend").decimalValue()).isPositive();
    assertThat(detail.path("byTokenType").has("OUTPUT")).isTrue();
  }

  private Role live(String name, String claimedAt) {
    String requestId = onboarding.toLive(name + " " + System.nanoTime() % 100000, "BEDROCK");
    Map<String, Object> row =
        jdbc.sql("select workload_id, role_arn from ai_component where request_id = ?")
            .param(requestId)
            .query()
            .singleRow();
    jdbc.sql("update ai_component set claimed_at = ? where request_id = ?")
        .params(OffsetDateTime.parse(claimedAt), requestId)
        .update();
    String arn = (String) row.get("role_arn");
    return new Role(
        requestId,
        (String) row.get("workload_id"),
        arn.split(":")[4],
        arn.substring(arn.lastIndexOf('/') + 1));
  }

  private void importFile(CurFixture fixture, String period) throws Exception {
    SpendApi.Answer answer = spend.upload("fiona", fixture.convert(dir, period + ".parquet"));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
  }

  private List<JsonNode> gaps(String period, String kind) throws Exception {
    SpendApi.Answer answer = spend.get("fiona", "/api/attribution/gaps?period=" + period);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    answer
        .body()
        .path("gaps")
        .forEach(
            g -> {
              if (g.path("kind").asText().equals(kind)) {
                found.add(g);
              }
            });
    return found;
  }

  private JsonNode gap(String period, String kind, String key) throws Exception {
    List<JsonNode> found = gaps(period, kind);
    return found.stream()
        .filter(g -> g.path("key").asText().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + key + " in " + found));
  }

  private void assertAudited(String dedupKey) {
    assertThat(
            jdbc.sql("select count(*) from audit_event where dedup_key = ? and action = ?")
                .params(dedupKey, "allocation-gap")
                .query(Long.class)
                .single())
        .as(dedupKey)
        .isEqualTo(1);
  }

  private static List<String> labels(Path parquet) throws Exception {
    List<String> labels = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select distinct sample_label from read_parquet('" + parquet + "')")) {
      while (r.next()) {
        labels.add(r.getString(1));
      }
    }
    return labels;
  }
}
