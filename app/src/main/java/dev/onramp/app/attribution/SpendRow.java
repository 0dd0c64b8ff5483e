package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Spend of one UTC day (or of one hour, on the day of a claim), aggregated over the line items that
 * share every other field; {@code usageHour} is where that day or hour starts.
 */
public record SpendRow(
    String billingPeriod,
    OffsetDateTime usageHour,
    PrincipalKind principalKind,
    String principal,
    String roleKey,
    String usageAccountId,
    String region,
    String model,
    String tokenType,
    String resourceId,
    BigDecimal cost,
    long lineItems) {}
