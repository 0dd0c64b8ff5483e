package dev.onramp.app.provisioning;

import static dev.onramp.app.provisioning.Plans.file;
import static dev.onramp.app.provisioning.Plans.generate;
import static dev.onramp.app.provisioning.Plans.shell;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** The role's trust policy is exactly aws-reference.md §1 for the requestor's runtime. */
class TrustPolicyTest {

  @Test
  void shouldTrustLambdaFromTheAccountOnly() throws Exception {
    assertTrust(
        RequestorRuntime.LAMBDA,
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
         "Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole",
         "Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}}]}
        """);
  }

  @Test
  void shouldTrustEcsTasksOfTheAccountAndRegion() throws Exception {
    assertTrust(
        RequestorRuntime.ECS_TASK,
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
         "Principal":{"Service":["ecs-tasks.amazonaws.com"]},"Action":"sts:AssumeRole",
         "Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:ecs:us-east-1:123456789012:*"},
         "StringEquals":{"aws:SourceAccount":"123456789012"}}}]}
        """);
  }

  @Test
  void shouldTrustEc2WithoutConditionAndWrapTheRoleInAnInstanceProfile() throws Exception {
    ProvisioningPlan plan =
        assertTrust(
            RequestorRuntime.EC2,
            """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}
            """);

    assertThat(String.join("\n", shell(plan)))
        .contains(
            "aws iam create-instance-profile --instance-profile-name finops-customer-support-bot-a4f2")
        .contains(
            "aws iam add-role-to-instance-profile \\\n"
                + "  --instance-profile-name finops-customer-support-bot-a4f2 \\\n"
                + "  --role-name finops-customer-support-bot-a4f2");
  }

  @Test
  void shouldNotCreateAnInstanceProfileForOtherRuntimes() {
    for (RequestorRuntime runtime : RequestorRuntime.values()) {
      if (runtime != RequestorRuntime.EC2) {
        assertThat(String.join("\n", shell(generate(Specs.typical(Platform.BEDROCK, runtime)))))
            .as(runtime.name())
            .doesNotContain("instance-profile");
      }
    }
  }

  @Test
  void shouldTrustAgentCoreRuntimesOfTheAccountAndRegion() throws Exception {
    assertTrust(RequestorRuntime.AGENTCORE_RUNTIME, AGENTCORE_TRUST);
  }

  @Test
  void shouldTrustTheCustomPrincipalWithItsExternalId() throws Exception {
    assertTrust(
        RequestorRuntime.CUSTOM_PRINCIPAL,
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
         "Principal":{"AWS":"arn:aws:iam::444455556666:role/ci-deployer"},
         "Action":["sts:AssumeRole","sts:TagSession"],
         "Condition":{"StringEquals":{"sts:ExternalId":"onramp-7d3f8a2e"}}}]}
        """);
  }

  @Test
  void shouldTrustExactlyTheCustomPrincipalWhenNoExternalIdWasGiven() throws Exception {
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.BEDROCK, RequestorRuntime.CUSTOM_PRINCIPAL).externalId(null));

    JSONAssert.assertEquals(
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
         "Principal":{"AWS":"arn:aws:iam::444455556666:role/ci-deployer"},
         "Action":["sts:AssumeRole","sts:TagSession"]}]}
        """,
        file(plan, "trust.json"),
        JSONCompareMode.STRICT);
    assertThat(createRoleStep(plan).instructions())
        .contains("in another account and no external id was given");
  }

  @Test
  void shouldNotWarnAboutAMissingExternalIdForAPrincipalOfTheSameAccount() {
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.BEDROCK, RequestorRuntime.CUSTOM_PRINCIPAL)
                .customPrincipalArn("arn:aws:iam::123456789012:role/platform/ci")
                .externalId(null));

    assertThat(createRoleStep(plan).instructions()).doesNotContain("external id");
  }

  @Test
  void shouldAlwaysTrustAgentCoreForTheAgentCoreExecutionRole() throws Exception {
    for (RequestorRuntime runtime : RequestorRuntime.values()) {
      JSONAssert.assertEquals(
          AGENTCORE_TRUST,
          file(generate(Specs.typical(Platform.AGENTCORE, runtime)), "trust.json"),
          JSONCompareMode.STRICT);
    }
  }

  @Test
  void shouldStayWithinTheTrustPolicyQuotaWithTheLongestPrincipalAndExternalId() {
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.BEDROCK, RequestorRuntime.CUSTOM_PRINCIPAL)
                .customPrincipalArn("arn:aws:iam::444455556666:role/" + "p/".repeat(255) + "ci")
                .externalId("x".repeat(1224)));

    assertThat(PolicyJson.iamSize(file(plan, "trust.json")))
        .isLessThanOrEqualTo(PlanChecks.TRUST_POLICY_LIMIT);
  }

  private static final String AGENTCORE_TRUST =
      """
      {"Version":"2012-10-17","Statement":[{"Sid":"AssumeRolePolicy","Effect":"Allow",
       "Principal":{"Service":"bedrock-agentcore.amazonaws.com"},"Action":"sts:AssumeRole",
       "Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"},
       "ArnLike":{"aws:SourceArn":"arn:aws:bedrock-agentcore:us-east-1:123456789012:*"}}}]}
      """;

  private static ProvisioningPlan assertTrust(RequestorRuntime runtime, String expected)
      throws Exception {
    for (Platform platform :
        new Platform[] {Platform.BEDROCK, Platform.MARKETPLACE, Platform.CLAUDE_PLATFORM}) {
      JSONAssert.assertEquals(
          expected,
          file(generate(Specs.typical(platform, runtime)), "trust.json"),
          JSONCompareMode.STRICT);
    }
    return generate(Specs.typical(Platform.BEDROCK, runtime));
  }

  private static StepPlan createRoleStep(ProvisioningPlan plan) {
    return Plans.steps(plan).filter(s -> s.key().equals("create-role")).findFirst().orElseThrow();
  }
}
