package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** A sequence flow; {@code condition} is only set on flows leaving an exclusive gateway. */
public record ExecutableFlow(
    String id, ExecutableElement source, ExecutableElement target, Expression condition) {}
