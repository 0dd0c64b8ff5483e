package dev.onramp.app.provisioning;

import static dev.onramp.app.provisioning.Plans.generate;
import static dev.onramp.app.provisioning.Plans.shell;
import static dev.onramp.app.provisioning.Plans.stepKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each platform generates the tasks and handoff of DESIGN.md §2. */
class PlatformTasksTest {

  @Test
  void shouldGenerateOneTaskOfFourStepsForBedrock() {
    ProvisioningPlan plan = generate(Specs.typical(Platform.BEDROCK, RequestorRuntime.ECS_TASK));

    assertThat(plan.tasks()).singleElement();
    assertThat(stepKeys(plan.tasks().get(0)))
        .containsExactly(
            "verify-model-access", "create-role", "apply-permission-policy", "mark-implemented");
    assertThat(plan.handoff().fields())
        .extracting(HandoffField::key)
        .containsExactly("roleArn", "inferenceProfileId", "region", "endpoint");
    assertThat(plan.handoff().value("inferenceProfileId")).contains("us." + Specs.SONNET);
    assertThat(plan.handoff().value("endpoint"))
        .contains("https://bedrock-runtime.us-east-1.amazonaws.com");
    assertThat(plan.claimRoleArn())
        .isEqualTo("arn:aws:iam::123456789012:role/finops-customer-support-bot-a4f2");
  }

  @Test
  void shouldVerifyModelAccessWithCatalogAvailabilityProfileAndUseCaseForm() {
    StepPlan verify =
        generate(Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA))
            .tasks()
            .get(0)
            .steps()
            .get(0);

