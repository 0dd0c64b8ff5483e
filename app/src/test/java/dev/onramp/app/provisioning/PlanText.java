package dev.onramp.app.provisioning;

/**
 * A plan as Markdown, the form the golden files keep it in: easy to review in a diff, complete
 * enough that any change to a command, policy, link or handoff value shows. File contents appear
 * once, in the heredoc block that writes them.
 */
final class PlanText {

  private PlanText() {}

  static String of(ProvisioningPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(plan.platform().label()).append('\n');
    out.append("\nClaimed role: ").append(plan.claimRoleArn()).append('\n');
    for (TaskPlan task : plan.tasks()) {
      out.append("\n## Task ").append(task.key()).append(": ").append(task.title()).append('\n');
      out.append('\n').append(task.summary()).append('\n');
      int number = 1;
      for (StepPlan step : task.steps()) {
        out.append("\n### ")
            .append(number++)
            .append(". ")
            .append(step.key())
            .append(": ")
            .append(step.title())
            .append('\n');
        out.append('\n').append(step.instructions()).append('\n');
        for (ConsoleLink link : step.links()) {
          out.append("\n- Link: [")
              .append(link.label())
              .append("](")
              .append(link.url())
              .append(")");
        }
        for (GeneratedFile file : step.files()) {
          out.append("\n- File: ")
              .append(file.name())
              .append(" (")
              .append(file.kind())
              .append(", ")
              .append(PolicyJson.iamSize(file.content()))
              .append(" characters without whitespace)");
        }
        if (!step.links().isEmpty() || !step.files().isEmpty()) {
          out.append('\n');
        }
        for (CommandBlock command : step.commands()) {
          out.append("\n").append(command.label()).append(":\n\n```sh\n");
          out.append(command.shell()).append("\n```\n");
        }
      }
    }
    out.append("\n## Developer Handoff\n\n");
    plan.handoff()
        .fields()
        .forEach(
            f ->
                out.append("- ")
                    .append(f.label())
                    .append(" (`")
                    .append(f.key())
                    .append("`): ")
                    .append(f.value())
                    .append('\n'));
    return out.toString();
  }
}
