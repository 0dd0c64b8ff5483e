package dev.onramp.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the audit trail. Written only by {@link AuditLog} and never changed afterwards.
 *
 * <p>Refusals (a 403 for a missing role or a separation-of-duties rule) have the action {@link
 * #REFUSED} and say in the detail what was attempted and why it was refused.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

  public static final String REFUSED = "REFUSED";

  @Id private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "actor_name")
  private String actorName;

  @Column(name = "actor_type")
  @Enumerated(EnumType.STRING)
  private ActorType actorType;

  private String action;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private String subjectId;

  private String detail;

  @Column(name = "dedup_key")
  private String dedupKey;

  protected AuditEvent() {}

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActorName() {
    return actorName;
  }

  public ActorType getActorType() {
    return actorType;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  @Override
  public String toString() {
    return occurredAt
        + " "
        + actorName
        + " "
        + action
        + " "
        + subjectType
        + " "
        + subjectId
        + (detail == null ? "" : ": " + detail);
  }
}
