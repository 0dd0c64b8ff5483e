package dev.onramp.app.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, String> {

  @Query("select u.username from AppUser u join u.roles r where r = :role order by u.username")
  List<String> findUsernamesWithRole(Role role);
}
