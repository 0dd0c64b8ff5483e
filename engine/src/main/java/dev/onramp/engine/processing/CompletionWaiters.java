package dev.onramp.engine.processing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests that wait for a process instance to end ({@code awaitCompletion}). Registered and
 * released on the loop thread, so a completion cannot slip between the two.
 */
public final class CompletionWaiters {

  private final Map<Long, List<Runnable>> waiting = new HashMap<>();

  /** Loop thread. */
  public void register(long processInstanceKey, Runnable onEnd) {
    waiting.computeIfAbsent(processInstanceKey, k -> new ArrayList<>()).add(onEnd);
  }

  /** Loop thread, after the commit that ended the instance. */
  public void ended(long processInstanceKey) {
    List<Runnable> callbacks = waiting.remove(processInstanceKey);
    if (callbacks != null) {
      callbacks.forEach(Runnable::run);
    }
  }
}
