package dev.onramp.app.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A browser sign-in through the identity provider: the person is read from the ID token (and the
 * user-info answer, when the provider has one) with the same claims as an API bearer token, so a
 * person has the same username and roles on the pages as in the API.
 */
class OidcLoginUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final TokenClaims claims;
  private final UserDirectory directory;

  OidcLoginUsers(OnrampSecurityProperties.Oidc claims, UserDirectory directory) {
    this.claims = new TokenClaims(claims);
    this.directory = directory;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser signedIn = provider.loadUser(request);
    Map<String, Object> all = new HashMap<>(signedIn.getClaims());
    String username =
        claims
            .username(all)
            .orElseThrow(
                () ->
                    new OAuth2AuthenticationException(
                        new OAuth2Error(
                            "invalid_id_token",
                            "The ID token names no user (claim "
                                + claims.usernameClaim()
                                + " or sub)",
                            null)));
    UserProfile person = claims.profile(username, all);
    directory.remember(person);
    // The principal's name is the username, whichever claim held it.
    all.put(claims.usernameClaim(), username);
    List<GrantedAuthority> roles =
        person.roles().stream()
            .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList();
    return new DefaultOidcUser(
        roles, signedIn.getIdToken(), new OidcUserInfo(all), claims.usernameClaim());
  }
}
