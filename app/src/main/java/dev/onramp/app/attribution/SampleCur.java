package dev.onramp.app.attribution;

import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a CUR 2.0 sample file (Parquet) for demos: hourly Bedrock token spend of every claimed
 * role in the database from the hour after its claim, and lines that show each kind of allocation
 * gap. Every row says it is a sample ({@code sample_label}) and the file name starts with {@code
 * SAMPLE-}. Onramp imports it only when a FinOps Lead asks for demo data (Load sample CUR on the
 * attribution page); otherwise the file is handed to the user.
 */
@Service
public class SampleCur {

  static final String LABEL = "SAMPLE — not real billing data";

  /** Models no demo request asks for; the first one not approved shows a model gap. */
  private static final List<String> UNREQUESTED_MODELS =
      List.of("NovaPro", "MistralLarge2", "Llama3.3-70B", "CommandA");

  private static final List<String> OTHER_REGIONS =
      List.of("eu-central-1", "ap-northeast-1", "sa-east-1", "us-west-1");

  private static final String OTHER_ACCOUNT = "444455556666";

  private static final DateTimeFormatter DUCK_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

  private final JdbcClient jdbc;
  private final Clock clock;

  SampleCur(JdbcClient jdbc, ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** A written sample file and the gap kinds it shows; the caller deletes the file. */
  public record Sample(Path file, String fileName, Set<GapKind> gapKinds) {}

  @Transactional(readOnly = true)
  public Sample write(Period period) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime end =
        period.end().isBefore(now) ? period.end() : now.truncatedTo(ChronoUnit.HOURS);
    if (!end.isAfter(period.start())) {
      throw new InvalidFieldException("period", "must not be a month in the future");
    }
    List<Claimed> claimed = claimed(end);
    if (claimed.isEmpty()) {
      throw new ConflictException(
          "No workload was Live before " + end + ": there is no role to write sample spend for");
    }
    List<Stream> streams = new ArrayList<>();
    Set<GapKind> kinds = EnumSet.noneOf(GapKind.class);

    // One claimed role stays silent, so the sample shows a workload that never called Bedrock.
    Claimed quiet = quietCandidate(claimed, end);
    for (Claimed c : claimed) {
      if (c == quiet) {
        kinds.add(GapKind.NO_SPEND_AFTER_14_DAYS);
        continue;
      }
      OffsetDateTime from = c.claimedAt().truncatedTo(ChronoUnit.HOURS).plusHours(1);
      from = from.isBefore(period.start()) ? period.start() : from;
      String session = c.session("lambda-" + (streams.size() / 2 + 1));
      streams.add(c.tokens(session, c.region(), "input", from, end, c.hourlyInput()));
      streams.add(c.tokens(session, c.region(), "output", from, end, c.hourlyOutput()));
    }

    Claimed first = claimed.stream().filter(c -> c != quiet).findFirst().orElseThrow();
    OffsetDateTime start = period.start();
    streams.add(
        first.tokens(
            "arn:aws:sts::"
                + first.account()
                + ":assumed-role/AWSReservedSSO_AdministratorAccess_4f1c2a9d7e3b6058/"
                + "jane.doe@example.com",
            first.region(),
            "input",
            start,
            end,
            new BigDecimal("0.42")));
    kinds.add(GapKind.BROAD_SHARED_ROLE);

    String unrequested = unrequestedModel();
    if (unrequested != null) {
      streams.add(
          new Stream(
              "arn:aws:sts::" + first.account() + ":assumed-role/ml-experiments/notebook-1",
              prefix(first.region()) + unrequested + "-input-tokens",
              first.account(),
              first.region(),
              null,
              start,
              end,
              new BigDecimal("0.35"),
              new BigDecimal("0.80")));
      kinds.add(GapKind.MODEL_WITHOUT_REQUEST);
    }

    Stream outside = first.outsideScope(start, end);
    if (outside != null) {
      streams.add(outside);
      kinds.add(GapKind.OUTSIDE_APPROVED_SCOPE);
    }

    for (Unclaimed u : unclaimed()) {
      streams.add(
          new Stream(
              "arn:aws:sts::" + u.account() + ":assumed-role/" + u.roleName() + "/early-test",
              prefix(u.region()) + ModelKey.usageName(u.modelId()) + "-input-tokens",
              u.account(),
              u.region(),
              null,
              start,
              end,
              new BigDecimal("0.30"),
              u.priceInput()));
      kinds.add(GapKind.ROLE_NEVER_CLAIMED);
    }

    streams.add(
        new Stream(
            "bedrock-batch-job-7f3a2c",
            prefix(first.region()) + ModelKey.usageName(first.modelId()) + "-input-tokens",
            first.account(),
            first.region(),
            null,
            start,
            end,
            new BigDecimal("0.05"),
            first.priceInput()));
    kinds.add(GapKind.UNPARSEABLE_PRINCIPAL);

    String fileName = "SAMPLE-cur2-bedrock-" + period + ".parquet";
    return new Sample(write(streams, fileName), fileName, kinds);
  }

