package dev.onramp.app.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.util.StringUtils;

/**
 * Reads the person out of an identity provider's claims, the same way for an API bearer token and
 * for a browser sign-in's ID token: username and roles from the configured claims.
 */
final class TokenClaims {

  private final OnrampSecurityProperties.Oidc config;

  TokenClaims(OnrampSecurityProperties.Oidc config) {
    this.config = config;
  }

  /** The username claim, else {@code sub}; empty when the token names no one. */
  Optional<String> username(Map<String, Object> claims) {
    return Stream.of(claims.get(config.usernameClaim()), claims.get("sub"))
        .map(value -> value == null ? null : String.valueOf(value))
        .filter(StringUtils::hasText)
        .findFirst();
  }

  String usernameClaim() {
    return config.usernameClaim();
  }

  Set<Role> roles(Map<String, Object> claims) {
    Object claim = claim(claims, config.rolesClaim());
    Stream<String> values;
    if (claim == null) {
      values = Stream.empty();
    } else if (claim instanceof Collection<?> list) {
      values = list.stream().map(String::valueOf);
    } else {
      values = Arrays.stream(String.valueOf(claim).split("[\\s,]+"));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    values.map(Role::fromClaim).forEach(role -> role.ifPresent(roles::add));
    return roles;
  }

  /** The person as the directory keeps them (display name from {@code name}, else username). */
  UserProfile profile(String username, Map<String, Object> claims) {
    Object name = claims.get("name");
    Object email = claims.get("email");
    return new UserProfile(
        username,
        name != null && StringUtils.hasText(name.toString()) ? name.toString() : username,
        email == null ? null : email.toString(),
        roles(claims));
  }

  /** Follows a dotted path into nested claims, as Keycloak nests realm_access.roles. */
  private static Object claim(Map<String, Object> claims, String path) {
    Object value = claims;
    for (String part : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(part);
    }
    return value;
  }
}
