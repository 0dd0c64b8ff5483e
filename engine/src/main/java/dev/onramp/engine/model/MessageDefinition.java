package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** A message event definition with its subscription's correlation key (absent on start events). */
public record MessageDefinition(Expression name, Expression correlationKey) {}
