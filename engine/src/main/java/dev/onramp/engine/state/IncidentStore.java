package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Incidents: ACTIVE until resolved (by a user, or because their element ended). */
public final class IncidentStore {

  private final JdbcTemplate jdbc;

  public IncidentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      long key,
      ElementInstance instance,
      Long jobKey,
      String errorType,
      String errorMessage,
      String failedStep,
      long now) {
    jdbc.update(
        "INSERT INTO incident (incident_key, process_instance_key, process_definition_key,"
            + " bpmn_process_id, element_id, element_instance_key, job_key, error_type,"
            + " error_message, state, creation_time, failed_step, tenant_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)",
        key,
        instance.processInstanceKey(),
        instance.processDefinitionKey(),
        instance.bpmnProcessId(),
        instance.elementId(),
        instance.key(),
        jobKey,
        errorType,
        errorMessage,
        now,
        failedStep,
        instance.tenantId());
  }

  public Incident find(long key) {
    List<Incident> rows =
        jdbc.query(
            "SELECT incident_key, process_instance_key, element_instance_key, job_key,"
                + " error_type, state, failed_step FROM incident WHERE incident_key = ?",
            (rs, i) ->
                new Incident(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    (Long) rs.getObject(4, Long.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)),
            key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void resolve(long key) {
    jdbc.update("UPDATE incident SET state = 'RESOLVED' WHERE incident_key = ?", key);
  }
}
