package dev.onramp.app.request;

/** The value a declared business case promises. */
public enum BusinessCaseType {
  COST_SAVING("Cost Saving"),
  REVENUE_DRIVING("Revenue Driving");

  private final String label;

  BusinessCaseType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
