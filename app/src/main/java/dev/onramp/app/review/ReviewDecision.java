package dev.onramp.app.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One decision of a FinOps Lead on one revision of a request, with its rationale. */
@Entity
public class ReviewDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String requestId;
  private int revision;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String rationale;
  private String decidedBy;
  private Instant decidedAt;

  protected ReviewDecision() {}

  ReviewDecision(
      String requestId, int revision, Decision decision, String rationale, String by, Instant at) {
    this.requestId = requestId;
    this.revision = revision;
    this.decision = decision;
    this.rationale = rationale;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public int revision() {
    return revision;
  }

  public Decision decision() {
    return decision;
  }

  public String rationale() {
    return rationale;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
