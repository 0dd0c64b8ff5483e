package dev.onramp.app.identity;

import java.util.Set;

/**
 * What the directory knows about a person.
 *
 * @param email where notification emails go; null when the identity provider gave none
 */
public record UserProfile(String username, String displayName, String email, Set<Role> roles) {

  public UserProfile {
    roles = Set.copyOf(roles);
  }
}
