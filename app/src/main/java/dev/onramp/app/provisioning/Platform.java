package dev.onramp.app.provisioning;

import java.util.Locale;

/**
 * Where an approved workload runs its model, chosen by the FinOps Lead. Each platform's tasks come
 * from the templates in {@code templates/platforms/<folder>/}.
 */
public enum Platform {
  BEDROCK("Amazon Bedrock"),
  MARKETPLACE("AWS Marketplace models"),
  CLAUDE_PLATFORM("Claude Platform"),
  AGENTCORE("Amazon Bedrock AgentCore");

  private final String label;

  Platform(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The template folder under {@code templates/platforms/}, e.g. {@code claude-platform}. */
  public String folder() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
