package dev.onramp.app.review;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRepository extends JpaRepository<Approval, String> {

  boolean existsByAccountIdAndRoleNameKey(String accountId, String roleNameKey);
}
