package dev.onramp.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.onramp.app.identity.DemoModeAppTest;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTest extends DemoModeAppTest {

  @Autowired AuditLog auditLog;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void shouldRecordWhoDidWhatToWhichSubjectOldestFirst() {
    String requestId = UUID.randomUUID().toString();
    Instant before = Instant.now();

    auditLog.record(Actor.person("alice"), "SUBMITTED", "request", requestId, null);
    auditLog.record(Actor.person("fiona"), "APPROVED", "request", requestId, "fits the budget");
    auditLog.record(Actor.AGENT_BILL, "TASKS_GENERATED", "request", requestId, "1 task");
    auditLog.record(Actor.person("fiona"), "APPROVED", "request", "another", null);

    assertThat(auditLog.forSubject("request", requestId))
        .extracting(AuditEvent::getActorName, AuditEvent::getActorType, AuditEvent::getAction)
        .containsExactly(
            tuple("alice", ActorType.PERSON, "SUBMITTED"),
            tuple("fiona", ActorType.PERSON, "APPROVED"),
            tuple("Agent Bill", ActorType.AGENT, "TASKS_GENERATED"));
    assertThat(auditLog.forSubject("request", requestId).get(1))
        .satisfies(
            approved -> {
              assertThat(approved.getDetail()).isEqualTo("fits the budget");
              assertThat(approved.getSubjectType()).isEqualTo("request");
              assertThat(approved.getSubjectId()).isEqualTo(requestId);
              assertThat(approved.getOccurredAt()).isBetween(before, Instant.now());
            });
  }

  @Test
  void shouldCutAnOverlongDetail() {
    String requestId = UUID.randomUUID().toString();

    auditLog.record(Actor.AGENT_BILL, "NOTE", "request", requestId, "x".repeat(5000));

    assertThat(auditLog.forSubject("request", requestId).get(0).getDetail())
        .hasSize(AuditLog.DETAIL_LENGTH);
  }

  @Test
  void shouldRecordOnceForTheSameKey() {
    String requestId = UUID.randomUUID().toString();
    String key = "generate-ce-tasks:" + requestId;

    boolean first = auditLog.recordOnce(key, Actor.AGENT_BILL, "TASKS", "request", requestId, "a");
    boolean second = auditLog.recordOnce(key, Actor.AGENT_BILL, "TASKS", "request", requestId, "b");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(auditLog.forSubject("request", requestId))
        .singleElement()
        .satisfies(event -> assertThat(event.getDetail()).isEqualTo("a"));
  }

  @Test
  void shouldLeaveTheCallersTransactionUsableWhenTheKeyExists() {
    String requestId = UUID.randomUUID().toString();
    String key = "notify:" + requestId;
    auditLog.recordOnce(key, Actor.AGENT_BILL, "NOTIFIED", "request", requestId, null);

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              auditLog.record(Actor.AGENT_BILL, "BEFORE", "request", requestId, null);
              assertThat(
                      auditLog.recordOnce(
                          key, Actor.AGENT_BILL, "NOTIFIED", "request", requestId, null))
                  .isFalse();
              auditLog.record(Actor.AGENT_BILL, "AFTER", "request", requestId, null);
            });

    assertThat(auditLog.forSubject("request", requestId))
        .extracting(AuditEvent::getAction)
        .containsExactly("NOTIFIED", "BEFORE", "AFTER");
  }

  @Test
  void shouldRecordOnceWhenTwoDeliveriesOfAJobRace() throws Exception {
    String requestId = UUID.randomUUID().toString();
    String key = "race:" + requestId;
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondTrying = new CountDownLatch(1);
    AtomicReference<Object> firstResult = new AtomicReference<>();
    AtomicReference<Object> secondResult = new AtomicReference<>();
    Thread second =
        new Thread(
            () -> {
              awaitLatch(firstInserted);
              secondTrying.countDown();
              secondResult.set(
                  outcome(
                      () ->
                          transaction.execute(
                              status ->
                                  auditLog.recordOnce(
                                      key, Actor.AGENT_BILL, "RACE", "request", requestId, "2"))));
            });
    // The first delivery inserts, then keeps its transaction open until the second one is inside
    // its insert, waiting for the first on the unique key.
    Thread first =
        new Thread(
            () ->
                firstResult.set(
                    outcome(
                        () ->
                            transaction.execute(
                                status -> {
                                  boolean recorded =
                                      auditLog.recordOnce(
                                          key, Actor.AGENT_BILL, "RACE", "request", requestId, "1");
                                  firstInserted.countDown();
                                  awaitLatch(secondTrying);
                                  await()
                                      .atMost(Duration.ofSeconds(10))
                                      .until(() -> sessionsInsertingAuditEvents() > 0);
                                  return recorded;
                                }))));
    second.start();
    first.start();
    first.join(Duration.ofSeconds(30).toMillis());
    second.join(Duration.ofSeconds(30).toMillis());

    assertThat(firstResult.get()).isEqualTo(true);
    assertThat(secondResult.get()).isEqualTo(false);
    assertThat(auditLog.forSubject("request", requestId)).hasSize(1);
  }

  /** Sessions inside an insert into audit_event: a waiting insert shows as running. */
  private long sessionsInsertingAuditEvents() throws MetaDataAccessException {
    String sessions =
        "PostgreSQL"
                .equals(
                    JdbcUtils.extractDatabaseMetaData(
                        dataSource, DatabaseMetaData::getDatabaseProductName))
            ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like 'insert into audit_event%'"
            : "select count(*) from information_schema.sessions"
                + " where executing_statement like 'insert into audit_event%'";
    return jdbc.sql(sessions).query(Long.class).single();
  }

  private static Object outcome(java.util.function.Supplier<Object> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