  /**
   * The most recently claimed role that has been Live for 14 days by the end of the data, if
   * another role still spends (the sample must show attributed spend too).
   */
  private static Claimed quietCandidate(List<Claimed> claimed, OffsetDateTime end) {
    Claimed candidate = null;
    for (Claimed c : claimed) {
      if (!c.claimedAt().isAfter(end.minusDays(14))) {
        candidate = c;
      }
    }
    return claimed.size() > 1 ? candidate : null;
  }

  private String unrequestedModel() {
    Set<String> approved = new HashSet<>();
    jdbc.sql("select a.model_id from approval a join business_request r on r.id = a.request_id")
        .query(String.class)
        .list()
        .forEach(m -> approved.add(ModelKey.of(m)));
    return UNREQUESTED_MODELS.stream()
        .filter(m -> !approved.contains(ModelKey.of(m)))
        .findFirst()
        .orElse(null);
  }

  private List<Claimed> claimed(OffsetDateTime end) {
    return jdbc.sql(
            """
            select c.role_arn, c.claimed_at, a.model_id, a.account_id, a.region,
                   a.inference_profile_type, a.inference_profile_id, a.profile_regions,
                   a.price_input_per_1m, a.price_output_per_1m, r.requests_per_month,
                   r.input_tokens_per_request, r.output_tokens_per_request
            from ai_component c
            join approval a on a.request_id = c.request_id
            join business_request r on r.id = c.request_id
            where c.claimed_at is not null and c.role_arn is not null and c.claimed_at < ?
            order by c.claimed_at, c.id
            """)
        .param(end)
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getBigDecimal(9),
                    rs.getBigDecimal(10),
                    rs.getLong(11),
                    rs.getLong(12),
                    rs.getLong(13)))
        .list();
  }

  private List<Unclaimed> unclaimed() {
    return jdbc.sql(
            """
            select a.role_name, a.account_id, a.region, a.model_id, a.price_input_per_1m
            from approval a
            join business_request r on r.id = a.request_id
            left join ai_component c on c.request_id = a.request_id
            where c.claimed_at is null
              and r.status in ('APPROVED', 'CE_IN_PROGRESS', 'READY_TO_CLAIM')
            order by a.approved_at
            """)
        .query(
            (rs, n) ->
                new Unclaimed(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBigDecimal(5)))
        .list();
  }

  /** The usage-type prefix AWS writes for a region ({@code USE1-}); none for an unknown one. */
  static String prefix(String region) {
    Map<String, String> byRegion = new HashMap<>();
    SpendFile.REGION_PREFIXES.forEach((p, r) -> byRegion.put(r, p));
    String prefix = byRegion.get(region);
    return prefix == null ? "" : prefix + "-";
  }

  /**
   * Expands each stream to hourly line items inside DuckDB: a working-day curve (busiest in the
   * afternoon, quieter at weekends) with a little deterministic noise, so a demo looks lived in and
   * two runs write the same figures.
   */
  private static Path write(List<Stream> streams, String fileName) {
    try (Connection duck = SpendFile.connect()) {
      Path dir = Files.createTempDirectory("onramp-sample");
      Path file = dir.resolve(fileName);
      try (Statement s = duck.createStatement()) {
        s.execute(
            "create table streams (seed integer, principal varchar, usage_type varchar,"
                + " account varchar, region varchar, resource_id varchar, start_at timestamptz,"
                + " end_at timestamptz, hourly double, price double)");
      }
      try (PreparedStatement insert =
          duck.prepareStatement(
              "insert into streams values (?, ?, ?, ?, ?, ?, cast(? as timestamptz),"
                  + " cast(? as timestamptz), ?, ?)")) {
        int seed = 0;
        for (Stream st : streams) {
          insert.setInt(1, seed++);
          insert.setString(2, st.principal());
          insert.setString(3, st.usageType());
          insert.setString(4, st.account());
          insert.setString(5, st.region());
          insert.setString(6, st.resourceId());
          insert.setString(7, st.from().format(DUCK_TIME));
          insert.setString(8, st.to().format(DUCK_TIME));
          insert.setDouble(9, st.hourly().doubleValue());
          insert.setDouble(10, st.pricePer1m().doubleValue());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (Statement s = duck.createStatement()) {
        s.execute(
            """
            copy (
              select date_trunc('month', h) as bill_billing_period_start_date,
                     date_trunc('month', h) + interval 1 month as bill_billing_period_end_date,
                     '999988887777' as bill_payer_account_id,
                     'Usage' as line_item_line_item_type,
                     'AmazonBedrock' as line_item_product_code,
                     account as line_item_usage_account_id,
                     usage_type as line_item_usage_type,
                     'InvokeModel' as line_item_operation,
                     h as line_item_usage_start_date,
                     h + interval 1 hour as line_item_usage_end_date,
                     principal as line_item_iam_principal,
                     resource_id as line_item_resource_id,
                     region as product_region_code,
                     'AmazonBedrock' as product_servicecode,
                     round(cost / price * 1000000) as line_item_usage_amount,
                     'tokens' as pricing_unit,
                     cast(price / 1000000 as decimal(18,12)) as line_item_unblended_rate,
                     cast(cost as decimal(18,8)) as line_item_unblended_cost,
                     '%s' as sample_label
              from (
                select st.*, g.h,
                       round(hourly
                             * (1 + 0.6 * sin(2 * pi() * (hour(g.h) - 9) / 24))
                             * (case when dayofweek(g.h) in (0, 6) then 0.4 else 1 end)
                             * (0.9 + (hash(seed, g.h) %% 1000) / 5000.0), 8) as cost
                from streams st,
                     generate_series(st.start_at, st.end_at - interval 1 hour, interval 1 hour)
                       as g(h))
              where cost > 0
              order by line_item_usage_start_date, line_item_iam_principal, line_item_usage_type
            ) to '%s' (format parquet, compression zstd)
            """
                .formatted(LABEL, file.toString().replace("'", "''")));
      }
      return file;
    } catch (SQLException e) {
      throw new IllegalStateException("The sample file could not be written: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Spend of one caller and usage type, hour by hour from {@code from} up to {@code to}. */
  private record Stream(
      String principal,
      String usageType,
      String account,
      String region,
      String resourceId,
      OffsetDateTime from,
      OffsetDateTime to,
      BigDecimal hourly,
      BigDecimal pricePer1m) {}

  private record Unclaimed(
      String roleName, String account, String region, String modelId, BigDecimal priceInput) {}

  /** A claimed role, its approval and the volume its Business Request declared. */
  private record Claimed(
      String roleArn,
      OffsetDateTime claimedAt,
      String modelId,
      String account,
      String region,
      String profileType,
      String profileId,
      String profileRegions,
      BigDecimal priceInput,
      BigDecimal priceOutput,
      long requestsPerMonth,
      long inputTokens,
      long outputTokens) {

    private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    String session(String name) {
      return "arn:aws:sts::"
          + account
          + ":assumed-role/"
          + AllocationGapFinder.roleName(roleArn)
          + "/"
          + name;
    }

    BigDecimal hourlyInput() {
      return hourly(inputTokens, priceInput);
    }

    BigDecimal hourlyOutput() {
      return hourly(outputTokens, priceOutput);
    }

    private BigDecimal hourly(long tokensPerRequest, BigDecimal pricePer1m) {
      return BigDecimal.valueOf(requestsPerMonth * tokensPerRequest)
          .multiply(pricePer1m)
          .divide(MILLION.multiply(HOURS_PER_MONTH), 8, RoundingMode.HALF_UP);
    }

    Stream tokens(
        String principal,
        String inRegion,
        String direction,
        OffsetDateTime from,
        OffsetDateTime to,
        BigDecimal hourly) {
      return new Stream(
          principal,
          prefix(inRegion) + ModelKey.usageName(modelId) + "-" + direction + "-tokens",
          account,
          inRegion,
          profileId == null
              ? "arn:aws:bedrock:" + inRegion + "::foundation-model/" + modelId
              : "arn:aws:bedrock:" + region + ":" + account + ":inference-profile/" + profileId,
          from,
          to,
          hourly,
          direction.equals("input") ? priceInput : priceOutput);
    }

    /** The role's own model called in a region (or, for a global profile, account) not approved. */
    Stream outsideScope(OffsetDateTime from, OffsetDateTime to) {
      if ("GLOBAL".equals(profileType)) {
        Stream s =
            tokens(
                "arn:aws:sts::"
                    + OTHER_ACCOUNT
                    + ":assumed-role/"
                    + AllocationGapFinder.roleName(roleArn)
                    + "/copied-stack",
                region,
                "input",
                from,
                to,
                new BigDecimal("0.20"));
        return new Stream(
            s.principal(),
            s.usageType(),
            OTHER_ACCOUNT,
            s.region(),
            null,
            s.from(),
            s.to(),
            s.hourly(),
            s.pricePer1m());
      }
      Set<String> allowed = new HashSet<>(List.of(profileRegions.split(",")));
      allowed.add(region);
      for (String other : OTHER_REGIONS) {
        if (!allowed.contains(other)) {
          return tokens(session("eu-pilot"), other, "input", from, to, new BigDecimal("0.20"));
        }
      }
      return null;
    }
  }
}
