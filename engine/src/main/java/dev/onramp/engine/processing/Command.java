package dev.onramp.engine.processing;

/**
 * A state-changing request, applied by the {@link CommandLoop} inside the batch transaction.
 * Throwing {@link dev.onramp.engine.api.EngineProblem} rejects it and undoes whatever it wrote.
 */
@FunctionalInterface
public interface Command<T> {
  T apply(CommandContext context);
}
