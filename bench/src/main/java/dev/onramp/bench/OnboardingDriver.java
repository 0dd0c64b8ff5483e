package dev.onramp.bench;

/**
 * One driver thread's view of an engine: runs one onboarding instance from start to end, the way a
 * user and the workers would, and returns only when the instance has ended. Not thread-safe: each
 * driver thread gets its own driver (and its own copy of the process, with its own job types).
 */
public interface OnboardingDriver {

  /**
   * Starts one instance, completes its three user tasks and three service jobs in order, and
   * confirms that the instance has completed.
   *
   * @param sequence a number unique within the benchmark run, used in the instance's variables
   */
  void runOneInstance(long sequence);
}
