package dev.onramp.engine.processing.behavior;

import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.model.ExecutableElement;
import dev.onramp.engine.model.TimerCycle;
import dev.onramp.engine.model.TimerDefinition;
import dev.onramp.engine.processing.CommandContext;
import dev.onramp.engine.processing.EngineEvents;
import dev.onramp.engine.processing.EngineState;
import dev.onramp.engine.state.Timer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Arms timers on the engine clock: durations, dates, and cycles (ISO-8601 or cron, UTC). */
public final class TimerBehavior {

  private final EngineState state;
  private final FeelEvaluator feel;
  private final EngineEvents events;

  public TimerBehavior(EngineState state, FeelEvaluator feel, EngineEvents events) {
    this.state = state;
    this.feel = feel;
    this.events = events;
  }

  /**
   * Arms the timer of {@code event} for a waiting element instance (null for a start event).
   *
   * @throws dev.onramp.engine.feel.ExpressionException when the timer expression fails
   */
  public void arm(
      CommandContext context,
      ExecutableElement event,
      Long elementInstanceKey,
      Long processInstanceKey,
      long processDefinitionKey,
      String tenantId,
      Map<String, Object> scope) {
    TimerDefinition timer = event.timer();
    Instant now = Instant.ofEpochMilli(context.now());
    long due;
    int repetitions = 1;
    String cycle = null;
    switch (timer.kind()) {
      case DURATION ->
          due =
              now.atZone(ZoneOffset.UTC)
                  .plus(feel.evaluateDuration(timer.expression(), scope))
                  .toInstant()
                  .toEpochMilli();
      case DATE -> due = feel.evaluateInstant(timer.expression(), scope).toEpochMilli();
      default -> {
        cycle = feel.evaluateString(timer.expression(), scope).strip();
        TimerCycle parsed = parseCycle(cycle);
        due = parsed.firstDue(now).toEpochMilli();
        repetitions = parsed.repetitions();
      }
    }
    if (repetitions == 0) {
      return;
    }
    state.timers.insert(
        new Timer(
            state.nextKey(),
            elementInstanceKey,
            processInstanceKey,
            processDefinitionKey,
            event.id(),
            due,
            repetitions,
            cycle,
            tenantId));
    long dueAt = due;
    context.afterCommit(() -> events.dueAt(dueAt));
  }

  /**
   * After a timer fired: re-arm a cycle with repetitions left, else delete it.
   *
   * @return whether the timer was re-armed
   */
  public boolean rearmOrDelete(CommandContext context, Timer timer) {
    if (timer.cycle() != null && timer.repetitions() != 1) {
      long next =
          parseCycle(timer.cycle()).next(Instant.ofEpochMilli(timer.dueDate())).toEpochMilli();
      int left = timer.repetitions() < 0 ? -1 : timer.repetitions() - 1;
      state.timers.rearm(timer.key(), next, left);
      context.afterCommit(() -> events.dueAt(next));
      return true;
    }
    state.timers.delete(timer.key());
    return false;
  }

  private static TimerCycle parseCycle(String text) {
    try {
      return TimerCycle.parse(text);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new dev.onramp.engine.feel.ExpressionException(
          "Invalid timer cycle '" + text + "': " + e.getMessage());
    }
  }
}
