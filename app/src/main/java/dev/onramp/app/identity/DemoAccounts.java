package dev.onramp.app.identity;

import dev.onramp.app.identity.OnrampSecurityProperties.Account;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.util.StringUtils;

/**
 * The persona accounts of demo mode: they sign in over HTTP Basic and the login form, are entered
 * in the user directory before anything else runs, and are announced at start-up. They do not exist
 * in OIDC mode.
 */
class DemoAccounts
    implements UserDetailsService,
        SmartInitializingSingleton,
        ApplicationListener<ApplicationReadyEvent> {

  static final String DEFAULT_PASSWORD = "demo";

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final UserDirectory directory;

  DemoAccounts(List<Account> configured, UserDirectory directory) {
    this.directory = directory;
    List<Account> users = configured == null || configured.isEmpty() ? defaults() : configured;
    for (int i = 0; i < users.size(); i++) {
      Account account = users.get(i);
      if (!StringUtils.hasText(account.username())) {
        throw new IllegalStateException(
            "onramp.security.demo-accounts.users[" + i + "].username is required");
      }
      accounts.put(account.username(), account);
    }
  }

  static List<Account> defaults() {
    return List.of(
        account("alice", "Alice", Role.PRODUCT_OWNER),
        account("paul", "Paul", Role.PRODUCT_OWNER),
        account("fiona", "Fiona", Role.FINOPS_LEAD),
        account("carlos", "Carlos", Role.CLOUD_ENGINEER),
        account("sam", "Sam", Role.PRODUCT_OWNER, Role.FINOPS_LEAD, Role.CLOUD_ENGINEER));
  }

  private static Account account(String username, String displayName, Role... roles) {
    return new Account(
        username,
        DEFAULT_PASSWORD,
        displayName,
        username + "@example.com",
        EnumSet.copyOf(List.of(roles)));
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Account account = accounts.get(username);
    if (account == null) {
      throw new UsernameNotFoundException(username);
    }
    // A new object each time: Spring erases the password of the one it authenticated.
    return User.withUsername(account.username())
        .password(encoded(account.password()))
        .authorities(roles(account).stream().map(Role::authority).toArray(String[]::new))
        .build();
  }

  /** Enters the accounts in the directory before job workers or requests may look for them. */
  @Override
  public void afterSingletonsInstantiated() {
    accounts.values().forEach(account -> directory.remember(profile(account)));
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    log.info("{}", banner(List.copyOf(accounts.values()), port == null ? "8080" : port));
  }

  static String banner(List<Account> accounts, String port) {
    boolean defaultPassword =
        accounts.stream().allMatch(a -> DEFAULT_PASSWORD.equals(a.password()));
    int width = accounts.stream().mapToInt(a -> a.username().length()).max().orElse(0);
    String list =
        accounts.stream()
            .map(
                a ->
                    "  "
                        + String.format(Locale.ROOT, "%-" + width + "s", a.username())
                        + " – "
                        + describe(roles(a)))
            .collect(Collectors.joining("\n"));
    String base = "http://localhost:" + port;
    String example = accounts.isEmpty() ? "alice" : accounts.get(0).username();
    return "Demo accounts ("
        + (defaultPassword
            ? "password " + DEFAULT_PASSWORD
            : "passwords as set in onramp.security.demo-accounts.users")
        + "):\n"
        + list
        + "\nSign in at "
        + base
        + "/login, or call the API with HTTP Basic: curl -u "
        + example
        + (defaultPassword ? ":" + DEFAULT_PASSWORD : "")
        + " "
        + base
        + "/api/me\nThese accounts exist only in demo mode; production sets"
        + " onramp.security.mode=oidc.";
  }

  private static String describe(Set<Role> roles) {
    return roles.isEmpty()
        ? "no role"
        : roles.stream().map(Role::displayName).collect(Collectors.joining(", "));
  }

  private static UserProfile profile(Account account) {
    return new UserProfile(
        account.username(),
        StringUtils.hasText(account.displayName()) ? account.displayName() : account.username(),
        StringUtils.hasText(account.email()) ? account.email() : null,
        roles(account));
  }

  private static Set<Role> roles(Account account) {
    return account.roles() == null || account.roles().isEmpty()
        ? EnumSet.noneOf(Role.class)
        : EnumSet.copyOf(account.roles());
  }

  /** Plain passwords are demo passwords; an encoded one keeps its {id} prefix. */
  private static String encoded(String password) {
    String plain = password == null ? DEFAULT_PASSWORD : password;
    return plain.startsWith("{") ? plain : "{noop}" + plain;
  }
}
