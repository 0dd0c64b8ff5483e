package dev.onramp.app.identity;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditEvent;
import dev.onramp.app.audit.AuditLog;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every 403 the API gives: recorded in the audit log (who tried what on which subject, and why it
 * was refused) and answered as a problem detail that says why.
 */
@Component
class AccessRefusals {

  static final URI FORBIDDEN = URI.create("urn:onramp:problem:forbidden");

  private final AuditLog auditLog;
  private final TransactionTemplate ownTransaction;

  AccessRefusals(AuditLog auditLog, PlatformTransactionManager transactionManager) {
    this.auditLog = auditLog;
    // The refused work was rolled back; its refusal must still be on record.
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * @param action what was attempted, e.g. {@code approve} or {@code POST /api/reviews/7/approve}
   * @param reason why not, in words the person can act on
   */
  ProblemDetail refuse(
      String actorName, String action, String subjectType, String subjectId, String reason) {
    ownTransaction.executeWithoutResult(
        status ->
            auditLog.record(
                Actor.person(actorName),
                AuditEvent.REFUSED,
                subjectType,
                subjectId,
                action + " refused: " + reason));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, reason);
    problem.setTitle("Forbidden");
    problem.setType(FORBIDDEN);
    problem.setProperties(
        Map.of("action", action, "subjectType", subjectType, "subjectId", subjectId));
    return problem;
  }

  /** Why a role check failed, naming the roles it wanted and the ones the person has. */
  static String missingRole(String username, Set<Role> required, Set<Role> held) {
    String wanted = required.stream().map(Role::displayName).collect(Collectors.joining(" or a "));
    String has =
        held.isEmpty()
            ? "has none of the roles"
            : "is "
                + held.stream()
                    .map(r -> "a " + r.displayName())
                    .collect(Collectors.joining(" and "));
    return "Only a " + wanted + " may do this; " + username + " " + has + ".";
  }
}
