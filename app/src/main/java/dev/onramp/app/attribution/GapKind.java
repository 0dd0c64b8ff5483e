package dev.onramp.app.attribution;

/** Why spend (or its absence) does not reach a workload's budget as it should. */
public enum GapKind {
  /** Spend of an administrator or power-user SSO role that many people share. */
  BROAD_SHARED_ROLE,
  /** A model with spend that no approved Business Request uses. */
  MODEL_WITHOUT_REQUEST,
  /** An approved role calling its model in another account or region than approved. */
  OUTSIDE_APPROVED_SCOPE,
  /** An approved role with spend whose AI component nobody claimed. */
  ROLE_NEVER_CLAIMED,
  /** A component claimed at least 14 days before the end of the data, without any spend. */
  NO_SPEND_AFTER_14_DAYS,
  /** A billing line whose principal is not an IAM principal ARN. */
  UNPARSEABLE_PRINCIPAL
}
