package dev.onramp.engine.processing;

/** What the command loop tells the rest of the engine after a commit. */
public interface EngineEvents {

  /** Jobs of this type may be activated now. */
  void jobsAvailable(String type);

  /** The process instance completed or was terminated. */
  void processInstanceEnded(long processInstanceKey);

  /** Something (timer, job deadline, back-off, message expiry) falls due at this instant. */
  void dueAt(long epochMillis);

  /** Deployed definitions changed: message and timer start events must be re-read. */
  void definitionsChanged();
}
