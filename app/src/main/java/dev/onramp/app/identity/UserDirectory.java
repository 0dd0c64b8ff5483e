package dev.onramp.app.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone the app knows: the demo accounts (demo mode) and every person who has signed in with a
 * token (OIDC mode), so notifications can reach a role's members and their email addresses.
 */
@Service
public class UserDirectory {

  private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

  private final AppUserRepository users;
  private final TransactionTemplate transaction;

  /**
   * What was last written per user: tokens arrive with every request, and the row only needs a
   * write when the identity provider changed something.
   */
  private final Map<String, UserProfile> remembered = new ConcurrentHashMap<>();

  UserDirectory(AppUserRepository users, PlatformTransactionManager transactionManager) {
    this.users = users;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Transactional(readOnly = true)
  public Optional<UserProfile> find(String username) {
    return users.findById(username).map(AppUser::profile);
  }

  /** The known holders of a role, by username: the recipients of a role's notifications. */
  @Transactional(readOnly = true)
  public List<String> usernamesWithRole(Role role) {
    return users.findUsernamesWithRole(role);
  }

  /** Records the person as the identity provider describes them now. */
  void remember(UserProfile profile) {
    if (profile.equals(remembered.get(profile.username()))) {
      return;
    }
    try {
      transaction.executeWithoutResult(
          status -> {
            AppUser user =
                users.findById(profile.username()).orElseGet(() -> new AppUser(profile.username()));
            user.update(profile);
            users.save(user);
          });
    } catch (DataIntegrityViolationException e) {
      if (!users.existsById(profile.username())) {
        throw e;
      }
      // Two first requests of a new user raced; the other one wrote the row.
      log.debug("User {} was recorded concurrently", profile.username());
    }
    remembered.put(profile.username(), profile);
  }
}
