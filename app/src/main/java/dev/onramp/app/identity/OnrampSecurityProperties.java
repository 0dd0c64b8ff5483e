package dev.onramp.app.identity;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in ({@code onramp.security.*}).
 *
 * @param mode {@code demo} (default): the demo accounts over HTTP Basic and browser sessions;
 *     {@code oidc}: bearer tokens (JWT) from an identity provider, configured with {@code
 *     spring.security.oauth2.resourceserver.jwt.*}, and no demo accounts at all
 * @param demoAccounts the accounts of demo mode
 * @param oidc where a token carries the username and the roles
 */
@ConfigurationProperties("onramp.security")
record OnrampSecurityProperties(
    @DefaultValue("demo") Mode mode,
    @DefaultValue DemoAccountsProperties demoAccounts,
    @DefaultValue Oidc oidc) {

  enum Mode {
    DEMO,
    OIDC
  }

  /**
   * @param users the accounts; none configured means alice, paul (Product Owners), fiona (FinOps
   *     Lead), carlos (Cloud Engineer) and sam (all three), password {@code demo}
   */
  record DemoAccountsProperties(List<Account> users) {}

  /**
   * One demo account.
   *
   * @param password plain, or encoded with a Spring Security prefix such as {@code {bcrypt}}
   * @param displayName defaults to the username
   * @param email where notification emails go; none if absent
   */
  record Account(
      String username,
      @DefaultValue("demo") String password,
      String displayName,
      String email,
      Set<Role> roles) {}

  /**
   * @param usernameClaim the claim holding the username (falls back to {@code sub})
   * @param rolesClaim the claim holding the roles, a list or a space/comma separated string; a
   *     dotted path reaches into nested claims (e.g. {@code realm_access.roles}); values are the
   *     role constants or the candidate group names
   */
  record Oidc(
      @DefaultValue("preferred_username") String usernameClaim,
      @DefaultValue("roles") String rolesClaim) {}
}
