package dev.onramp.app.web;

/**
 * Separation of duties refused the action for this person on this instance (for example a FinOps
 * Lead reviewing their own request): 403, and the refusal is audited.
 */
public class ForbiddenActionException extends RuntimeException {

  private final String action;
  private final String subjectType;
  private final String subjectId;

  public ForbiddenActionException(
      String action, String subjectType, String subjectId, String reason) {
    super(reason);
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }
}
