package dev.onramp.app.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who has signed in at least once (or a demo account), as last seen. */
@Entity
@Table(name = "app_user")
class AppUser {

  @Id private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected AppUser() {}

  AppUser(String username) {
    this.username = username;
  }

  void update(UserProfile profile) {
    displayName = profile.displayName();
    email = profile.email();
    roles.clear();
    roles.addAll(profile.roles());
  }

  UserProfile profile() {
    return new UserProfile(
        username, displayName, email, roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }
}
