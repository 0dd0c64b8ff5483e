package dev.onramp.engine.model;

/** The event definition of an event element. */
public enum EventType {
  NONE,
  MESSAGE,
  TIMER,
  ERROR,
  TERMINATE
}
