package dev.onramp.app.testing;

import java.util.Map;

/** A model and scope from the bundled catalog that each platform may use. */
final class Platforms {

  private Platforms() {}

  static Map<String, Object> approval(String platform) {
    return switch (platform) {
      case "BEDROCK" ->
          Map.of(
              "platform", "BEDROCK",
              "modelId", "anthropic.claude-sonnet-4-5-20250929-v1:0",
              "region", "us-east-1",
              "inferenceProfileType", "GEOGRAPHIC");
      case "MARKETPLACE" ->
          Map.of(
              "platform", "MARKETPLACE",
              "modelId", "cohere.command-r-plus-v1:0",
              "region", "us-east-1",
              "inferenceProfileType", "IN_REGION");
      case "CLAUDE_PLATFORM" ->
          Map.of(
              "platform", "CLAUDE_PLATFORM",
              "modelId", "claude-sonnet-4-5",
              "region", "us-east-1",
              "inferenceProfileType", "IN_REGION",
              "workspaceName", "support-assistant");
      case "AGENTCORE" ->
          Map.of(
              "platform", "AGENTCORE",
              "modelId", "anthropic.claude-haiku-4-5-20251001-v1:0",
              "region", "us-east-1",
              "inferenceProfileType", "GEOGRAPHIC");
      default -> throw new IllegalArgumentException(platform);
    };
  }
}
