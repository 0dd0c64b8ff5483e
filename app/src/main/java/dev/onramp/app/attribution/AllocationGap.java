package dev.onramp.app.attribution;

import java.math.BigDecimal;

/**
 * One allocation gap of a month.
 *
 * @param key what the gap is about, unique per kind and period (role, model, principal…)
 * @param principal the caller identity, when the gap has one
 * @param workloadId the workload concerned, when there is one
 * @param model the model, when the gap is about one
 * @param action what to do about it, in words a FinOps Lead can act on
 */
public record AllocationGap(
    GapKind kind,
    String key,
    String principal,
    String workloadId,
    String workloadName,
    String model,
    String accountId,
    String region,
    BigDecimal spend,
    String action) {

  /** The audit entries of gaps are filed under this subject type. */
  public static final String AUDIT_SUBJECT_TYPE = "allocation-gap";

  /** The subject id the gap's audit entry is filed under: kind and key. */
  public String auditSubjectId() {
    return kind + ":" + AllocationGapFinder.bounded(key);
  }
}
