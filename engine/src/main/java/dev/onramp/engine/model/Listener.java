package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** An execution listener, served as a job of kind EXECUTION_LISTENER. */
public record Listener(Expression type, Expression retries) {}
