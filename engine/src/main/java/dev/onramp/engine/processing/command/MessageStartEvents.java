package dev.onramp.engine.processing.command;

import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.state.DefinitionStore;
import dev.onramp.engine.state.DeployedProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message start events of the latest version of every process, by message name. Rebuilt after a
 * deployment commits and at start-up; read by the command loop.
 */
public final class MessageStartEvents {

  /** A message start event of a deployed process. */
  public record Start(long processDefinitionKey, String elementId) {}

  private final DefinitionStore definitions;
  private volatile Map<String, List<Start>> byName = Map.of();

  public MessageStartEvents(DefinitionStore definitions) {
    this.definitions = definitions;
  }

  public List<Start> startsFor(String messageName) {
    return byName.getOrDefault(messageName, List.of());
  }

  public void reload() {
    Map<String, List<Start>> index = new HashMap<>();
    for (DeployedProcess process : definitions.allLatest()) {
      for (ExecutableElement start : process.executable().messageStartEvents()) {
        String name = start.message().name().body();
        index
            .computeIfAbsent(name, n -> new ArrayList<>())
            .add(new Start(process.key(), start.id()));
      }
    }
    byName = Map.copyOf(index);
  }
}
