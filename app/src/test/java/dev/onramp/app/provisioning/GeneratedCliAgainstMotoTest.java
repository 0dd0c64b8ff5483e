package dev.onramp.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.testing.MotoServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The generated commands work as pasted: each step's blocks are run by bash with the real AWS CLI
 * against moto_server (aws-reference.md §7), in a fresh directory where the heredocs write the
 * policy files, and IAM then holds the role, trust policy, policies, tags and instance profile the
 * plan promised. Blocks calling services moto lacks (Bedrock catalog, policy simulation) or other
 * hosts (the Claude Admin API) are left out. Needs {@code moto_server} and {@code aws} on PATH (pip
 * packages moto[server] and awscli); without them the test is skipped, saying so (fails in CI).
 */
class GeneratedCliAgainstMotoTest {

  /** The CLI calls moto implements that the generated blocks make. */
  private static final Set<String> SUPPORTED_CALLS =
      Set.of(
          "sts get-caller-identity",
          "iam create-role",
          "iam wait",
          "iam tag-role",
          "iam put-role-policy",
          "iam create-instance-profile",
          "iam add-role-to-instance-profile",
          "secretsmanager create-secret",
          "secretsmanager describe-secret",
          "iam get-role",
          "iam list-role-policies");

  private static final Pattern AWS_CALL = Pattern.compile("\\baws\\s+([a-z0-9-]+)\\s+([a-z0-9-]+)");
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API_KEY = "sk-ant-api03-test-key-not-real";

  @TempDir static Path motoDir;

  private static MotoServer moto;
  private static String endpoint;
  private static String awsDirectory;

  @TempDir Path workDir;

  @BeforeAll
  static void startMoto() throws Exception {
    Optional<Path> aws = MotoServer.onPath("aws");
    MotoServer.requireTool(aws, "aws (pip install awscli)");
    awsDirectory = MotoServer.realProgram(aws.get()).getParent().toString();
    moto = MotoServer.start(motoDir);
    endpoint = moto.endpoint().toString();
  }

  @AfterAll
  static void stopMoto() throws InterruptedException {
    if (moto != null) {
      moto.close();
    }
  }

  @BeforeEach
  void resetMoto() throws Exception {
    moto.reset();
  }

