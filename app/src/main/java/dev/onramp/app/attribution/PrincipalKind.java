package dev.onramp.app.attribution;

/** What a billing line's caller identity turned out to be. */
public enum PrincipalKind {
  /** An IAM role, called directly or through an assumed-role session. */
  ROLE,
  /** An IAM user (Bedrock API keys map to their user). */
  USER,
  /** The line names no caller. */
  NONE,
  /** Something that is not an IAM principal ARN. */
  UNPARSEABLE
}
