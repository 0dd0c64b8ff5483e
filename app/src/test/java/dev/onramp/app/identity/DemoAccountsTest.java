package dev.onramp.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.app.identity.OnrampSecurityProperties.Account;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.CredentialsContainer;

class DemoAccountsTest {

  @Test
  void shouldAnnounceTheDefaultAccountsWithTheirPasswordAndRoles() {
    assertThat(DemoAccounts.banner(DemoAccounts.defaults(), "8080"))
        .isEqualTo(
            """
            Demo accounts (password demo):
              alice  – Product Owner
              paul   – Product Owner
              fiona  – FinOps Lead
              carlos – Cloud Engineer
              sam    – Product Owner, FinOps Lead, Cloud Engineer
            Sign in at http://localhost:8080/login, or call the API with HTTP Basic: \
            curl -u alice:demo http://localhost:8080/api/me
            These accounts exist only in demo mode; production sets onramp.security.mode=oidc.""");
  }

  @Test
  void shouldNotPrintPasswordsSomeoneChose() {
    List<Account> accounts =
        List.of(new Account("dana", "s3cret", "Dana", null, Set.of(Role.FINOPS_LEAD)));

    String banner = DemoAccounts.banner(accounts, "9090");

    assertThat(banner)
        .startsWith("Demo accounts (passwords as set in onramp.security.demo-accounts.users):")
        .contains("dana – FinOps Lead", "curl -u dana http://localhost:9090/api/me")
        .doesNotContain("s3cret");
  }

  @Test
  void shouldSignInWithTheConfiguredPasswordEveryTime() {
    DemoAccounts accounts = new DemoAccounts(DemoAccounts.defaults(), null);

    // Spring erases the password of an authenticated user; the next sign-in needs it again.
    ((CredentialsContainer) accounts.loadUserByUsername("sam")).eraseCredentials();

    assertThat(accounts.loadUserByUsername("sam").getPassword()).isEqualTo("{noop}demo");
    assertThat(accounts.loadUserByUsername("sam").getAuthorities())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("ROLE_PRODUCT_OWNER", "ROLE_FINOPS_LEAD", "ROLE_CLOUD_ENGINEER");
  }
}
