package dev.onramp.app.claim;

import dev.onramp.app.provisioning.HandoffField;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Developer Handoff: each field to copy on its own, and {@code copyAll}, every field as one
 * block ready to paste into the application's configuration.
 */
public record HandoffView(
    String requestId, List<HandoffField> fields, String copyAll, Instant generatedAt) {

  static HandoffView of(String requestId, List<HandoffField> fields, Instant generatedAt) {
    String all =
        fields.stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("\n"));
    return new HandoffView(requestId, fields, all, generatedAt);
  }
}
