package dev.onramp.engine.state;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Writes and reads element instances for the command loop. */
public final class ElementInstanceStore {

  private static final String COLUMNS =
      "element_instance_key, process_instance_key, process_definition_key, bpmn_process_id,"
          + " element_id, type, state, lifecycle, flow_scope_key, incident_key, listener_index,"
          + " loop_counter, mi_collection, mi_completed, tenant_id";

  private static final RowMapper<ElementInstance> MAPPER =
      (rs, i) ->
          new ElementInstance(
              rs.getLong(1),
              rs.getLong(2),
              rs.getLong(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              rs.getString(8),
              (Long) rs.getObject(9, Long.class),
              (Long) rs.getObject(10, Long.class),
              rs.getInt(11),
              (Integer) rs.getObject(12, Integer.class),
              rs.getString(13),
              (Integer) rs.getObject(14, Integer.class),
              rs.getString(15));

  private final JdbcTemplate jdbc;

  public ElementInstanceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      long key,
      long processInstanceKey,
      long processDefinitionKey,
      String bpmnProcessId,
      String elementId,
      String elementName,
      String type,
      Long flowScopeKey,
      Integer loopCounter,
      long now,
      String tenantId) {
    jdbc.update(
        "INSERT INTO element_instance (element_instance_key, process_instance_key,"
            + " process_definition_key, bpmn_process_id, element_id, element_name, type, state,"
            + " lifecycle, flow_scope_key, start_date, listener_index, loop_counter, tenant_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 'ACTIVATING', ?, ?, 0, ?, ?)",
        key,
        processInstanceKey,
        processDefinitionKey,
        bpmnProcessId,
        elementId,
        elementName,
        type,
        flowScopeKey,
        now,
        loopCounter,
        tenantId);
  }

  public ElementInstance find(long key) {
    List<ElementInstance> rows =
        jdbc.query(
            "SELECT " + COLUMNS + " FROM element_instance WHERE element_instance_key = ?",
            MAPPER,
            key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public ElementInstance get(long key) {
    ElementInstance instance = find(key);
    if (instance == null) {
      throw new IllegalStateException("Element instance " + key + " does not exist");
    }
    return instance;
  }

  /** Children of a scope that have not completed or terminated yet. */
  public List<ElementInstance> activeChildren(long flowScopeKey) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM element_instance WHERE flow_scope_key = ? AND state = 'ACTIVE'"
            + " ORDER BY element_instance_key",
        MAPPER,
        flowScopeKey);
  }

  public int countActiveChildren(long flowScopeKey) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM element_instance WHERE flow_scope_key = ? AND state = 'ACTIVE'",
            Integer.class,
            flowScopeKey);
    return count == null ? 0 : count;
  }

  /** The scope keys from this instance up to its process instance (this instance first). */
  public List<Long> scopeChain(long key) {
    List<Long> chain = new ArrayList<>();
    Long current = key;
    while (current != null) {
      chain.add(current);
      List<Long> parent =
          jdbc.query(
              "SELECT flow_scope_key FROM element_instance WHERE element_instance_key = ?",
              (rs, i) -> (Long) rs.getObject(1, Long.class),
              current);
      current = parent.isEmpty() ? null : parent.get(0);
    }
    return chain;
  }

  public void setLifecycle(long key, String lifecycle) {
    jdbc.update(
        "UPDATE element_instance SET lifecycle = ? WHERE element_instance_key = ?", lifecycle, key);
  }

  public void setListenerIndex(long key, int index) {
    jdbc.update(
        "UPDATE element_instance SET listener_index = ? WHERE element_instance_key = ?",
        index,
        key);
  }

  /** Ends the instance: COMPLETED or TERMINATED, with its end date. */
  public void end(long key, String finalState, long now) {
    jdbc.update(
        "UPDATE element_instance SET lifecycle = ?, state = ?, end_date = ?, incident_key = NULL"
            + " WHERE element_instance_key = ?",
        finalState,
        finalState,
        now,
        key);
  }

  public void setIncident(long key, Long incidentKey) {
    jdbc.update(
        "UPDATE element_instance SET incident_key = ? WHERE element_instance_key = ?",
        incidentKey,
        key);
  }

  public void setMultiInstance(long key, String collection, int completed) {
    jdbc.update(
        "UPDATE element_instance SET mi_collection = ?, mi_completed = ? WHERE"
            + " element_instance_key = ?",
        collection,
        completed,
        key);
  }
}
