package dev.onramp.app.org;

/** The four levels of the hierarchy, from the top. */
public enum OrgLevel {
  E1("Business Unit"),
  E2("Department"),
  E3("Portfolio"),
  E4("Product");

  private final String label;

  OrgLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
