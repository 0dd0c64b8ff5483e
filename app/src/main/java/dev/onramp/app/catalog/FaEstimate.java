package dev.onramp.app.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The FA Confirmed Estimate: what a workload's expected utilisation costs per month with the chosen
 * model, region and inference profile type, and which prices it was computed from.
 *
 * @param monthlyUsd requests/month × (input tokens × input price + output tokens × output price) /
 *     1,000,000, in USD, 2 decimals, rounded half up
 * @param snapshotDate the date of the prices
 * @param source where the prices come from (a bundled snapshot says so)
 */
public record FaEstimate(
    BigDecimal monthlyUsd,
    BigDecimal inputPricePer1M,
    BigDecimal outputPricePer1M,
    LocalDate snapshotDate,
    String source) {}
