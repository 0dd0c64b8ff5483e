package dev.onramp.app.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.testing.AppTest;
import dev.onramp.app.testing.Onboarding;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Live workloads (claim instants pinned to March 2026), spend files uploaded over the API. */
class AttributionApiTest extends AppTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USAGE = "USE1-Claude4.6Sonnet-input-tokens";

  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  record Live(String workloadId, String account, String role) {
    String session(String name) {
      return "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + name;
    }
  }

  @Test
  void attributesFromTheHourAfterTheClaimRollsUpAndReplacesOnReimport() throws Exception {
    Live a = live("Attribution A", "2026-03-10T10:20:00Z");
    Live b = live("Attribution B", "2026-03-05T00:00:00Z");
    String acct = Onboarding.ACCOUNT;
    Path parquet =
        new CurFixture()
            .add(a.session("s1"), USAGE, "2026-03-10T09:00:00Z", "1", acct) // before the claim
            .add(a.session("s1"), USAGE, "2026-03-10T10:00:00Z", "2", acct) // the claim hour
            .add(a.session("s2"), USAGE, "2026-03-10T11:00:00Z", "3", acct)
            .add(
                a.session("s2"),
                "USE1-Claude4.6Sonnet-output-tokens",
                "2026-03-10T11:00:00Z",
                "4",
                acct)
            .add(
                "arn:aws:iam::" + acct + ":role/" + a.role(),
                USAGE,
                "2026-03-12T00:00:00Z",
                "5",
                acct)
            .add(b.session("x"), USAGE, "2026-03-05T00:00:00Z", "7", acct) // claimed on the hour
            .add(b.session("x"), USAGE, "2026-03-06T00:00:00Z", "11", acct)
            .add(
                "arn:aws:sts::" + acct + ":assumed-role/nobody-claims-me/x",
                USAGE,
                "2026-03-06T00:00:00Z",
                "13",
                acct)
            .add("garbage", USAGE, "2026-03-06T00:00:00Z", "17", acct)
            .convert(dir, "march.parquet");
    assertThat(upload("fiona", parquet, "CUR").status()).isEqualTo(201);

    JsonNode rollup = get("/api/attribution/rollup?period=2026-03");
    assertThat(rollup.path("totalSpend").decimalValue()).isEqualByComparingTo("63");
    assertThat(workloadSpend(rollup, a.workloadId())).isEqualByComparingTo("12");
    assertThat(workloadSpend(rollup, b.workloadId())).isEqualByComparingTo("11");
    assertReconciles(rollup);
    assertThat(
            rollup
                .path("attributedSpend")
                .decimalValue()
                .add(rollup.path("unattributedSpend").decimalValue()))
        .isEqualByComparingTo("63");

    JsonNode detail = get("/api/attribution/workloads/" + a.workloadId() + "?period=2026-03");
    assertThat(detail.path("byTokenType").path("INPUT").decimalValue()).isEqualByComparingTo("8");
    assertThat(detail.path("byTokenType").path("OUTPUT").decimalValue()).isEqualByComparingTo("4");
    assertThat(detail.path("byRegion").path("us-east-1").decimalValue()).isEqualByComparingTo("12");
    assertThat(detail.path("byModel").path("Claude4.6Sonnet").decimalValue())
        .isEqualByComparingTo("12");

    JsonNode unattributed = get("/api/attribution/unattributed?period=2026-03");
    assertThat(reason(unattributed, "garbage")).isEqualTo("UNPARSEABLE_PRINCIPAL");
    assertThat(reason(unattributed, "arn:aws:iam::" + acct + ":role/" + a.role()))
        .isEqualTo("BEFORE_CLAIM");

    // The same period again (gzip CSV): replaces, never adds.
    Path again =
        new CurFixture()
            .add(a.session("s3"), USAGE, "2026-03-20T00:00:00Z", "100", acct)
            .convert(dir, "march-again.csv.gz");
    assertThat(upload("fiona", again, "CUR").status()).isEqualTo(201);
    rollup = get("/api/attribution/rollup?period=2026-03");
    assertThat(rollup.path("totalSpend").decimalValue()).isEqualByComparingTo("100");
    assertThat(workloadSpend(rollup, a.workloadId())).isEqualByComparingTo("100");
    assertThat(workloadSpend(rollup, b.workloadId())).isEqualByComparingTo("0");
    assertReconciles(rollup);

    // A bad file: the problem names row and column, and nothing of it is imported.
    Path bad =
        new CurFixture()
            .add(a.session("s4"), USAGE, "2026-03-21T00:00:00Z", "1", acct)
            .add(a.session("s4"), USAGE, "2026-03-21T01:00:00Z", "x1", acct)
            .csv(dir, "bad.csv");
    SpendApi.Answer refused = upload("fiona", bad, "CUR");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().toString()).contains("row 2, column line_item_unblended_cost");
    assertThat(get("/api/attribution/rollup?period=2026-03").path("totalSpend").decimalValue())
        .isEqualByComparingTo("100");

    // Only a FinOps Lead imports.
    assertThat(upload("alice", again, "CUR").status()).isEqualTo(403);
  }

  @Test
  void budgetAlertsAreRaisedOncePerThreshold() throws Exception {
    Live c = live("Attribution C", "2026-02-01T00:30:00Z");
    SpendApi.Answer set =
        put("/api/attribution/budgets/WORKLOAD/" + c.workloadId(), Map.of("monthlyAmount", 100));
    assertThat(set.status()).isEqualTo(200);
    Path feb =
        new CurFixture()
            .add(c.session("s"), USAGE, "2026-02-14T00:00:00Z", "85", Onboarding.ACCOUNT)
            .convert(dir, "feb.parquet");
    assertThat(upload("fiona", feb, "CUR").status()).isEqualTo(201);
    assertThat(upload("fiona", feb, "CUR").status()).isEqualTo(201);
    JsonNode alerts = get("/api/attribution/alerts?period=2026-02");
    long mine = 0;
    boolean eighty = false;
    boolean forecast = false;
    for (JsonNode alert : alerts) {
      if (alert.path("subjectId").asText().equals(c.workloadId())) {
        mine++;
        eighty |= alert.path("threshold").asText().equals("PCT_80");
        forecast |= alert.path("threshold").asText().equals("FORECAST");
      }
    }
    // 85 of 100 spent by the 14th: 80 % reached, forecast 85 × 28 / 14 = 170 over; not 100 %.
    assertThat(eighty).isTrue();
    assertThat(forecast).isTrue();
    assertThat(mine).isEqualTo(2);
    JsonNode rollup = get("/api/attribution/rollup?period=2026-02");
    JsonNode node = find(rollup.path("roots"), c.workloadId());
    assertThat(node.path("budgetSource").asText()).isEqualTo("EXPLICIT");
    assertThat(node.path("forecast").decimalValue()).isEqualByComparingTo("170");
  }

  @Test
  void theCompanysSpendIsForFinOpsLeadsAndAWorkloadsForThoseWhoMaySeeIt() throws Exception {
    Live d = live("Attribution D", "2026-01-05T00:00:00Z");
    SpendApi spend = spend();
    for (String path :
        new String[] {
          "/api/attribution/rollup?period=2026-01",
          "/api/attribution/unattributed?period=2026-01",
          "/api/attribution/alerts?period=2026-01",
          "/api/attribution/gaps?period=2026-01",
          "/api/spend/imports",
          "/api/attribution/inference-profiles"
        }) {
      assertThat(spend.get("alice", path).status()).as(path).isEqualTo(403);
      assertThat(spend.get("fiona", path).status()).as(path).isEqualTo(200);
    }
    String mine = "/api/attribution/workloads/" + d.workloadId() + "?period=2026-01";
    assertThat(spend.get("alice", mine).status()).isEqualTo(200);
    assertThat(spend.get("carlos", mine).status()).isEqualTo(200);
    assertThat(spend.get("alice", "/api/attribution/workloads/nope?period=2026-01").status())
        .isEqualTo(404);
  }

  private Live live(String name, String claimedAt) {
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
    return new Live(
        (String) row.get("workload_id"),
        arn.split(":")[4],
        arn.substring(arn.lastIndexOf('/') + 1));
  }

  private static void assertReconciles(JsonNode rollup) {
    java.math.BigDecimal roots = java.math.BigDecimal.ZERO;
    for (JsonNode root : rollup.path("roots")) {
      assertChildrenSum(root);
      roots = roots.add(root.path("spend").decimalValue());
    }
    assertThat(roots).isEqualByComparingTo(rollup.path("attributedSpend").decimalValue());
  }

  private static void assertChildrenSum(JsonNode node) {
    if (node.path("children").isEmpty()) {
      return;
    }
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (JsonNode child : node.path("children")) {
      assertChildrenSum(child);
      sum = sum.add(child.path("spend").decimalValue());
    }
    assertThat(sum)
        .as(node.path("name").asText())
        .isEqualByComparingTo(node.path("spend").decimalValue());
  }

  private static java.math.BigDecimal workloadSpend(JsonNode rollup, String workloadId) {
    return find(rollup.path("roots"), workloadId).path("spend").decimalValue();
  }

  private static JsonNode find(JsonNode nodes, String id) {
    for (JsonNode node : nodes) {
      if (node.path("id").asText().equals(id)) {
        return node;
      }
      JsonNode inside = find(node.path("children"), id);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  private static String reason(JsonNode unattributed, String principal) {
    for (JsonNode u : unattributed) {
      if (u.path("principal").asText().equals(principal)) {
        return u.path("reason").asText();
      }
    }
    throw new AssertionError("no " + principal + " in " + unattributed);
  }

  private JsonNode get(String path) throws Exception {
    SpendApi.Answer answer = spend().get("fiona", path);
    assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
    return answer.body();
  }

  private SpendApi.Answer put(String path, Object body) throws Exception {
    return spend().put("fiona", path, JSON.writeValueAsString(body));
  }

  private SpendApi.Answer upload(String user, Path file, String format) throws Exception {
    return spend().upload(user, file, format);
  }

  private SpendApi spend() {
    return new SpendApi(port);
  }
}
