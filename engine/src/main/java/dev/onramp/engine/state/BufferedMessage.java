package dev.onramp.engine.state;

/** A published message kept until it expires, for subscriptions opened later. */
public record BufferedMessage(
    long key, String name, String correlationKey, String variables, long expiresAt) {}
