package dev.onramp.app.audit;

import java.util.Objects;

/**
 * Who did something.
 *
 * @param name a username for a person, "Agent Bill" for the automation
 */
public record Actor(String name, ActorType type) {

  /** The automation: task generation, notifications, escalations, attribution, spend cards. */
  public static final Actor AGENT_BILL = new Actor("Agent Bill", ActorType.AGENT);

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static Actor person(String username) {
    return new Actor(username, ActorType.PERSON);
  }
}
