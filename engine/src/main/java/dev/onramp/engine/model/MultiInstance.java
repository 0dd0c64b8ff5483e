package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** Multi-instance loop characteristics as {@code zeebe:loopCharacteristics} defines them. */
public record MultiInstance(
    boolean sequential,
    Expression inputCollection,
    String inputElement,
    String outputCollection,
    Expression outputElement,
    Expression completionCondition) {}
