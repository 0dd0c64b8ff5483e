package dev.onramp.app.catalog;

/** The FinOps decision on whether a model may be used at all. */
public enum GovernanceStatus {
  /** Any account and region where the model is available. */
  APPROVED,
  /** Only the allowed accounts and/or regions the FinOps Lead listed. */
  RESTRICTED,
  /** Never; approvals naming it are refused. */
  BLOCKED
}
