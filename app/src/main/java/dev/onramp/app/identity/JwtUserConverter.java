package dev.onramp.app.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into the signed-in person: username and roles from the configured claims,
 * and records them in the user directory so notifications can find them.
 */
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  private final TokenClaims claims;
  private final UserDirectory directory;

  JwtUserConverter(OnrampSecurityProperties.Oidc claims, UserDirectory directory) {
    this.claims = new TokenClaims(claims);
    this.directory = directory;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String username =
        claims
            .username(jwt.getClaims())
            .orElseThrow(
                () ->
                    new InvalidBearerTokenException(
                        "The token names no user (claim " + claims.usernameClaim() + " or sub)"));
    UserProfile person = claims.profile(username, jwt.getClaims());
    directory.remember(person);
    return new JwtAuthenticationToken(
        jwt,
        person.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
        username);
  }
}
