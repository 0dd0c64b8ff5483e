package dev.onramp.app.provisioning;

/**
 * A policy document a command reads with {@code file://<name>}; valid, pretty-printed JSON.
 *
 * @param kind which IAM size limit applies to it
 */
public record GeneratedFile(String name, Kind kind, String content) {

  /** The kinds of document IAM limits differently (aws-reference.md §4). */
  public enum Kind {
    /** A role's AssumeRolePolicyDocument: 2,048 characters without whitespace by default. */
    TRUST_POLICY,
    /** A role's inline policy: all of a role's inline policies share 10,240 characters. */
    INLINE_POLICY
  }
}
