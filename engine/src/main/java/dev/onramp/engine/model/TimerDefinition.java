package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** A timer event definition: one of a duration, a date or a cycle. */
public record TimerDefinition(Kind kind, Expression expression) {
  public enum Kind {
    DURATION,
    DATE,
    CYCLE
  }
}
