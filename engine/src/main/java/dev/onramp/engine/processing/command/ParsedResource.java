package dev.onramp.engine.processing.command;

import dev.onramp.engine.model.ExecutableProcess;
import java.util.List;

/**
 * A deployment resource, parsed and validated before it reaches the command loop (parsing needs no
 * state, so it does not hold up the single writer).
 */
public record ParsedResource(
    String name,
    String content,
    String checksum,
    List<ExecutableProcess> processes,
    String formId) {

  public boolean isForm() {
    return formId != null;
  }
}
