package dev.onramp.app.audit;

/** Whether a person did it or the automation (Agent Bill). */
public enum ActorType {
  PERSON,
  AGENT
}
