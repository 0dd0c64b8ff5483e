package dev.onramp.app.provisioning;

import java.util.List;

/**
 * A platform's {@code platform.yaml}: its tasks, their steps and the Developer Handoff. Every text
 * is a Freemarker template over the model {@link TemplateModel} builds; {@code template} names a
 * {@code .ftl} file (relative to the platform folder, or from {@code templates/} when it starts
 * with {@code /}); {@code when} is a Freemarker boolean expression that keeps an element only where
 * it applies (e.g. the instance profile for EC2).
 *
 * @param trustRuntime whose trust policy the role gets when the platform dictates it (AgentCore's
 *     execution role is always assumed by AgentCore); null means the requestor's runtime
 */
record PlatformDescriptor(RequestorRuntime trustRuntime, List<Task> tasks, List<Field> handoff) {

  PlatformDescriptor {
    tasks = orEmpty(tasks);
    handoff = orEmpty(handoff);
  }

  record Task(String key, String title, String summary, String when, List<Step> steps) {
    Task {
      steps = orEmpty(steps);
    }
  }

  record Step(
      String key,
      String title,
      String instructions,
      String when,
      List<File> files,
      List<Command> commands,
      List<Link> links) {
    Step {
      files = orEmpty(files);
      commands = orEmpty(commands);
      links = orEmpty(links);
    }
  }

  /** A policy file; its content comes from {@code template}. */
  record File(String name, GeneratedFile.Kind kind, String template, String when) {}

  /** A command block, written inline ({@code shell}) or in a file ({@code template}). */
  record Command(String label, String shell, String template, String when) {}

  record Link(String label, String url, String when) {}

  record Field(String key, String label, String value, String when) {}

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
