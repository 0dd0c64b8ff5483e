package dev.onramp.app.spendcards;

/** Where a card stands with its owners. */
public enum SpendCardStatus {
  AWAITING_REVIEW("Awaiting review"),
  APPROVED("Approved"),
  AUTO_ACCEPTED("Accepted by Agent Bill"),
  DISPUTED("Disputed"),
  DISPUTE_UPHELD("Dispute upheld"),
  DISPUTE_REJECTED("Dispute rejected");

  private final String label;

  SpendCardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
