package dev.onramp.bench;

/** One measured run: one engine, one driver concurrency, N instances after the warm-up. */
record RunResult(
    String engine,
    int threads,
    int n,
    int completed,
    double seconds,
    double p50Millis,
    double p99Millis,
    double maxMillis,
    long peakHeapBytes,
    String failure) {

  double instancesPerSecond() {
    return seconds > 0 ? completed / seconds : 0;
  }

  boolean ok() {
    return failure == null;
  }
}
