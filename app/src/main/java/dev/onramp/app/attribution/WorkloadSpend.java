package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.util.Map;

/** One workload's attributed spend in a month and its breakdown. */
public record WorkloadSpend(
    String workloadId,
    String name,
    String period,
    BigDecimal spend,
    BigDecimal budget,
    String budgetSource,
    BigDecimal forecast,
    Map<String, BigDecimal> byModel,
    Map<String, BigDecimal> byTokenType,
    Map<String, BigDecimal> byRegion) {}
