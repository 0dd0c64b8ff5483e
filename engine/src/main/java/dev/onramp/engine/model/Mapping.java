package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/**
 * One {@code zeebe:input} or {@code zeebe:output}: evaluate {@code source}, store as {@code
 * target}.
 */
public record Mapping(Expression source, String target) {}
