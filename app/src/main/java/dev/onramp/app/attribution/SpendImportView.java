package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One imported file; {@code replacedAt} is set once a newer import replaced its periods. */
public record SpendImportView(
    String id,
    String source,
    String fileName,
    String billingPeriods,
    long lineItems,
    long storedRows,
    BigDecimal totalCost,
    String importedBy,
    OffsetDateTime importedAt,
    OffsetDateTime replacedAt) {}
