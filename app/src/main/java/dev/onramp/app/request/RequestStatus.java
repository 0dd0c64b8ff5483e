package dev.onramp.app.request;

/** The lifecycle shown everywhere; the process sets it (DESIGN.md §2). */
public enum RequestStatus {
  PENDING_FA_REVIEW("Pending FA Review"),
  APPROVED("Approved"),
  CE_IN_PROGRESS("CE In Progress"),
  READY_TO_CLAIM("Ready to Claim"),
  LIVE("Live"),
  CHANGES_REQUESTED("Changes Requested"),
  REJECTED("Rejected");

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
