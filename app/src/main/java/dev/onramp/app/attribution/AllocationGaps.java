package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * The allocation gaps of a month, under the opportunity the approved requests declared.
 *
 * @param costSavingOpportunity annual amount × target percent / 100 of the Cost Saving cases of
 *     approved requests (approved through Live)
 * @param revenueDrivingOpportunity the same for Revenue Driving cases, kept apart
 */
public record AllocationGaps(
    String period,
    BigDecimal costSavingOpportunity,
    BigDecimal revenueDrivingOpportunity,
    BigDecimal gapSpend,
    List<AllocationGap> gaps) {}
