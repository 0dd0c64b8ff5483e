package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A budget alert raised for a workload or org node in a month. */
public record BudgetAlertView(
    String subjectType,
    String subjectId,
    String period,
    String threshold,
    BigDecimal spend,
    BigDecimal budget,
    OffsetDateTime raisedAt) {}