    assertThat(verify.commands())
        .extracting(CommandBlock::shell)
        .anyMatch(s -> s.startsWith("aws bedrock list-foundation-models --region us-east-1"))
        .anyMatch(
            s ->
                s.startsWith(
                    "aws bedrock get-foundation-model-availability --model-id " + Specs.SONNET))
        .anyMatch(
            s -> s.startsWith("aws bedrock list-inference-profiles --type-equals SYSTEM_DEFINED"))
        .anyMatch(s -> s.contains("aws bedrock create-foundation-model-agreement"))
        .anyMatch(s -> s.startsWith("aws bedrock get-use-case-for-model-access"));
    assertThat(verify.links())
        .extracting(ConsoleLink::url)
        .contains(
            "https://us-east-1.console.aws.amazon.com/bedrock/home?region=us-east-1#/model-catalog/serverless/"
                + Specs.SONNET);
  }

  @Test
  void shouldSkipTheMarketplaceAndUseCaseChecksForAnAmazonModel() {
    StepPlan verify =
        generate(
                Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                    .modelId("amazon.nova-pro-v1:0")
                    .inferenceProfile(null, null))
            .tasks()
            .get(0)
            .steps()
            .get(0);

    assertThat(String.join("\n", verify.commands().stream().map(CommandBlock::shell).toList()))
        .doesNotContain("agreement")
        .doesNotContain("use-case")
        .doesNotContain("list-inference-profiles");
  }

  @Test
  void shouldCreateWaitForAndTagTheRole() {
    List<String> commands =
        shell(generate(Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)));

    assertThat(commands)
        .anyMatch(
            s ->
                s.startsWith(
                    "aws iam create-role \\\n  --role-name finops-customer-support-bot-a4f2"))
        .contains("aws iam wait role-exists --role-name finops-customer-support-bot-a4f2")
        .anyMatch(
            s ->
                s.startsWith("aws iam tag-role --role-name finops-customer-support-bot-a4f2")
                    && s.contains("'Key=Workload,Value=Customer support bot'")
                    && s.contains("'Key=CostCenter,Value=cc-123'"))
        .anyMatch(
            s ->
                s.contains("aws iam put-role-policy --role-name finops-customer-support-bot-a4f2"));
  }

  @Test
  void shouldGenerateOneTaskOfFourStepsForMarketplaceModels() {
    ProvisioningPlan plan = generate(Specs.typical(Platform.MARKETPLACE, RequestorRuntime.LAMBDA));

    assertThat(plan.tasks()).singleElement();
    assertThat(stepKeys(plan.tasks().get(0)))
        .containsExactly(
            "accept-agreement", "create-role", "apply-permission-policy", "mark-implemented");
    assertThat(plan.handoff().fields())
        .extracting(HandoffField::key)
        .containsExactly("roleArn", "modelId", "region", "endpoint");
  }

  @Test
  void shouldChainThreeTasksForClaudePlatform() {
    ProvisioningPlan plan =
        generate(Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.ECS_TASK));

    assertThat(plan.tasks())
        .extracting(TaskPlan::key)
        .containsExactly("workspace", "api-key", "iam-role");
    assertThat(stepKeys(plan.tasks().get(0)))
        .containsExactly("create-workspace", "set-spend-limit", "mark-implemented");
    assertThat(stepKeys(plan.tasks().get(1)))
        .containsExactly("create-api-key", "store-secret", "verify-secret", "mark-implemented");
    assertThat(stepKeys(plan.tasks().get(2)))
        .containsExactly("create-role", "apply-permission-policy", "mark-implemented");
    assertThat(plan.tasks().get(0).steps().get(0).links())
        .extracting(ConsoleLink::url)
        .containsExactly("https://console.anthropic.com/settings/workspaces");
    assertThat(plan.tasks().get(0).steps().get(1).instructions()).contains("USD 500.00");
    assertThat(shell(plan))
        .anyMatch(
            s ->
                s.contains(
                    "aws secretsmanager create-secret --region us-east-1 \\\n"
                        + "  --name onramp/finops-customer-support-bot-a4f2/anthropic-api-key"));
    assertThat(plan.handoff().fields())
        .extracting(HandoffField::key)
        .containsExactly("roleArn", "secretId", "region", "modelId", "workspace", "endpoint");
    assertThat(plan.handoff().value("endpoint")).contains("https://api.anthropic.com/v1/messages");
    assertThat(plan.handoff().value("secretId"))
        .contains("onramp/finops-customer-support-bot-a4f2/anthropic-api-key");
  }

  @Test
  void shouldNameTheSecretWithoutTheCommaIamRoleNamesMayCarry() {
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.LAMBDA)
                .roleName("finops-a,b-a4f2"));

    assertThat(plan.handoff().value("secretId"))
        .contains("onramp/finops-a-b-a4f2/anthropic-api-key");
  }

  @Test
  void shouldGenerateOneTaskOfFourStepsForAgentCore() {
    ProvisioningPlan plan =
        generate(Specs.typical(Platform.AGENTCORE, RequestorRuntime.AGENTCORE_RUNTIME));

    assertThat(plan.tasks()).singleElement();
    assertThat(stepKeys(plan.tasks().get(0)))
        .containsExactly(
            "create-execution-role", "attach-permissions", "verify", "mark-implemented");
    assertThat(plan.tasks().get(0).steps().get(1).files())
        .extracting(GeneratedFile::name)
        .containsExactly("agentcore-runtime.json", "permissions.json");
    assertThat(plan.handoff().fields())
        .extracting(HandoffField::key)
        .containsExactly("roleArn", "inferenceProfileId", "region");
  }

  @Test
  void shouldHandTheInstanceProfileToAnEc2Workload() {
    ProvisioningPlan plan = generate(Specs.typical(Platform.BEDROCK, RequestorRuntime.EC2));

    assertThat(plan.handoff().value("instanceProfileName"))
        .contains("finops-customer-support-bot-a4f2");
  }

  @Test
  void shouldCopyTheWholeHandoffAsLabelledLines() {
    Handoff handoff =
        generate(Specs.typical(Platform.AGENTCORE, RequestorRuntime.AGENTCORE_RUNTIME)).handoff();

    assertThat(handoff.asText())
        .isEqualTo(
            """
            Execution role ARN (AgentCore Runtime): arn:aws:iam::123456789012:role/finops-customer-support-bot-a4f2
            Inference profile ID (pass it as modelId): global.anthropic.claude-haiku-4-5-20251001-v1:0
            Region: us-east-1
            """);
  }

  @Test
  void shouldGenerateTheSamePlanTwice() {
    var spec = Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.EC2).build();
    var generator = new ProvisioningGenerator();

    assertThat(generator.generate(spec)).isEqualTo(generator.generate(spec));
  }

  @Test
  void shouldKeepOneTagPerKeyWhateverItsCase() {
    ProvisioningPlan plan =
        generate(
            Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                .tags(Map.of("workload", "chatbot")));

    assertThat(shell(plan))
        .anyMatch(
            s ->
                s.startsWith("aws iam tag-role")
                    && s.contains("'Key=workload,Value=chatbot'")
                    && !s.contains("Key=Workload,"));
  }
}
