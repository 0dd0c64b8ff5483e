package dev.onramp.app.provisioning;

/**
 * One value of the Developer Handoff, copied on its own or with the others.
 *
 * @param key stable name for code and forms, e.g. {@code roleArn}, {@code inferenceProfileId}
 */
public record HandoffField(String label, String key, String value) {}
