package dev.onramp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Peak heap: a daemon thread samples {@link MemoryMXBean#getHeapMemoryUsage()} {@code used} every
 * {@value #INTERVAL_MILLIS} ms and keeps the maximum since the last {@link #reset()}. Sampling (not
 * the sum of the pools' peak usages, which peak at different moments) gives the highest heap
 * occupancy actually seen; a spike shorter than the interval can be missed.
 */
final class HeapSampler implements AutoCloseable {

  static final long INTERVAL_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    thread = new Thread(this::sample, "bench-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      long used = memory.getHeapMemoryUsage().getUsed();
      peak.accumulateAndGet(used, Math::max);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS));
    }
  }

  void reset() {
    peak.set(memory.getHeapMemoryUsage().getUsed());
  }

  long peakBytes() {
    return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
  }

  /** Heap still in use after a full collection: what the running engine keeps live. */
  long liveBytesAfterGc() {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(1000);
  }
}
