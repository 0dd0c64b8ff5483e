package dev.onramp.app.spendcards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A card as the API and the pages show it. {@code lines} and {@code trend} are filled for one card
 * and empty in lists; {@code canDecide} and {@code canReview} say what the viewer may do now.
 */
public record SpendCardView(
    String id,
    String workloadId,
    String workloadName,
    String productName,
    LocalDate weekStart,
    LocalDate weekEnd,
    SpendCardStatus status,
    String statusLabel,
    boolean provisional,
    Instant dataThrough,
    BigDecimal actual,
    BigDecimal weeklyEstimate,
    BigDecimal monthlyBudget,
    String budgetSource,
    String budgetMonth,
    BigDecimal monthToDate,
    String businessCaseType,
    BigDecimal businessCaseOpportunity,
    String decidedBy,
    Instant decidedAt,
    String disputeReason,
    String reviewedBy,
    Instant reviewedAt,
    String reviewNote,
    boolean canDecide,
    boolean canReview,
    List<Line> lines,
    List<Week> trend) {

  /** Actual and estimate of one model, token type or region. */
  public record Line(String dimension, String label, BigDecimal actual, BigDecimal estimate) {}

  /** The spend of one week of the trend. */
  public record Week(LocalDate weekStart, BigDecimal actual) {}

  /** A page of cards, newest week first. */
  public record Page(List<SpendCardView> content, int page, int size, long totalElements) {}
}
