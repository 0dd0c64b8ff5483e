package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Process instances: created ACTIVE, ended COMPLETED or TERMINATED; incidents counted. */
public final class ProcessInstanceStore {

  private final JdbcTemplate jdbc;

  public ProcessInstanceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ProcessInstance instance, long now) {
    jdbc.update(
        "INSERT INTO process_instance (process_instance_key, process_definition_key,"
            + " bpmn_process_id, process_definition_version, parent_process_instance_key,"
            + " parent_element_instance_key, state, start_date, incident_count, tenant_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 0, ?)",
        instance.key(),
        instance.processDefinitionKey(),
        instance.bpmnProcessId(),
        instance.version(),
        instance.parentProcessInstanceKey(),
        instance.parentElementInstanceKey(),
        now,
        instance.tenantId());
  }

  public ProcessInstance find(long key) {
    List<ProcessInstance> rows =
        jdbc.query(
            "SELECT process_instance_key, process_definition_key, bpmn_process_id,"
                + " process_definition_version, parent_process_instance_key,"
                + " parent_element_instance_key, state, tenant_id FROM process_instance WHERE"
                + " process_instance_key = ?",
            (rs, i) ->
                new ProcessInstance(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getInt(4),
                    (Long) rs.getObject(5, Long.class),
                    (Long) rs.getObject(6, Long.class),
                    rs.getString(7),
                    rs.getString(8)),
            key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void end(long key, String state, long now) {
    jdbc.update(
        "UPDATE process_instance SET state = ?, end_date = ? WHERE process_instance_key = ?",
        state,
        now,
        key);
  }

  public void addIncidents(long key, int delta) {
    jdbc.update(
        "UPDATE process_instance SET incident_count = incident_count + ? WHERE"
            + " process_instance_key = ?",
        delta,
        key);
  }

  /** The child process instance a call activity instance started, if it is still active. */
  public Long activeChildOf(long callActivityInstanceKey) {
    List<Long> keys =
        jdbc.queryForList(
            "SELECT process_instance_key FROM process_instance WHERE parent_element_instance_key"
                + " = ? AND state = 'ACTIVE'",
            Long.class,
            callActivityInstanceKey);
    return keys.isEmpty() ? null : keys.get(0);
  }
}
