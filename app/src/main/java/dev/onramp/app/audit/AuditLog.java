package dev.onramp.app.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened. An entry joins the caller's transaction, so a transition and its audit
 * entry are written together or not at all.
 */
@Service
public class AuditLog {

  static final int DETAIL_LENGTH = 2000;

  private final JdbcClient jdbc;
  private final AuditEventRepository events;
  private final UniqueInsert uniqueInsert;
  private final Clock clock;

  AuditLog(
      JdbcClient jdbc,
      AuditEventRepository events,
      DataSource dataSource,
      ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.uniqueInsert = new UniqueInsert(dataSource);
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  /**
   * Records one event.
   *
   * @param detail why, or what changed; may be null; cut to 2000 characters
   */
  @Transactional
  public void record(
      Actor actor, String action, String subjectType, String subjectId, String detail) {
    insert(null, actor, action, subjectType, subjectId, detail);
  }

  /**
   * Records the event unless one with this key was recorded before: a job worker that runs twice
   * for the same job audits once.
   *
   * @return whether this call recorded it
   */
  @Transactional
  public boolean recordOnce(
      String dedupKey,
      Actor actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    Objects.requireNonNull(dedupKey, "dedupKey");
    // No look-up first: the unique key decides, also between two concurrent deliveries of a job.
    return uniqueInsert.unlessDuplicate(
        () -> insert(dedupKey, actor, action, subjectType, subjectId, detail));
  }

  /** The subject's history, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> forSubject(String subjectType, String subjectId) {
    return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(subjectType, subjectId);
  }

  private void insert(
      String dedupKey,
      Actor actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    Objects.requireNonNull(actor, "actor");
    jdbc.sql(
            """
            insert into audit_event
              (occurred_at, actor_name, actor_type, action, subject_type, subject_id, detail,
               dedup_key)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            OffsetDateTime.ofInstant(
                clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC),
            actor.name(),
            actor.type().name(),
            Objects.requireNonNull(action, "action"),
            Objects.requireNonNull(subjectType, "subjectType"),
            Objects.requireNonNull(subjectId, "subjectId"),
            detail == null || detail.length() <= DETAIL_LENGTH
                ? detail
                : detail.substring(0, DETAIL_LENGTH),
            dedupKey)
        .update();
  }
}
