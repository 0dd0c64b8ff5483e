package dev.onramp.engine.state;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sequence flows taken: history per instance, and tokens waiting at parallel joins. */
public final class FlowStore {

  private final JdbcTemplate jdbc;

  public FlowStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void recordTaken(ElementInstance scope, String flowId) {
    jdbc.update(
        "INSERT INTO sequence_flow (process_instance_key, sequence_flow_id,"
            + " process_definition_key, bpmn_process_id, tenant_id) VALUES (?, ?, ?, ?, ?)",
        scope.processInstanceKey(),
        flowId,
        scope.processDefinitionKey(),
        scope.bpmnProcessId(),
        scope.tenantId());
  }

  /** Adds a token on {@code flowId} at the join; returns the tokens per incoming flow. */
  public Map<String, Integer> arriveAtJoin(long flowScopeKey, String gatewayId, String flowId) {
    int updated =
        jdbc.update(
            "UPDATE taken_flow SET taken = taken + 1 WHERE flow_scope_key = ? AND gateway_id = ?"
                + " AND flow_id = ?",
            flowScopeKey,
            gatewayId,
            flowId);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO taken_flow (flow_scope_key, gateway_id, flow_id, taken) VALUES (?, ?, ?,"
              + " 1)",
          flowScopeKey,
          gatewayId,
          flowId);
    }
    Map<String, Integer> taken = new HashMap<>();
    jdbc.query(
        "SELECT flow_id, taken FROM taken_flow WHERE flow_scope_key = ? AND gateway_id = ?",
        rs -> {
          taken.put(rs.getString(1), rs.getInt(2));
        },
        flowScopeKey,
        gatewayId);
    return taken;
  }

  /** The join fires: one token of each incoming flow is consumed. */
  public void consumeJoin(long flowScopeKey, String gatewayId) {
    jdbc.update(
        "UPDATE taken_flow SET taken = taken - 1 WHERE flow_scope_key = ? AND gateway_id = ?",
        flowScopeKey,
        gatewayId);
    jdbc.update(
        "DELETE FROM taken_flow WHERE flow_scope_key = ? AND gateway_id = ? AND taken <= 0",
        flowScopeKey,
        gatewayId);
  }

  public boolean hasWaitingTokens(long flowScopeKey) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM taken_flow WHERE flow_scope_key = ?",
            Integer.class,
            flowScopeKey);
    return count != null && count > 0;
  }

  public void clearScope(long flowScopeKey) {
    jdbc.update("DELETE FROM taken_flow WHERE flow_scope_key = ?", flowScopeKey);
  }
}
