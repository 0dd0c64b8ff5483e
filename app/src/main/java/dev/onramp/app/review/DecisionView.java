package dev.onramp.app.review;

import java.time.Instant;

/** A FinOps decision as the API shows it. */
public record DecisionView(
    Decision decision, int revision, String rationale, String decidedBy, Instant decidedAt) {

  static DecisionView of(ReviewDecision d) {
    return new DecisionView(
        d.decision(), d.revision(), d.rationale(), d.decidedBy(), d.decidedAt());
  }
}
