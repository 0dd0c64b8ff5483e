package dev.onramp.engine.state;

/** A row of {@code user_task} with what the command loop needs. */
public record UserTask(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    String elementId,
    String state,
    String assignee,
    String tenantId) {

  public boolean isOpen() {
    return "CREATED".equals(state);
  }
}
