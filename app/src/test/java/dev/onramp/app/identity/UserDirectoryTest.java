package dev.onramp.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserDirectoryTest extends DemoModeAppTest {

  @Autowired UserDirectory directory;

  @Test
  void shouldKnowTheDemoAccountsFromTheStart() {
    assertThat(directory.find("fiona"))
        .contains(new UserProfile("fiona", "Fiona", "fiona@example.com", Set.of(Role.FINOPS_LEAD)));
    assertThat(directory.find("nobody")).isEmpty();
  }

  @Test
  void shouldListTheHoldersOfARole() {
    assertThat(directory.usernamesWithRole(Role.PRODUCT_OWNER))
        .containsExactly("alice", "paul", "sam");
    assertThat(directory.usernamesWithRole(Role.FINOPS_LEAD)).containsExactly("fiona", "sam");
    assertThat(directory.usernamesWithRole(Role.CLOUD_ENGINEER)).containsExactly("carlos", "sam");
  }
}
