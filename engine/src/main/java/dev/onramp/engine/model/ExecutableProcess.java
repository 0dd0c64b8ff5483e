package dev.onramp.engine.model;

import java.util.List;
import java.util.Map;

/** A deployed process: its elements by id and how it can be started. */
public record ExecutableProcess(
    String bpmnProcessId,
    String name,
    String versionTag,
    ExecutableElement root,
    Map<String, ExecutableElement> elements,
    Map<String, ExecutableFlow> flows,
    List<ExecutableElement> messageStartEvents,
    List<ExecutableElement> timerStartEvents,
    boolean hasStartForm) {

  public ExecutableElement element(String id) {
    ExecutableElement element = elements.get(id);
    if (element == null) {
      throw new IllegalStateException("No element '" + id + "' in process " + bpmnProcessId);
    }
    return element;
  }

  public ExecutableFlow flow(String id) {
    return flows.get(id);
  }
}
