package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Jobs of service tasks and execution listeners. */
public final class JobStore {

  private static final String COLUMNS =
      "job_key, type, worker, state, activatable, retries, deadline, retry_at,"
          + " element_instance_key, process_instance_key, process_definition_key, bpmn_process_id,"
          + " process_definition_version, element_id, custom_headers, kind, listener_event_type,"
          + " tenant_id";

  private static final RowMapper<Job> MAPPER =
      (rs, i) ->
          new Job(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getBoolean(5),
              rs.getInt(6),
              (Long) rs.getObject(7, Long.class),
              (Long) rs.getObject(8, Long.class),
              rs.getLong(9),
              rs.getLong(10),
              rs.getLong(11),
              rs.getString(12),
              rs.getInt(13),
              rs.getString(14),
              rs.getString(15),
              rs.getString(16),
              rs.getString(17),
              rs.getString(18));

  private final JdbcTemplate jdbc;

  public JobStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Job job, long now) {
    jdbc.update(
        "INSERT INTO job (job_key, type, state, activatable, retries, element_instance_key,"
            + " process_instance_key, process_definition_key, bpmn_process_id,"
            + " process_definition_version, element_id, custom_headers, kind,"
            + " listener_event_type, creation_time, tenant_id)"
            + " VALUES (?, ?, 'CREATED', TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        job.key(),
        job.type(),
        job.retries(),
        job.elementInstanceKey(),
        job.processInstanceKey(),
        job.processDefinitionKey(),
        job.bpmnProcessId(),
        job.processDefinitionVersion(),
        job.elementId(),
        job.customHeaders(),
        job.kind(),
        job.listenerEventType(),
        now,
        job.tenantId());
  }

  public Job find(long key) {
    List<Job> rows = jdbc.query("SELECT " + COLUMNS + " FROM job WHERE job_key = ?", MAPPER, key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public List<Job> activatable(String type, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM job WHERE type = ? AND activatable = TRUE ORDER BY job_key LIMIT ?",
        MAPPER,
        type,
        limit);
  }

  /** The open job of an element instance, if any. */
  public Job openJobOf(long elementInstanceKey) {
    List<Job> rows =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM job WHERE element_instance_key = ? AND state NOT IN ('COMPLETED',"
                + " 'CANCELED') ORDER BY job_key DESC",
            MAPPER,
            elementInstanceKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void activate(long key, String worker, long deadline) {
    jdbc.update(
        "UPDATE job SET activatable = FALSE, worker = ?, deadline = ? WHERE job_key = ?",
        worker,
        deadline,
        key);
  }

  public void end(long key, String state, long now) {
    jdbc.update(
        "UPDATE job SET state = ?, activatable = FALSE, deadline = NULL, retry_at = NULL,"
            + " end_time = ? WHERE job_key = ?",
        state,
        now,
        key);
  }

  public void fail(long key, int retries, String errorMessage, boolean activatable, Long retryAt) {
    jdbc.update(
        "UPDATE job SET state = 'FAILED', retries = ?, error_message = ?, activatable = ?,"
            + " deadline = NULL, retry_at = ? WHERE job_key = ?",
        retries,
        errorMessage,
        activatable,
        retryAt,
        key);
  }

  public void errorThrown(long key, String errorCode, String errorMessage) {
    jdbc.update(
        "UPDATE job SET state = 'ERROR_THROWN', error_code = ?, error_message = ?, activatable ="
            + " FALSE, deadline = NULL WHERE job_key = ?",
        errorCode,
        errorMessage,
        key);
  }

  public void updateRetries(long key, int retries, boolean activatable) {
    jdbc.update(
        "UPDATE job SET state = 'RETRIES_UPDATED', retries = ?, activatable = ? WHERE job_key ="
            + " ?",
        retries,
        activatable,
        key);
  }

  public void makeActivatable(long key) {
    jdbc.update(
        "UPDATE job SET activatable = TRUE, retry_at = NULL, deadline = NULL WHERE job_key = ?",
        key);
  }

  public void updateDeadline(long key, long deadline) {
    jdbc.update("UPDATE job SET deadline = ? WHERE job_key = ?", deadline, key);
  }

  /** Activated jobs whose deadline passed go back to workers, retries unchanged. */
  public List<Job> timedOut(long now, int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM job WHERE deadline <= ? ORDER BY deadline LIMIT ?",
        MAPPER,
        now,
        limit);
  }

  public void timeOut(long key) {
    jdbc.update(
        "UPDATE job SET state = 'TIMED_OUT', activatable = TRUE, deadline = NULL, worker = NULL"
            + " WHERE job_key = ?",
        key);
  }

  public List<Job> backOffElapsed(long now, int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM job WHERE retry_at <= ? ORDER BY retry_at LIMIT ?",
        MAPPER,
        now,
        limit);
  }

  public Long nextDue() {
    return jdbc.queryForObject(
        "SELECT MIN(d) FROM (SELECT MIN(deadline) AS d FROM job UNION ALL SELECT MIN(retry_at)"
            + " FROM job) due",
        Long.class);
  }
}
