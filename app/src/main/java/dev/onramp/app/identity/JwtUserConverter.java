package dev.onramp.app.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * Turns a verified token into the signed-in person: username and roles from the configured claims,
 * and records them in the user directory so notifications can find them.
 */
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  private final OnrampSecurityProperties.Oidc claims;
  private final UserDirectory directory;

  JwtUserConverter(OnrampSecurityProperties.Oidc claims, UserDirectory directory) {
    this.claims = claims;
    this.directory = directory;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String username = username(jwt);
    Set<Role> roles = roles(claim(jwt.getClaims(), claims.rolesClaim()));
    String name = jwt.getClaimAsString("name");
    directory.remember(
        new UserProfile(
            username,
            StringUtils.hasText(name) ? name : username,
            jwt.getClaimAsString("email"),
            roles));
    return new JwtAuthenticationToken(
        jwt, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), username);
  }

  private String username(Jwt jwt) {
    String username = jwt.getClaimAsString(claims.usernameClaim());
    if (!StringUtils.hasText(username)) {
      username = jwt.getSubject();
    }
    if (!StringUtils.hasText(username)) {
      throw new InvalidBearerTokenException(
          "The token names no user (claim " + claims.usernameClaim() + " or sub)");
    }
    return username;
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

  private static Set<Role> roles(Object claim) {
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
}
