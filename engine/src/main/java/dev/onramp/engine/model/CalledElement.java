package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** A call activity's {@code zeebe:calledElement}; the latest version of the process is called. */
public record CalledElement(
    Expression processId,
    boolean propagateAllChildVariables,
    boolean propagateAllParentVariables) {}
