package dev.onramp.app.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Developer Handoff: what the Product Owner pastes into their application's SDK setup. */
public record Handoff(List<HandoffField> fields) {

  public Handoff {
    fields = List.copyOf(fields);
  }

  public Optional<String> value(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).map(HandoffField::value).findFirst();
  }

  /** All fields as {@code Label: value} lines, for "copy all". */
  public String asText() {
    return fields.stream()
        .map(f -> f.label() + ": " + f.value())
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
