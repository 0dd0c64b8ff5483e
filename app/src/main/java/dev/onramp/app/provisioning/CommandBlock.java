package dev.onramp.app.provisioning;

/** Shell text the engineer pastes as one unit, under a label saying what it does. */
public record CommandBlock(String label, String shell) {}
