package dev.onramp.engine.processing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one command sees while it is applied: the instant it is applied at (engine clock), a queue
 * of follow-up steps that run before the command is done (so the instance advances as far as it
 * can), and the effects to run after the batch commits. Owned by the loop thread.
 */
public final class CommandContext {

  private long now;
  private final Deque<Runnable> steps = new ArrayDeque<>();
  private final List<Runnable> afterCommit = new ArrayList<>();

  public long now() {
    return now;
  }

  /** Schedules a step of the current command; steps run in order, breadth first. */
  public void enqueue(Runnable step) {
    steps.addLast(step);
  }

  /** Runs {@code effect} on the loop thread once the batch is committed. */
  public void afterCommit(Runnable effect) {
    afterCommit.add(effect);
  }

  void begin(long now) {
    this.now = now;
    steps.clear();
  }

  void drainSteps() {
    Runnable step;
    while ((step = steps.pollFirst()) != null) {
      step.run();
    }
  }

  int effectMark() {
    return afterCommit.size();
  }

  /** The command was rolled back: forget the effects it registered. */
  void discardEffectsFrom(int mark) {
    afterCommit.subList(mark, afterCommit.size()).clear();
    steps.clear();
  }

  List<Runnable> takeEffects() {
    List<Runnable> effects = new ArrayList<>(afterCommit);
    afterCommit.clear();
    return effects;
  }
}
