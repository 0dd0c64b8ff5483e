package dev.onramp.app.provisioning;

/** A deep link into the AWS or Claude console for the step at hand. */
public record ConsoleLink(String label, String url) {}
