package dev.onramp.app.review;

/** Sets the Cloud Engineer SLA; the process computes its timers from it (FEEL on priority). */
public enum Priority {
  NORMAL("Normal", 5),
  PRIORITY("Priority", 2);

  private final String label;
  private final int slaDays;

  Priority(String label, int slaDays) {
    this.label = label;
    this.slaDays = slaDays;
  }

  public String label() {
    return label;
  }

  public int slaDays() {
    return slaDays;
  }
}
