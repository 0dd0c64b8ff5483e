package dev.onramp.app.review;

/** The FinOps Lead's three outcomes; the process's decision gateway branches on them. */
public enum Decision {
  APPROVE,
  REJECT,
  SEND_BACK
}
