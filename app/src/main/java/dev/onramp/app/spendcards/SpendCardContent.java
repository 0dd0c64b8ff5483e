package dev.onramp.app.spendcards;

import dev.onramp.app.attribution.WeeklySpend;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a card says, as its template reads it: the week's figures with the workload's context, and
 * the trend as bars already laid out (the chart is drawn on the server, no script needed).
 */
public record SpendCardContent(
    String cardId,
    String workloadName,
    String productName,
    LocalDate weekStart,
    LocalDate weekEnd,
    Instant liveSince,
    boolean provisional,
    Instant dataThrough,
    WeeklySpend.Figures figures,
    BigDecimal burnPercent,
    String businessCaseType,
    BigDecimal businessCaseOpportunity,
    List<Bar> bars) {

  static final int CHART_WIDTH = 480;
  static final int CHART_HEIGHT = 160;
  private static final int AXIS = 20;
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** One bar of the trend chart. */
  public record Bar(LocalDate week, BigDecimal amount, int x, int y, int width, int height) {}

  static SpendCardContent of(
      String cardId,
      String workloadName,
      String productName,
      Instant liveSince,
      boolean provisional,
      Instant dataThrough,
      WeeklySpend.Figures figures,
      String businessCaseType,
      BigDecimal businessCaseOpportunity) {
    BigDecimal budget = figures.monthlyBudget();
    BigDecimal burn =
        budget == null || budget.signum() == 0
            ? null
            : figures
                .monthToDate()
                .multiply(BigDecimal.valueOf(100))
                .divide(budget, 1, RoundingMode.HALF_UP);
    return new SpendCardContent(
        cardId,
        workloadName,
        productName,
        figures.weekStart(),
        figures.weekStart().plusDays(6),
        liveSince,
        provisional,
        dataThrough,
        figures,
        burn,
        businessCaseType,
        businessCaseOpportunity,
        bars(figures.trend(), figures.weeklyEstimate()));
  }

  public List<WeeklySpend.Line> lines(String dimension) {
    return figures.lines().stream().filter(l -> l.dimension().equals(dimension)).toList();
  }

  /** The estimate line's height in the chart, or -1 without an estimate. */
  public int estimateY() {
    BigDecimal estimate = figures.weeklyEstimate();
    if (estimate == null) {
      return -1;
    }
    return CHART_HEIGHT - AXIS - scaled(estimate, max(figures.trend(), estimate));
  }

  public String liveSinceText() {
    return text(liveSince);
  }

  public String dataThroughText() {
    return dataThrough == null ? "no data imported" : text(dataThrough);
  }

  private static String text(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant);
  }

  public int chartWidth() {
    return CHART_WIDTH;
  }

  public int chartHeight() {
    return CHART_HEIGHT;
  }

  private static List<Bar> bars(Map<LocalDate, BigDecimal> trend, BigDecimal estimate) {
    BigDecimal max = max(trend, estimate);
    int slot = CHART_WIDTH / Math.max(trend.size(), 1);
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (Map.Entry<LocalDate, BigDecimal> week : trend.entrySet()) {
      int height = scaled(week.getValue(), max);
      bars.add(
          new Bar(
              week.getKey(),
              week.getValue(),
              i * slot + slot / 6,
              CHART_HEIGHT - AXIS - height,
              slot * 2 / 3,
              height));
      i++;
    }
    return bars;
  }

  private static BigDecimal max(Map<LocalDate, BigDecimal> trend, BigDecimal estimate) {
    BigDecimal max = estimate == null ? BigDecimal.ZERO : estimate;
    for (BigDecimal amount : trend.values()) {
      max = amount.max(max);
    }
    return max;
  }

  private static int scaled(BigDecimal amount, BigDecimal max) {
    if (max.signum() <= 0) {
      return 0;
    }
    return amount
        .multiply(BigDecimal.valueOf(CHART_HEIGHT - AXIS - 10))
        .divide(max, 0, RoundingMode.HALF_UP)
        .intValue();
  }
}
