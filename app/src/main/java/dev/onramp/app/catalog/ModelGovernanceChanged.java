package dev.onramp.app.catalog;

import java.time.Instant;
import java.util.List;

/**
 * Published when a FinOps Lead changed a model's governance, inside the transaction that changed
 * it; the audit trail listens.
 */
public record ModelGovernanceChanged(
    String modelId,
    GovernanceStatus previousStatus,
    GovernanceStatus status,
    List<String> allowedAccounts,
    List<String> allowedRegions,
    String changedBy,
    Instant changedAt) {}
