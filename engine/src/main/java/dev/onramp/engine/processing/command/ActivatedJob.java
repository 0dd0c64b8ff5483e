package dev.onramp.engine.processing.command;

import dev.onramp.engine.state.Job;
import java.util.Map;

/** A job handed to a worker, with the variables it asked for (JSON texts). */
public record ActivatedJob(Job job, String worker, long deadline, Map<String, String> variables) {}
