package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * The allocation gaps of a month, under the declared opportunity of the Live workloads.
 *
 * @param costSavingOpportunity annual amount × target percent / 100 of Live Cost Saving cases
 * @param revenueDrivingOpportunity the same for Revenue Driving cases, kept apart
 */
public record AllocationGaps(
    String period,
    BigDecimal costSavingOpportunity,
    BigDecimal revenueDrivingOpportunity,
    BigDecimal gapSpend,
    List<AllocationGap> gaps) {}