  /**
   * Every trust policy through Bedrock, the Claude Platform chain (secret, instance profile) and
   * AgentCore's two inline policies. The Lambda case also carries a workload name with quotes and
   * command substitutions, which must reach IAM as text and run nothing.
   */
  static Stream<Arguments> specs() {
    String unusual = "Café 🚀 bot / it's \"$(touch pwned)\", v2";
    List<Arguments> specs = new ArrayList<>();
    specs.add(
        Arguments.of(
            "bedrock for LAMBDA, unusual workload name",
            Specs.typical(Platform.BEDROCK, RequestorRuntime.LAMBDA)
                .workloadName(unusual)
                .productName("Ops & Support; `touch pwned`")
                .roleName(RoleNames.suggest(unusual, "zz99"))));
    for (RequestorRuntime runtime : RequestorRuntime.values()) {
      if (runtime != RequestorRuntime.LAMBDA) {
        specs.add(Arguments.of("bedrock for " + runtime, Specs.typical(Platform.BEDROCK, runtime)));
      }
    }
    specs.add(
        Arguments.of(
            "claude platform for EC2",
            Specs.typical(Platform.CLAUDE_PLATFORM, RequestorRuntime.EC2)));
    specs.add(
        Arguments.of(
            "agentcore", Specs.typical(Platform.AGENTCORE, RequestorRuntime.AGENTCORE_RUNTIME)));
    return specs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void shouldCreateWhatThePlanPromisesWhenTheCommandsRun(
      String name, ProvisioningSpec.Builder builder) throws Exception {
    ProvisioningSpec spec = builder.build();
    ProvisioningPlan plan = new ProvisioningGenerator().generate(spec);
    Set<String> called = new TreeSet<>();

    for (StepPlan step : Plans.steps(plan).toList()) {
      for (CommandBlock block : step.commands()) {
        List<String> calls = awsCalls(block.shell());
        if (SUPPORTED_CALLS.containsAll(calls) && !block.shell().contains("curl ")) {
          CliResult result = bash(block.shell(), API_KEY + "\n");
          assertThat(result.exitCode())
              .as(
                  "%s / %s exit code\n%s\nstdout: %s\nstderr: %s",
                  step.key(), block.label(), block.shell(), result.stdout(), result.stderr())
              .isZero();
          assertThat(result.stderr())
              .as("%s / %s", step.key(), block.label())
              .doesNotContain("STOP");
          called.addAll(calls);
        }
      }
      for (GeneratedFile file : step.files()) {
        assertThat(workDir.resolve(file.name()))
            .as("written by the heredoc")
            .hasContent(file.content());
      }
    }

    assertThat(called)
        .contains("iam create-role", "iam wait", "iam tag-role", "iam put-role-policy");
    assertThat(workDir.resolve("pwned")).doesNotExist();
    assertRole(spec, plan);
    if (plan.handoff().value("instanceProfileName").isPresent()) {
      assertThat(called)
          .contains("iam create-instance-profile", "iam add-role-to-instance-profile");
      JsonNode profile =
          awsJson("iam get-instance-profile --instance-profile-name " + spec.roleName());
      assertThat(profile.at("/InstanceProfile/Roles/0/Arn").asText())
          .isEqualTo(plan.claimRoleArn());
    }
    if (spec.platform() == Platform.CLAUDE_PLATFORM) {
      String secretId = plan.handoff().value("secretId").orElseThrow();
      JsonNode secret =
          awsJson("secretsmanager get-secret-value --region us-east-1 --secret-id " + secretId);
      assertThat(secret.path("SecretString").asText()).isEqualTo(API_KEY);
    }
  }

  private void assertRole(ProvisioningSpec spec, ProvisioningPlan plan) throws Exception {
    JsonNode role = awsJson("iam get-role --role-name " + spec.roleName()).path("Role");

    assertThat(role.path("Arn").asText())
        .isEqualTo("arn:aws:iam::123456789012:role/" + spec.roleName())
        .isEqualTo(plan.claimRoleArn());
    JSONAssert.assertEquals(
        Plans.file(plan, "trust.json"),
        role.path("AssumeRolePolicyDocument").toString(),
        JSONCompareMode.STRICT);
    assertThat(role.path("Description").asText()).isEqualTo(TemplateModel.description(spec));
    Map<String, String> tags = new HashMap<>();
    role.path("Tags").forEach(t -> tags.put(t.path("Key").asText(), t.path("Value").asText()));
    assertThat(tags).isEqualTo(CostTags.of(spec));

    for (GeneratedFile file : Plans.steps(plan).flatMap(s -> s.files().stream()).toList()) {
      if (file.kind() == GeneratedFile.Kind.INLINE_POLICY) {
        String policyName = policyNameReading(plan, file.name());
        JsonNode policy =
            awsJson(
                "iam get-role-policy --role-name "
                    + spec.roleName()
                    + " --policy-name "
                    + policyName);
        JSONAssert.assertEquals(
            file.content(), policy.path("PolicyDocument").toString(), JSONCompareMode.STRICT);
      }
    }
  }

  /** The --policy-name of the put-role-policy command that reads the file. */
  private static String policyNameReading(ProvisioningPlan plan, String fileName) {
    Pattern put =
        Pattern.compile(
            "--policy-name (\\S+) \\\\\\s+--policy-document file://" + Pattern.quote(fileName));
    return Plans.shell(plan).stream()
        .map(put::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no put-role-policy reads " + fileName));
  }

  private static List<String> awsCalls(String shell) {
    List<String> calls = new ArrayList<>();
    Matcher call = AWS_CALL.matcher(shell);
    while (call.find()) {
      calls.add(call.group(1) + " " + call.group(2));
    }
    return calls;
  }

  private JsonNode awsJson(String arguments) throws Exception {
    CliResult result = bash("aws " + arguments + " --output json", "");
    assertThat(result.exitCode()).as("aws %s: %s", arguments, result.stderr()).isZero();
    return JSON.readTree(result.stdout());
  }

  private CliResult bash(String script, String stdin) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script)
            .directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.remove("AWS_PROFILE");
    env.remove("AWS_SESSION_TOKEN");
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    // botocore ≥ 1.31 and the AWS CLI take the endpoint from here; the commands never name one.
    env.put("AWS_ENDPOINT_URL", endpoint);
    env.put("AWS_CONFIG_FILE", workDir.resolve("no-aws-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", workDir.resolve("no-aws-credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("PATH", awsDirectory + File.pathSeparator + env.getOrDefault("PATH", ""));
    Path out = Files.createTempFile(workDir.getParent(), "stdout", ".txt");
    Path err = Files.createTempFile(workDir.getParent(), "stderr", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (var in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out after " + COMMAND_TIMEOUT + ": " + script);
    }
    return new CliResult(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private record CliResult(int exitCode, String stdout, String stderr) {}
}
