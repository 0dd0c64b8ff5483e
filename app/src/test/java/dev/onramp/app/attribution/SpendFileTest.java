package dev.onramp.app.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpendFileTest {

  static final String ACCOUNT = "012345678901";
  static final String SESSION = "arn:aws:sts::012345678901:assumed-role/finops-support-ab12/i-0abc";

  /** The session's role, claimed on 10 March: its spend that day stays hourly. */
  static final List<SpendFile.Claim> CLAIMED_ON_THE_10TH =
      List.of(
          new SpendFile.Claim(
              "arn:aws:iam::012345678901:role/finops-support-ab12",
              OffsetDateTime.parse("2026-03-10T10:20:00Z")));

  @TempDir Path dir;

  @Test
  void foldsSessionsIntoTheirRoleAndReadsModelTokensAndRegion() {
    CurFixture cur =
        new CurFixture()
            .add(
                SESSION,
                "USE1-Claude4.6Sonnet-input-tokens",
                "2026-03-10T11:00:00Z",
                "1.5",
                ACCOUNT)
            .add(
                "arn:aws:sts::012345678901:assumed-role/finops-support-ab12/other-session",
                "USE1-Claude4.6Sonnet-input-tokens",
                "2026-03-10T11:00:00Z",
                "2.25",
                ACCOUNT)
            .add(
                "arn:aws:iam::012345678901:role/finops-support-ab12",
                "EUC1-Claude4.6Sonnet-output-tokens",
                "2026-03-10T12:30:00Z",
                "4",
                ACCOUNT,
                "eu-central-1")
            .add(
                "arn:aws:iam::012345678901:user/alice",
                "USE1-Nova-input-tokens",
                "2026-03-11T00:00:00Z",
                "0.5",
                ACCOUNT)
            .add(
                "not-an-arn",
                "USE2-Claude4.6Sonnet-input-tokens",
                "2026-03-11T00:00:00Z",
                "0.25",
                ACCOUNT)
            .add("", "USW2-Titan-embeddings", "2026-03-11T00:00:00Z", "0.125", ACCOUNT);
    for (Path file :
        List.of(
            cur.convert(dir, "cur.parquet"),
            cur.convert(dir, "cur.csv.gz"),
            cur.csv(dir, "cur.csv"))) {
      List<SpendRow> rows = read(file, SpendFormat.CUR, CLAIMED_ON_THE_10TH);
      assertThat(rows).as(file.toString()).hasSize(5);
      SpendRow sessions = find(rows, "2026-03-10T11:00Z");
      assertThat(sessions.principalKind()).isEqualTo(PrincipalKind.ROLE);
      assertThat(sessions.principal())
          .isEqualTo("arn:aws:iam::012345678901:role/finops-support-ab12");
      assertThat(sessions.roleKey())
          .isEqualTo("arn:aws:iam::012345678901:role/finops-support-ab12");
      assertThat(sessions.cost()).isEqualByComparingTo("3.75");
      assertThat(sessions.lineItems()).isEqualTo(2);
      assertThat(sessions.model()).isEqualTo("Claude4.6Sonnet");
      assertThat(sessions.tokenType()).isEqualTo("INPUT");
      assertThat(sessions.region()).isEqualTo("us-east-1");
      assertThat(sessions.usageAccountId()).isEqualTo(ACCOUNT);
      assertThat(sessions.billingPeriod()).isEqualTo("2026-03");

      SpendRow direct = find(rows, "2026-03-10T12:00Z");
      assertThat(direct.roleKey()).isEqualTo(sessions.roleKey());
      assertThat(direct.tokenType()).isEqualTo("OUTPUT");
      assertThat(direct.region()).isEqualTo("eu-central-1");

      assertThat(rows)
          .extracting(SpendRow::principalKind)
          .contains(PrincipalKind.USER, PrincipalKind.UNPARSEABLE, PrincipalKind.NONE);
      SpendRow other =
          rows.stream().filter(r -> r.principalKind() == PrincipalKind.NONE).findFirst().get();
      assertThat(other.tokenType()).isEqualTo("OTHER");
      assertThat(other.model()).isEqualTo("Titan-embeddings");
      assertThat(other.region()).isEqualTo("us-west-2");
    }
  }

  @Test
  void spendIsStoredPerDayExceptOnTheDayOfAClaim() {
    CurFixture cur = new CurFixture();
    for (String hour : List.of("2026-03-10T09:00:00Z", "2026-03-10T14:00:00Z")) {
      cur.add(SESSION, "USE1-Claude4.6Sonnet-input-tokens", hour, "1", ACCOUNT);
      cur.add(
          SESSION, "USE1-Claude4.6Sonnet-input-tokens", hour.replace("10T", "11T"), "2", ACCOUNT);
    }
    Path file = cur.convert(dir, "days.parquet");

    List<SpendRow> days = read(file, SpendFormat.CUR, List.of());
    assertThat(days)
        .extracting(r -> r.usageHour().toString(), SpendRow::cost, SpendRow::lineItems)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "2026-03-10T00:00Z", new BigDecimal("2.00000000"), 2L),
            org.assertj.core.groups.Tuple.tuple(
                "2026-03-11T00:00Z", new BigDecimal("4.00000000"), 2L));

    List<SpendRow> claimDay = read(file, SpendFormat.CUR, CLAIMED_ON_THE_10TH);
    assertThat(claimDay)
        .extracting(r -> r.usageHour().toString())
        .containsExactlyInAnyOrder("2026-03-10T09:00Z", "2026-03-10T14:00Z", "2026-03-11T00:00Z");
  }

  @Test
  void aBadCostIsReportedWithItsRowAndColumn() {
    Path csv =
        new CurFixture()
            .add(SESSION, "USE1-Claude4.6Sonnet-input-tokens", "2026-03-10T11:00:00Z", "1", ACCOUNT)
            .add(SESSION, "USE1-Claude4.6Sonnet-input-tokens", "2026-03-10T12:00:00Z", "2", ACCOUNT)
            .add(
                SESSION,
                "USE1-Claude4.6Sonnet-input-tokens",
                "2026-03-10T13:00:00Z",
                "lots",
                ACCOUNT)
            .csv(dir, "bad.csv");
    assertThatThrownBy(() -> SpendFile.open(csv, SpendFormat.CUR))
        .isInstanceOfSatisfying(
            SpendFileException.class,
            e -> {
              assertThat(e.row()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("line_item_unblended_cost");
              assertThat(e.getMessage()).contains("'lots' is not a decimal number");
            });
  }

  @Test
  void badTimesAndAccountsAndMissingColumnsAreNamed() throws Exception {
    Path badTime =
        new CurFixture()
            .add(SESSION, "USE1-Claude4.6Sonnet-input-tokens", "2026-03-10T11:00:00Z", "1", ACCOUNT)
            .add(SESSION, "USE1-Claude4.6Sonnet-input-tokens", "2026-03-1xT12:00:00Z", "2", ACCOUNT)
            .csv(dir, "time.csv");
    assertThatThrownBy(() -> SpendFile.open(badTime, SpendFormat.CUR))
        .hasMessageContaining("row 2, column line_item_usage_start_date");

    Path badAccount =
        new CurFixture()
            .add(
                SESSION, "USE1-Claude4.6Sonnet-input-tokens", "2026-03-10T11:00:00Z", "1", "acct-1")
            .convert(dir, "account.parquet");
    assertThatThrownBy(() -> SpendFile.open(badAccount, SpendFormat.CUR))
        .hasMessageContaining("row 1, column line_item_usage_account_id")
        .hasMessageContaining("12-digit");

    Path missing = Files.writeString(dir.resolve("missing.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> SpendFile.open(missing, SpendFormat.CUR))
        .hasMessageContaining("column line_item_")
        .hasMessageContaining("missing");

    Path ragged =
        Files.writeString(
            dir.resolve("ragged.csv"),
            CurFixture.HEADER
                + "\n"
                + SESSION
                + ",USE1-X-input-tokens,2026-03-10T11:00:00Z,1,"
                + ACCOUNT
                + ",,2026-03-01T00:00:00Z\nshort,line\n");
    assertThatThrownBy(() -> SpendFile.open(ragged, SpendFormat.CUR))
        .isInstanceOfSatisfying(SpendFileException.class, e -> assertThat(e.row()).isEqualTo(2));
  }

  @Test
  void focusTakesThePrincipalFromTheIamPrincipalTag() throws Exception {
    Path focus =
        Files.writeString(
            dir.resolve("focus.csv"),
            """
            BilledCost,ChargePeriodStart,BillingPeriodStart,RegionId,ResourceId,SubAccountId,x_UsageType,Tags
            1.10,2026-04-02T10:00:00Z,2026-04-01T00:00:00Z,us-east-1,,012345678901,USE1-Claude4.6Sonnet-output-tokens,"{""iamPrincipal/arn"":""%s""}"
            2.20,2026-04-02T10:00:00Z,2026-04-01T00:00:00Z,us-east-1,arn:aws:bedrock:us-east-1:012345678901:application-inference-profile/abc,012345678901,,{}
            """
                .formatted(SESSION));
    List<SpendRow> rows = read(focus, SpendFormat.FOCUS);
    assertThat(rows).hasSize(2);
    SpendRow tagged =
        rows.stream().filter(r -> r.principalKind() == PrincipalKind.ROLE).findFirst().get();
    assertThat(tagged.roleKey()).isEqualTo("arn:aws:iam::012345678901:role/finops-support-ab12");
    assertThat(tagged.tokenType()).isEqualTo("OUTPUT");
    assertThat(tagged.cost()).isEqualByComparingTo(new BigDecimal("1.10"));
    SpendRow profile =
        rows.stream().filter(r -> r.principalKind() == PrincipalKind.NONE).findFirst().get();
    assertThat(profile.resourceId()).endsWith("application-inference-profile/abc");
  }

  static List<SpendRow> read(Path file, SpendFormat format) {
    return read(file, format, List.of());
  }

  static List<SpendRow> read(Path file, SpendFormat format, List<SpendFile.Claim> claims) {
    List<SpendRow> rows = new ArrayList<>();
    try (SpendFile spend = SpendFile.open(file, format)) {
      spend.forEachRow(claims, rows::add);
    }
    return rows;
  }

  private static SpendRow find(List<SpendRow> rows, String hour) {
    return rows.stream()
        .filter(r -> r.usageHour().toString().equals(hour))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + hour + " in " + rows));
  }
}
