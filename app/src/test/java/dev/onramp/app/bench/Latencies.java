package dev.onramp.app.bench;

import java.util.Arrays;
import java.util.Locale;

/** Measured durations in nanoseconds, summarised as nearest-rank percentiles in milliseconds. */
final class Latencies {

  private final long[] nanos;
  private int size;

  Latencies(int capacity) {
    nanos = new long[capacity];
  }

  void add(long durationNanos) {
    nanos[size++] = durationNanos;
  }

  int count() {
    return size;
  }

  double percentileMillis(double p) {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }
}
