package dev.onramp.app.provisioning;

import java.util.List;

/**
 * One step of a task: what to do, the commands to paste (files first, written by a heredoc, then
 * the commands that read them), the files on their own for download, and console deep links.
 */
public record StepPlan(
    String key,
    String title,
    String instructions,
    List<CommandBlock> commands,
    List<GeneratedFile> files,
    List<ConsoleLink> links) {

  /** The key of the last step of a task, checked when the engineer marks it implemented. */
  public static final String MARK_IMPLEMENTED = "mark-implemented";

  public StepPlan {
    commands = List.copyOf(commands);
    files = List.copyOf(files);
    links = List.copyOf(links);
  }

  public boolean marksImplemented() {
    return MARK_IMPLEMENTED.equals(key);
  }
}
