package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attributed spend per workload and Monday–Sunday UTC week, for the weekly spend cards: the week's
 * actuals by model, token type and region beside the FA Confirmed Estimate's weekly share, the
 * weeks before it, and the month to date against the monthly budget. Read in bulk (one query per
 * week, not per workload), so ten thousand cards cost a handful of queries.
 */
@Service
@Transactional(readOnly = true)
public class WeeklySpend {

  /** Weeks the trend shows, the card's own week included. */
  public static final int TREND_WEEKS = 8;

  private final JdbcClient jdbc;
  private final Budgets budgets;

  WeeklySpend(JdbcClient jdbc, Budgets budgets) {
    this.jdbc = jdbc;
    this.budgets = budgets;
  }

  /** One row of a card's breakdown; estimate null where nothing was estimated. */
  public record Line(String dimension, String label, BigDecimal actual, BigDecimal estimate) {}

  /** What a card shows for one workload and week. */
  public record Figures(
      String workloadId,
      LocalDate weekStart,
      BigDecimal actual,
      BigDecimal weeklyEstimate,
      BigDecimal monthlyBudget,
      String budgetSource,
      YearMonth budgetMonth,
      BigDecimal monthToDate,
      List<Line> lines,
      SortedMap<LocalDate, BigDecimal> trend) {}

  /** The Live workloads and when each went Live (its first claim). */
  public Map<String, Instant> liveSince() {
    Map<String, Instant> live = new HashMap<>();
    jdbc.sql(
            """
            select c.workload_id, min(c.claimed_at) from ai_component c
            join workload w on w.id = c.workload_id
            where w.status = 'LIVE' and c.claimed_at is not null
            group by c.workload_id
            """)
        .query(
            rs -> {
              live.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
            });
    return live;
  }

  /** The end of the newest imported usage hour, if any spend was imported. */
  public Optional<Instant> dataThrough() {
    return jdbc.sql("select max(usage_hour) from spend_line")
        .query(OffsetDateTime.class)
        .optional()
        .map(hour -> hour.toInstant().plusSeconds(3600));
  }

