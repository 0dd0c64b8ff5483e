package dev.onramp.app.catalog;

/**
 * How a Bedrock request reaches the model ({@code aws-reference.md} §2.2, §2.4): in the source
 * region only, through a geographic cross-region profile ({@code us.}, {@code eu.}, {@code jp.} …)
 * that keeps data in one geography, or through the {@code global.} profile.
 */
public enum InferenceProfileType {
  /** The bare model id, served in the chosen region only. */
  IN_REGION,
  /** A system-defined profile routing within one geography, e.g. {@code us.<modelId>}. */
  GEOGRAPHIC,
  /** The {@code global.<modelId>} profile, routing to any commercial region. */
  GLOBAL
}
