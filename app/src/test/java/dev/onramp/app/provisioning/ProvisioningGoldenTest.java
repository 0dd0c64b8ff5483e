package dev.onramp.app.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every platform × runtime plan, and the variants that change a policy's shape, against golden
 * files in {@code src/test/resources/golden/provisioning/}. Regenerate them after an intended
 * change with {@code -Dgolden.update=true} ({@link GoldenFiles}) and review the diff.
 */
class ProvisioningGoldenTest {

  private static final ProvisioningGenerator GENERATOR = new ProvisioningGenerator();

  static Stream<Arguments> everyPlatformAndRuntime() {
    return Stream.of(Platform.values())
        .flatMap(p -> Stream.of(RequestorRuntime.values()).map(r -> Arguments.of(p, r)));
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("everyPlatformAndRuntime")
  void shouldGenerateTheGoldenPlan(Platform platform, RequestorRuntime runtime) {
    ProvisioningPlan plan = GENERATOR.generate(Specs.typical(platform, runtime).build());

    PlanChecks.assertWellFormed(plan);
    GoldenFiles.assertMatches(
        "provisioning/" + platform.folder() + "/" + slug(runtime.name()) + ".md",
        PlanText.of(plan));
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(
            "bedrock-in-region-model",
            Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                .modelId("anthropic.claude-3-haiku-20240307-v1:0")
                .inferenceProfile(null, List.of())),
        Arguments.of(
            "bedrock-global-profile",
            Specs.typical(Platform.BEDROCK, RequestorRuntime.ECS_TASK)
                .region("eu-west-1")
                .inferenceProfile("global." + Specs.SONNET, List.of())),
        Arguments.of(
            "bedrock-eu-profile-amazon-model",
            Specs.typical(Platform.BEDROCK, RequestorRuntime.EC2)
                .region("eu-central-1")
                .modelId("amazon.nova-pro-v1:0")
                .inferenceProfile(
                    "eu.amazon.nova-pro-v1:0",
                    List.of("eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1"))),
        Arguments.of(
            "custom-principal-without-external-id",
            Specs.typical(Platform.BEDROCK, RequestorRuntime.CUSTOM_PRINCIPAL).externalId(null)),
        Arguments.of(
            "marketplace-endpoint",
            Specs.typical(Platform.MARKETPLACE, RequestorRuntime.ECS_TASK)
                .modelId("arn:aws:sagemaker:us-east-1:123456789012:endpoint/support-llm")),
        Arguments.of(
            "claude-platform-without-spend-limit",
            Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.LAMBDA)
                .workspaceName("Customer Care's \"prod\" workspace")
                .monthlySpendLimitUsd(null)),
        Arguments.of(
            "unusual-workload-name",
            Specs.typical(Platform.BEDROCK, RequestorRuntime.EC2)
                .workloadName("Café 🚀 bot / it's \"$(rm -rf ~)\", v2")
                .productName("Ops & Support; `whoami`")
                .roleName(RoleNames.suggest("Café 🚀 bot / it's \"$(rm -rf ~)\", v2", "zz99"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void shouldGenerateTheGoldenVariant(String name, ProvisioningSpec.Builder spec) {
    ProvisioningPlan plan = GENERATOR.generate(spec.build());

    PlanChecks.assertWellFormed(plan);
    GoldenFiles.assertMatches("provisioning/variants/" + name + ".md", PlanText.of(plan));
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
