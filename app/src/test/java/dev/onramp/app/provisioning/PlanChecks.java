package dev.onramp.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every generated plan must satisfy, whatever the platform and runtime. */
final class PlanChecks {

  static final int TRUST_POLICY_LIMIT = 2_048;
  static final int INLINE_POLICIES_LIMIT = 10_240;
  static final int MANAGED_POLICY_LIMIT = 6_144;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FILE_REFERENCE = Pattern.compile("file://([\\w.-]+)");
  private static final Pattern IAM_POLICY_CHARSET = Pattern.compile("^[\\t\\n\\r\\x20-\\xFF]*$");

  private PlanChecks() {}

  static void assertWellFormed(ProvisioningPlan plan) {
    assertThat(plan.tasks()).isNotEmpty();
    assertThat(plan.claimRoleArn()).matches("^arn:aws:iam::\\d{12}:role/[\\w+=,.@-]{1,64}$");
    assertThat(plan.handoff().value("roleArn")).contains(plan.claimRoleArn());
    for (TaskPlan task : plan.tasks()) {
      assertThat(task.title()).isNotBlank();
      assertThat(task.summary()).isNotBlank();
      assertThat(task.steps()).last().matches(StepPlan::marksImplemented, "marks implemented");
      int inlineSize = 0;
      for (StepPlan step : task.steps()) {
        assertThat(step.title()).isNotBlank();
        assertThat(step.instructions()).isNotBlank().doesNotContain("${").doesNotContain("<#");
        for (GeneratedFile file : step.files()) {
          int size = assertValidPolicy(file);
          if (file.kind() == GeneratedFile.Kind.TRUST_POLICY) {
            assertThat(size).as("trust policy size").isLessThanOrEqualTo(TRUST_POLICY_LIMIT);
          } else {
            assertThat(size)
                .as("%s as a managed policy", file.name())
                .isLessThanOrEqualTo(MANAGED_POLICY_LIMIT);
            inlineSize += size;
          }
          assertThat(step.commands())
              .as("heredoc writing %s", file.name())
              .contains(
                  new CommandBlock(
                      "Save " + file.name(),
                      "cat > " + file.name() + " <<'EOF'\n" + file.content() + "\nEOF"));
        }
        List<String> saved = step.files().stream().map(GeneratedFile::name).toList();
        for (CommandBlock command : step.commands()) {
          assertThat(command.label()).isNotBlank();
          assertThat(command.shell())
              .isNotBlank()
              .doesNotContain("--endpoint-url")
              .doesNotContain("${")
              .doesNotContain("<#");
          Matcher reference = FILE_REFERENCE.matcher(command.shell());
          while (reference.find()) {
            assertThat(saved).as("files saved in step %s", step.key()).contains(reference.group(1));
          }
        }
        step.links()
            .forEach(link -> assertThat(link.url()).startsWith("https://").doesNotContain(" "));
      }
      assertThat(inlineSize)
          .as("inline policies of one role")
          .isLessThanOrEqualTo(INLINE_POLICIES_LIMIT);
    }
    assertThat(PlanText.of(plan)).doesNotContain("InvokedModelId");
    plan.handoff().fields().forEach(f -> assertThat(f.value()).isNotBlank());
  }

  /** Parses the file as JSON and checks what IAM accepts; returns its IAM size. */
  static int assertValidPolicy(GeneratedFile file) {
    try {
      var tree = JSON.readTree(file.content());
      assertThat(tree.path("Version").asText()).isEqualTo("2012-10-17");
      assertThat(tree.path("Statement").isArray()).isTrue();
    } catch (Exception e) {
      throw new AssertionError(file.name() + " is not valid JSON", e);
    }
    assertThat(file.content()).matches(IAM_POLICY_CHARSET);
    return PolicyJson.iamSize(file.content());
  }
}
