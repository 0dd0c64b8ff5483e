package dev.onramp.app.identity;

import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, so a client can show the right areas and actions. */
@RestController
class MeController {

  private final CurrentUser currentUser;

  MeController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/api/me")
  Me me() {
    return new Me(currentUser.username(), currentUser.displayName(), currentUser.roles());
  }

  record Me(String username, String displayName, Set<Role> roles) {}
}
