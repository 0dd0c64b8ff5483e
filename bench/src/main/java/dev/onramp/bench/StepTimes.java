package dev.onramp.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an instance's time goes: total time and count per driver step (create, each user task, each
 * job, end check) and how often a step had to wait for state to become visible. Logged after each
 * run, not part of the report; two {@code nanoTime} calls per step.
 */
final class StepTimes {

  private static final Map<String, LongAdder[]> STEPS = new ConcurrentHashMap<>();

  private StepTimes() {}

  /** Records one step that started at {@code startNanos} and ends now; returns now. */
  static long record(String step, long startNanos) {
    long now = System.nanoTime();
    LongAdder[] totals =
        STEPS.computeIfAbsent(step, s -> new LongAdder[] {new LongAdder(), new LongAdder()});
    totals[0].add(now - startNanos);
    totals[1].increment();
    return now;
  }

  /** Counts one extra round trip / pause while waiting for {@code step}. */
  static void retried(String step) {
    STEPS
        .computeIfAbsent(
            step + " (retries)", s -> new LongAdder[] {new LongAdder(), new LongAdder()})[1]
        .increment();
  }

  static void reset() {
    STEPS.clear();
  }

  static String summary() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(STEPS)
        .forEach(
            (step, totals) -> {
              long count = totals[1].sum();
              if (step.endsWith("(retries)")) {
                text.append(String.format(Locale.ROOT, "%n    %-28s %8d", step, count));
              } else {
                text.append(
                    String.format(
                        Locale.ROOT,
                        "%n    %-28s %8d x %8.2f ms",
                        step,
                        count,
                        count == 0 ? 0 : totals[0].sum() / 1e6 / count));
              }
            });
    return text.toString();
  }
}
