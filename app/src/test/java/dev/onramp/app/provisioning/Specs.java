package dev.onramp.app.provisioning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Approved requests as the tests use them: one typical approval per platform and runtime. */
final class Specs {

  /** moto's account, so the same specs run against moto_server. */
  static final String ACCOUNT = "123456789012";

  static final String SONNET = "anthropic.claude-sonnet-4-5-20250929-v1:0";
  static final String HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0";
  static final List<String> US_REGIONS = List.of("us-east-1", "us-east-2", "us-west-2");

  private Specs() {}

  /**
   * Bedrock through the us. profile of Sonnet 4.5; Marketplace with a serverless Cohere model in
   * region; Claude Platform with a workspace and spend limit; AgentCore through the global profile.
   */
  static ProvisioningSpec.Builder typical(Platform platform, RequestorRuntime runtime) {
    ProvisioningSpec.Builder spec =
        ProvisioningSpec.builder()
            .workloadName("Customer support bot")
            .shortId("a4f2")
            .requestId("7d3f8a2e-1b4c-4e5f-9a6b-2c3d4e5f6a7b")
            .productName("Customer Care")
            .platform(platform)
            .runtime(runtime)
            .accountId(ACCOUNT)
            .region("us-east-1")
            .roleName("finops-customer-support-bot-a4f2")
            .tags(Map.of("CostCenter", "cc-123"));
    switch (platform) {
      case BEDROCK -> spec.modelId(SONNET).inferenceProfile("us." + SONNET, US_REGIONS);
      case MARKETPLACE -> spec.modelId("cohere.command-r-plus-v1:0");
      case CLAUDE_PLATFORM ->
          spec.modelId("claude-sonnet-4-5")
              .workspaceName("customer-care-prod")
              .monthlySpendLimitUsd(new BigDecimal("500.00"));
      case AGENTCORE -> spec.modelId(HAIKU).inferenceProfile("global." + HAIKU, List.of());
    }
    if (runtime == RequestorRuntime.CUSTOM_PRINCIPAL) {
      spec.customPrincipalArn("arn:aws:iam::444455556666:role/ci-deployer")
          .externalId("onramp-7d3f8a2e");
    }
    return spec;
  }
}
