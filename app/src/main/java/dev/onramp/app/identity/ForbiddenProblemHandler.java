package dev.onramp.app.identity;

import dev.onramp.app.web.ForbiddenActionException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A service refused an action by separation of duties (for example a FinOps Lead reviewing their
 * own request): audited, and answered as a 403 problem that says why.
 */
@RestControllerAdvice(basePackages = "dev.onramp.app")
class ForbiddenProblemHandler {

  private final AccessRefusals refusals;
  private final CurrentUser currentUser;

  ForbiddenProblemHandler(AccessRefusals refusals, CurrentUser currentUser) {
    this.refusals = refusals;
    this.currentUser = currentUser;
  }

  @ExceptionHandler(ForbiddenActionException.class)
  ProblemDetail forbidden(ForbiddenActionException e) {
    return refusals.refuse(
        currentUser.username(), e.action(), e.subjectType(), e.subjectId(), e.getMessage());
  }
}
