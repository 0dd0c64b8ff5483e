package dev.onramp.app.attribution;

/** What a budget is set on. */
public enum BudgetSubject {
  WORKLOAD,
  NODE
}
