package dev.onramp.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.app.web.InvalidFieldException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values that would break a command or a policy are refused, naming the approval form's field. */
class ProvisioningSpecTest {

  static Stream<Arguments> invalidSpecs() {
    return Stream.of(
        bad("workloadName", Platform.BEDROCK, s -> s.workloadName(" ")),
        bad("workloadName", Platform.BEDROCK, s -> s.workloadName("line\nbreak")),
        bad("requestId", Platform.BEDROCK, s -> s.requestId(null)),
        bad("productName", Platform.BEDROCK, s -> s.productName("")),
        bad("shortId", Platform.BEDROCK, s -> s.shortId("A4F2")),
        bad("platform", Platform.BEDROCK, s -> s.platform(null)),
        bad("runtime", Platform.BEDROCK, s -> s.runtime(null)),
        bad("accountId", Platform.BEDROCK, s -> s.accountId("12345678901")),
        bad("accountId", Platform.BEDROCK, s -> s.accountId("12345678901a")),
        bad("region", Platform.BEDROCK, s -> s.region("us-east")),
        bad("region", Platform.BEDROCK, s -> s.region("us-east-1; rm -rf /")),
        bad("roleName", Platform.BEDROCK, s -> s.roleName("finops bot")),
        bad("roleName", Platform.BEDROCK, s -> s.roleName("r".repeat(65))),
        bad("modelId", Platform.BEDROCK, s -> s.modelId("claude")),
        bad("modelId", Platform.BEDROCK, s -> s.modelId("anthropic.claude\"},{\"Effect\":\"Allow")),
        bad("modelId", Platform.CLAUDE_PLATFORM, s -> s.modelId("Claude Sonnet")),
        bad(
            "modelId",
            Platform.MARKETPLACE,
            s -> s.modelId("arn:aws:sagemaker:us-east-1:999999999999:endpoint/x")),
        bad(
            "modelId",
            Platform.MARKETPLACE,
            s -> s.modelId("arn:aws:sagemaker:eu-west-1:123456789012:endpoint/x")),
        bad("modelId", Platform.MARKETPLACE, s -> s.modelId("arn:aws:s3:::bucket")),
        bad(
            "inferenceProfileType",
            Platform.BEDROCK,
            s -> s.inferenceProfile("us.anthropic.claude-3-haiku-20240307-v1:0", Specs.US_REGIONS)),
        bad(
            "inferenceProfileType",
            Platform.BEDROCK,
            s -> s.inferenceProfile("us." + Specs.SONNET, List.of())),
        bad(
            "inferenceProfileType",
            Platform.BEDROCK,
            s -> s.inferenceProfile("us." + Specs.SONNET, List.of("us-east-1", "mars-1"))),
        bad(
            "customPrincipalArn",
            Platform.BEDROCK,
            s -> s.runtime(RequestorRuntime.CUSTOM_PRINCIPAL).customPrincipalArn(null)),
        bad(
            "customPrincipalArn",
            Platform.BEDROCK,
            s ->
                s.runtime(RequestorRuntime.CUSTOM_PRINCIPAL)
                    .customPrincipalArn("arn:aws:iam::1:role/x")),
        bad(
            "externalId",
            Platform.BEDROCK,
            s ->
                s.runtime(RequestorRuntime.CUSTOM_PRINCIPAL)
                    .customPrincipalArn("arn:aws:iam::444455556666:role/ci")
                    .externalId("has spaces")),
        bad("workspaceName", Platform.CLAUDE_PLATFORM, s -> s.workspaceName(null)),
        bad("workspaceName", Platform.CLAUDE_PLATFORM, s -> s.workspaceName("w".repeat(256))),
        bad(
            "monthlySpendLimitUsd",
            Platform.CLAUDE_PLATFORM,
            s -> s.monthlySpendLimitUsd(new BigDecimal("-1"))),
        bad("tags", Platform.BEDROCK, s -> s.tags(Map.of("aws:cost", "x"))),
        bad("tags", Platform.BEDROCK, s -> s.tags(Map.of("bad,key", "x"))));
  }

  private static Arguments bad(
      String field, Platform platform, UnaryOperator<ProvisioningSpec.Builder> change) {
    return Arguments.of(field, platform, change);
  }

  @ParameterizedTest(name = "{0} ({index})")
  @MethodSource("invalidSpecs")
  void shouldRefuseTheValueNamingTheField(
      String field, Platform platform, UnaryOperator<ProvisioningSpec.Builder> change) {
    var spec = change.apply(Specs.typical(platform, RequestorRuntime.LAMBDA));

    assertThatThrownBy(spec::build)
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void shouldIgnoreACustomPrincipalForOtherRuntimes() {
    ProvisioningSpec spec =
        Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
            .customPrincipalArn("arn:aws:iam::444455556666:role/ci")
            .externalId("abc")
            .build();

    assertThat(spec.customPrincipalArn()).isNull();
    assertThat(spec.externalId()).isNull();
  }

  @Test
  void shouldIgnoreAnInferenceProfileForClaudePlatform() {
    ProvisioningSpec spec =
        Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.LAMBDA)
            .inferenceProfile("us.claude-sonnet-4-5", Specs.US_REGIONS)
            .build();

    assertThat(spec.usesInferenceProfile()).isFalse();
    assertThat(spec.profileRegions()).isEmpty();
  }

  @Test
  void shouldAcceptAGlobalProfileWithoutRegions() {
    ProvisioningSpec spec =
        Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
            .inferenceProfile("global." + Specs.SONNET, null)
            .build();

    assertThat(spec.usesInferenceProfile()).isTrue();
  }
}
