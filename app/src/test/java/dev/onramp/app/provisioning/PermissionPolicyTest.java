package dev.onramp.app.provisioning;

import static dev.onramp.app.provisioning.Plans.file;
import static dev.onramp.app.provisioning.Plans.generate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The permission policy allows the approved model only and explicitly denies every other, exactly
 * as aws-reference.md §2.4: through a geographic or global inference profile, or in region.
 */
class PermissionPolicyTest {

  private static final String ACTIONS =
      "[\"bedrock:InvokeModel\",\"bedrock:InvokeModelWithResponseStream\"]";
  private static final String PROFILE =
      "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us." + Specs.SONNET;

  @Test
  void shouldAllowTheModelOnlyThroughItsGeographicProfile() throws Exception {
    String sonnet = "::foundation-model/" + Specs.SONNET;
    JSONAssert.assertEquals(
        """
        {"Version":"2012-10-17","Statement":[
         {"Sid":"AllowTheApprovedProfile","Effect":"Allow","Action":%1$s,"Resource":"%2$s"},
         {"Sid":"AllowTheModelOnlyThroughThatProfile","Effect":"Allow","Action":%1$s,
          "Resource":["arn:aws:bedrock:us-east-1%3$s","arn:aws:bedrock:us-east-2%3$s",
                      "arn:aws:bedrock:us-west-2%3$s"],
          "Condition":{"StringEquals":{"bedrock:InferenceProfileArn":"%2$s"}}},
         {"Sid":"DenyEveryOtherModelOrProfile","Effect":"Deny","Action":%1$s,
          "NotResource":["%2$s","arn:aws:bedrock:us-east-1%3$s","arn:aws:bedrock:us-east-2%3$s",
                         "arn:aws:bedrock:us-west-2%3$s"]},
         {"Sid":"DenyDirectModelCallsBypassingTheProfile","Effect":"Deny","Action":%1$s,
          "Resource":"arn:aws:bedrock:*::foundation-model/*",
          "Condition":{"StringNotEquals":{"bedrock:InferenceProfileArn":"%2$s"}}}]}
        """
            .formatted(ACTIONS, PROFILE, sonnet),
        file(
            generate(Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)), "permissions.json"),
        JSONCompareMode.STRICT);
  }

  @Test
  void shouldAllowAGlobalProfileThroughTheRegionlessModelArn() throws Exception {
    String profile =
        "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/global." + Specs.SONNET;
    String source = "arn:aws:bedrock:eu-west-1::foundation-model/" + Specs.SONNET;
    String regionless = "arn:aws:bedrock:::foundation-model/" + Specs.SONNET;
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                .region("eu-west-1")
                .inferenceProfile("global." + Specs.SONNET, List.of()));

    JSONAssert.assertEquals(
        """
        {"Version":"2012-10-17","Statement":[
         {"Sid":"AllowTheApprovedProfile","Effect":"Allow","Action":%1$s,"Resource":"%2$s"},
         {"Sid":"AllowTheModelInTheSourceRegionThroughThatProfile","Effect":"Allow",
          "Action":%1$s,"Resource":"%3$s",
          "Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1",
                                       "bedrock:InferenceProfileArn":"%2$s"}}},
         {"Sid":"AllowTheGlobalModelThroughThatProfile","Effect":"Allow","Action":%1$s,
          "Resource":"%4$s",
          "Condition":{"StringEquals":{"aws:RequestedRegion":"unspecified",
                                       "bedrock:InferenceProfileArn":"%2$s"}}},
         {"Sid":"DenyEveryOtherModelOrProfile","Effect":"Deny","Action":%1$s,
          "NotResource":["%2$s","%3$s","%4$s"]},
         {"Sid":"DenyDirectModelCallsBypassingTheProfile","Effect":"Deny","Action":%1$s,
          "Resource":"arn:aws:bedrock:*::foundation-model/*",
          "Condition":{"StringNotEquals":{"bedrock:InferenceProfileArn":"%2$s"}}}]}
        """
            .formatted(ACTIONS, profile, source, regionless),
        file(plan, "permissions.json"),
        JSONCompareMode.STRICT);
    assertThat(plan.handoff().value("inferenceProfileId")).contains("global." + Specs.SONNET);
  }

  @Test
  void shouldAllowAnInRegionModelAndDenyEverythingElse() throws Exception {
    String haiku3 =
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                .modelId("anthropic.claude-3-haiku-20240307-v1:0")
                .inferenceProfile(null, null));

    JSONAssert.assertEquals(
        """
        {"Version":"2012-10-17","Statement":[
         {"Sid":"AllowTheApprovedModel","Effect":"Allow","Action":%1$s,"Resource":"%2$s"},
         {"Sid":"DenyEveryOtherModelOrProfile","Effect":"Deny","Action":%1$s,
          "NotResource":["%2$s"]}]}
        """
            .formatted(ACTIONS, haiku3),
        file(plan, "permissions.json"),
        JSONCompareMode.STRICT);
    assertThat(plan.handoff().value("modelId")).contains("anthropic.claude-3-haiku-20240307-v1:0");
    assertThat(plan.handoff().value("inferenceProfileId")).isEmpty();
  }

  @Test
  void shouldListTheSourceRegionOnceWhenTheProfileAlsoRoutesThere() {
    String policy =
        file(
            generate(
                Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                    .region("us-west-2")
                    .inferenceProfile("us." + Specs.SONNET, Specs.US_REGIONS)),
            "permissions.json");

    assertThat(policy.split("arn:aws:bedrock:us-west-2::foundation-model/", -1))
        .as("the us-west-2 model ARN appears once as allowed and once as not denied")
        .hasSize(3);
  }

  @Test
  void shouldScopeAMarketplaceEndpointToThatEndpoint() throws Exception {
    String endpoint = "arn:aws:sagemaker:us-east-1:123456789012:endpoint/support-llm";
    ProvisioningPlan plan =
        generate(Specs.typical(Platform.MARKETPLACE, RequestorRuntime.LAMBDA).modelId(endpoint));

    JSONAssert.assertEquals(
        """
        {"Version":"2012-10-17","Statement":[
         {"Sid":"AllowTheApprovedMarketplaceEndpoint","Effect":"Allow","Action":%1$s,
          "Resource":"%2$s"},
         {"Sid":"AllowTheEndpointOnlyThroughBedrock","Effect":"Allow",
          "Action":["sagemaker:InvokeEndpoint","sagemaker:InvokeEndpointWithResponseStream"],
          "Resource":"%2$s",
          "Condition":{"StringEquals":{"aws:CalledViaLast":"bedrock.amazonaws.com"}}},
         {"Sid":"DenyEveryOtherModelOrEndpoint","Effect":"Deny","Action":%1$s,
          "NotResource":["%2$s"]}]}
        """
            .formatted(ACTIONS, endpoint),
        file(plan, "permissions.json"),
        JSONCompareMode.STRICT);
    assertThat(plan.handoff().value("endpointArn")).contains(endpoint);
  }

  @Test
  void shouldLetAClaudePlatformRoleReadOnlyItsSecret() throws Exception {
    JSONAssert.assertEquals(
        """
        {"Version":"2012-10-17","Statement":[{"Sid":"ReadTheWorkspaceApiKeyOnly","Effect":"Allow",
         "Action":"secretsmanager:GetSecretValue",
         "Resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:onramp/finops-customer-support-bot-a4f2/anthropic-api-key-??????"}]}
        """,
        file(
            generate(Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.LAMBDA)),
            "permissions.json"),
        JSONCompareMode.STRICT);
  }

  @Test
  void shouldGiveTheAgentCoreRuntimeWhatItNeedsBesidesItsModel() throws Exception {
    ProvisioningPlan plan = generate(Specs.typical(Platform.AGENTCORE, RequestorRuntime.LAMBDA));
    String runtime = file(plan, "agentcore-runtime.json");

    JSONAssert.assertEquals(
        """
        {"Statement":[
         {"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"],
          "Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*"},
         {"Action":"ecr:GetAuthorizationToken","Resource":"*"},
         {"Resource":"arn:aws:logs:us-east-1:123456789012:log-group:/aws/bedrock-agentcore/runtimes/*"},
         {"Action":"logs:DescribeLogGroups"},
         {"Resource":"arn:aws:logs:us-east-1:123456789012:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*"},
         {"Action":["xray:PutTraceSegments","xray:PutTelemetryRecords","xray:GetSamplingRules",
                    "xray:GetSamplingTargets"]},
         {"Action":"cloudwatch:PutMetricData",
          "Condition":{"StringEquals":{"cloudwatch:namespace":"bedrock-agentcore"}}},
         {"Action":"bedrock-agentcore:GetWorkloadAccessToken*"}]}
        """,
        runtime,
        JSONCompareMode.LENIENT);
    assertThat(file(plan, "permissions.json"))
        .contains("inference-profile/global." + Specs.HAIKU)
        .contains("\"unspecified\"");
  }

  @Test
  void shouldNeverUseTheConditionKeyThatDoesNotExist() {
    for (Platform platform : Platform.values()) {
      for (RequestorRuntime runtime : RequestorRuntime.values()) {
        assertThat(PlanText.of(generate(Specs.typical(platform, runtime))))
            .doesNotContain("InvokedModelId")
            .doesNotContain("bedrock:Converse");
      }
    }
  }
}
