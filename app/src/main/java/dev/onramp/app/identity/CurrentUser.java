package dev.onramp.app.identity;

import dev.onramp.app.audit.Actor;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request. Outside a signed-in request (a job worker, start-up) there
 * is none and every method throws; automated work is done by {@link Actor#AGENT_BILL}.
 */
@Component
public class CurrentUser {

  private final UserDirectory directory;

  CurrentUser(UserDirectory directory) {
    this.directory = directory;
  }

  public String username() {
    return authentication().getName();
  }

  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : authentication().getAuthorities()) {
      Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
    }
    return roles;
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  /** The name to show, as the directory knows it; the username when it knows none. */
  public String displayName() {
    String username = username();
    return directory.find(username).map(UserProfile::displayName).orElse(username);
  }

  /** Who to record in the audit log for what this person does. */
  public Actor actor() {
    return Actor.person(username());
  }

  /** The signed-in authentication of this thread, if any. */
  static Optional<Authentication> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null
            || !authentication.isAuthenticated()
            || authentication instanceof AnonymousAuthenticationToken
        ? Optional.empty()
        : Optional.of(authentication);
  }

  private static Authentication authentication() {
    return signedIn()
        .orElseThrow(
            () -> new AuthenticationCredentialsNotFoundException("No user is signed in here"));
  }
}