  /** The figures of the week starting {@code monday} for each of the workloads. */
  public Map<String, Figures> figures(LocalDate monday, Collection<String> workloadIds) {
    if (workloadIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Line>> lines = weekLines(monday);
    List<LocalDate> weeks = new ArrayList<>();
    for (int k = TREND_WEEKS - 1; k >= 1; k--) {
      weeks.add(monday.minusWeeks(k));
    }
    Map<LocalDate, Map<String, BigDecimal>> earlier = new HashMap<>();
    for (LocalDate week : weeks) {
      earlier.put(week, totals(start(week), start(week.plusWeeks(1))));
    }
    LocalDate sunday = monday.plusDays(6);
    YearMonth month = YearMonth.from(sunday);
    Map<String, BigDecimal> monthToDate = totals(start(month.atDay(1)), start(monday.plusWeeks(1)));
    Map<String, List<Estimate>> estimates = estimates();
    Budgets.InForce inForce = budgets.inForce();

    Map<String, Figures> figures = new LinkedHashMap<>();
    for (String workloadId : workloadIds) {
      Map<String, Line> own = new LinkedHashMap<>(lines.getOrDefault(workloadId, Map.of()));
      BigDecimal actual =
          own.values().stream()
              .filter(l -> l.dimension().equals("TOKEN"))
              .map(Line::actual)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      for (Estimate e : estimates.getOrDefault(workloadId, List.of())) {
        addEstimate(own, "MODEL", ModelKey.usageName(e.modelId), ModelKey.of(e.modelId), e.total());
        addEstimate(own, "REGION", e.region, e.region, e.total());
        addEstimate(own, "TOKEN", "INPUT", "INPUT", e.input);
        addEstimate(own, "TOKEN", "OUTPUT", "OUTPUT", e.output);
      }
      SortedMap<LocalDate, BigDecimal> trend = new TreeMap<>();
      for (LocalDate week : weeks) {
        trend.put(week, earlier.get(week).getOrDefault(workloadId, BigDecimal.ZERO));
      }
      trend.put(monday, actual);
      Budgets.Budget budget = inForce.workload(workloadId);
      figures.put(
          workloadId,
          new Figures(
              workloadId,
              monday,
              actual,
              budget.amount() == null ? null : weekly(budget.amount()),
              budget.amount(),
              budget.source(),
              month,
              monthToDate.getOrDefault(workloadId, BigDecimal.ZERO),
              List.copyOf(own.values()),
              trend));
    }
    return figures;
  }

  /** The week's attributed lines per workload, keyed by dimension and comparable label. */
  private Map<String, Map<String, Line>> weekLines(LocalDate monday) {
    Map<String, Map<String, Line>> lines = new HashMap<>();
    jdbc.sql(
            "select workload_id, model, token_type, region, sum(cost) from ("
                + AttributedLines.IN_PERIOD
                + ") a group by workload_id, model, token_type, region")
        .params(params(start(monday), start(monday.plusWeeks(1))))
        .query(
            rs -> {
              Map<String, Line> own =
                  lines.computeIfAbsent(rs.getString(1), w -> new LinkedHashMap<>());
              BigDecimal cost = rs.getBigDecimal(5);
              String model = rs.getString(2);
              addActual(own, "MODEL", model == null ? "unknown" : model, ModelKey.of(model), cost);
              addActual(own, "TOKEN", rs.getString(3), rs.getString(3), cost);
              String region = rs.getString(4);
              addActual(own, "REGION", region == null ? "unknown" : region, region, cost);
            });
    return lines;
  }

  private Map<String, BigDecimal> totals(OffsetDateTime from, OffsetDateTime to) {
    Map<String, BigDecimal> totals = new HashMap<>();
    jdbc.sql(
            "select workload_id, sum(cost) from ("
                + AttributedLines.IN_PERIOD
                + ") a group by workload_id")
        .params(params(from, to))
        .query(
            rs -> {
              totals.put(rs.getString(1), rs.getBigDecimal(2));
            });
    return totals;
  }

  /** What the FA Confirmed Estimate expects per month, per claimed AI component. */
  private Map<String, List<Estimate>> estimates() {
    Map<String, List<Estimate>> estimates = new HashMap<>();
    jdbc.sql(
            """
            select r.workload_id, a.model_id, a.region, r.requests_per_month,
              r.input_tokens_per_request, r.output_tokens_per_request,
              a.price_input_per_1m, a.price_output_per_1m
            from approval a
            join business_request r on r.id = a.request_id
            join ai_component c on c.request_id = r.id
            where c.claimed_at is not null
            """)
        .query(
            rs -> {
              BigDecimal requests = BigDecimal.valueOf(rs.getLong(4));
              BigDecimal million = BigDecimal.valueOf(1_000_000);
              BigDecimal input =
                  requests
                      .multiply(BigDecimal.valueOf(rs.getInt(5)))
                      .multiply(rs.getBigDecimal(7))
                      .divide(million, 10, RoundingMode.HALF_UP);
              BigDecimal output =
                  requests
                      .multiply(BigDecimal.valueOf(rs.getInt(6)))
                      .multiply(rs.getBigDecimal(8))
                      .divide(million, 10, RoundingMode.HALF_UP);
              estimates
                  .computeIfAbsent(rs.getString(1), w -> new ArrayList<>())
                  .add(
                      new Estimate(
                          rs.getString(2), rs.getString(3), weekly(input), weekly(output)));
            });
    return estimates;
  }

  private record Estimate(String modelId, String region, BigDecimal input, BigDecimal output) {
    BigDecimal total() {
      return input.add(output);
    }
  }

  private static void addActual(
      Map<String, Line> lines, String dimension, String label, String key, BigDecimal cost) {
    lines.merge(
        dimension + ":" + (key == null ? label : key),
        new Line(dimension, label, cost, null),
        (a, b) -> new Line(dimension, a.label(), a.actual().add(b.actual()), a.estimate()));
  }

  private static void addEstimate(
      Map<String, Line> lines, String dimension, String label, String key, BigDecimal estimate) {
    lines.merge(
        dimension + ":" + key,
        new Line(dimension, label, BigDecimal.ZERO, estimate),
        (a, b) ->
            new Line(
                dimension,
                a.label(),
                a.actual(),
                a.estimate() == null ? b.estimate() : a.estimate().add(b.estimate())));
  }

  /**
   * The weekly share of a monthly amount, in cents: twelve months over fifty-two weeks, the same
   * share for every week, so a card's estimate does not change with the length of the month.
   */
  static BigDecimal weekly(BigDecimal monthly) {
    return monthly
        .multiply(BigDecimal.valueOf(12))
        .divide(BigDecimal.valueOf(52), 2, RoundingMode.HALF_UP);
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static Object[] params(OffsetDateTime from, OffsetDateTime to) {
    return new Object[] {from, to, from, to};
  }
}
