package dev.onramp.engine.state;

/**
 * A row of {@code incident}; {@code failedStep} says what resolving it retries: JOB (the job is
 * given back to workers), ACTIVATE (the element's activation from its input mappings), ACTIVATED
 * (the element's own behaviour), COMPLETE (output mappings and leaving the element).
 */
public record Incident(
    long key,
    long processInstanceKey,
    long elementInstanceKey,
    Long jobKey,
    String errorType,
    String state,
    String failedStep) {}
