package dev.onramp.app.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Generates, from one approved request, every Cloud Engineer task with its pre-written commands,
 * policies and console links, and the Developer Handoff: the platform's {@code platform.yaml}
 * rendered with Freemarker. Pure: the same spec always gives the same plan, and nothing is called.
 */
@Component
public class ProvisioningGenerator {

  /** IAM's default quota for a role's trust policy, whitespace not counted. */
  static final int TRUST_POLICY_LIMIT = 2_048;

  /** IAM's limit for all inline policies of one role together, whitespace not counted. */
  static final int INLINE_POLICIES_LIMIT = 10_240;

  private final ProvisioningTemplates templates = new ProvisioningTemplates();
  private final PlatformDescriptors descriptors = new PlatformDescriptors();

  public ProvisioningPlan generate(ProvisioningSpec spec) {
    PlatformDescriptor descriptor = descriptors.get(spec.platform());
    Map<String, Object> model = TemplateModel.of(spec, descriptor);
    Renderer renderer = new Renderer(PlatformDescriptors.folder(spec.platform()), model);
    List<TaskPlan> tasks = new ArrayList<>();
    for (PlatformDescriptor.Task task : descriptor.tasks()) {
      String at = "tasks[" + task.key() + "]";
      if (renderer.applies(at, task.when())) {
        tasks.add(
            new TaskPlan(
                task.key(),
                renderer.text(at + ".title", task.title()),
                renderer.text(at + ".summary", task.summary()),
                steps(renderer, at, task.steps())));
      }
    }
    List<HandoffField> fields = new ArrayList<>();
    for (PlatformDescriptor.Field field : descriptor.handoff()) {
      String at = "handoff[" + field.key() + "]";
      if (renderer.applies(at, field.when())) {
        fields.add(
            new HandoffField(
                renderer.text(at + ".label", field.label()),
                field.key(),
                renderer.text(at + ".value", field.value())));
      }
    }
    checkPolicySizes(spec, tasks);
    return new ProvisioningPlan(
        spec.platform(), tasks, new Handoff(fields), (String) model.get("roleArn"));
  }

  private List<StepPlan> steps(
      Renderer renderer, String taskAt, List<PlatformDescriptor.Step> steps) {
    List<StepPlan> plans = new ArrayList<>();
    for (PlatformDescriptor.Step step : steps) {
      String at = taskAt + ".steps[" + step.key() + "]";
      if (!renderer.applies(at, step.when())) {
        continue;
      }
      List<GeneratedFile> files = new ArrayList<>();
      List<CommandBlock> commands = new ArrayList<>();
      for (PlatformDescriptor.File file : step.files()) {
        String fileAt = at + ".files[" + file.name() + "]";
        if (renderer.applies(fileAt, file.when())) {
          String json = PolicyJson.pretty(renderer.file(file.template()), file.template());
          files.add(new GeneratedFile(file.name(), file.kind(), json));
          commands.add(new CommandBlock("Save " + file.name(), heredoc(file.name(), json)));
        }
      }
      for (PlatformDescriptor.Command command : step.commands()) {
        String commandAt = at + ".commands[" + command.label() + "]";
        if (renderer.applies(commandAt, command.when())) {
          String shell =
              command.template() != null
                  ? renderer.file(command.template())
                  : renderer.text(commandAt, command.shell());
          commands.add(
              new CommandBlock(renderer.text(commandAt + ".label", command.label()), shell));
        }
      }
      List<ConsoleLink> links = new ArrayList<>();
      for (PlatformDescriptor.Link link : step.links()) {
        String linkAt = at + ".links[" + link.label() + "]";
        if (renderer.applies(linkAt, link.when())) {
          links.add(
              new ConsoleLink(
                  renderer.text(linkAt + ".label", link.label()),
                  renderer.text(linkAt + ".url", link.url())));
        }
      }
      plans.add(
          new StepPlan(
              step.key(),
              renderer.text(at + ".title", step.title()),
              renderer.text(at + ".instructions", step.instructions()),
              commands,
              files,
              links));
    }
    return plans;
  }

  /**
   * A block that writes the file where the next command reads it; the quoted delimiter keeps the
   * shell from expanding anything inside, and pretty JSON never has a line that is just "EOF".
   */
  static String heredoc(String fileName, String content) {
    return "cat > " + fileName + " <<'EOF'\n" + content + "\nEOF";
  }

  /**
   * A guard for template changes: the spec's own limits keep today's policies well inside IAM's
   * quotas (the tests show the largest), so exceeding one is a template bug, not bad input.
   */
  private static void checkPolicySizes(ProvisioningSpec spec, List<TaskPlan> tasks) {
    int inline = 0;
    for (TaskPlan task : tasks) {
      for (StepPlan step : task.steps()) {
        for (GeneratedFile file : step.files()) {
          int size = PolicyJson.iamSize(file.content());
          if (file.kind() == GeneratedFile.Kind.TRUST_POLICY && size > TRUST_POLICY_LIMIT) {
            throw new IllegalStateException(
                "The trust policy of "
                    + spec.roleName()
                    + " has "
                    + size
                    + " characters; IAM allows "
                    + TRUST_POLICY_LIMIT);
          }
          if (file.kind() == GeneratedFile.Kind.INLINE_POLICY) {
            inline += size;
          }
        }
      }
    }
    if (inline > INLINE_POLICIES_LIMIT) {
      throw new IllegalStateException(
          "The inline policies of "
              + spec.roleName()
              + " have "
              + inline
              + " characters; IAM allows "
              + INLINE_POLICIES_LIMIT);
    }
  }

  /** Renders one platform's texts and files with one model. */
  private final class Renderer {
    private final String folder;
    private final Map<String, Object> model;

    Renderer(String folder, Map<String, Object> model) {
      this.folder = folder;
      this.model = model;
    }

    boolean applies(String at, String when) {
      return when == null || templates.test(folder + "platform.yaml " + at + ".when", when, model);
    }

    String text(String at, String source) {
      return source == null
          ? ""
          : templates.renderText(folder + "platform.yaml " + at, source, model).strip();
    }

    String file(String template) {
      String name = template.startsWith("/") ? template.substring(1) : folder + template;
      return templates.render(name, model).strip();
    }
  }
}
