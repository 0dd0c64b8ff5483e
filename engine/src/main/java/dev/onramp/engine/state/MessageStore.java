package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Message subscriptions, buffered messages and the history of correlations. */
public final class MessageStore {

  private static final String SUBSCRIPTION_COLUMNS =
      "message_subscription_key, process_instance_key, process_definition_key, bpmn_process_id,"
          + " element_instance_key, element_id, message_name, correlation_key, interrupting,"
          + " tenant_id";

  private static final RowMapper<MessageSubscription> SUBSCRIPTION =
      (rs, i) ->
          new MessageSubscription(
              rs.getLong(1),
              rs.getLong(2),
              rs.getLong(3),
              rs.getString(4),
              rs.getLong(5),
              rs.getString(6),
              rs.getString(7),
              rs.getString(8),
              rs.getBoolean(9),
              rs.getString(10));

  private static final RowMapper<BufferedMessage> MESSAGE =
      (rs, i) ->
          new BufferedMessage(
              rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));

  private final JdbcTemplate jdbc;

  public MessageStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void openSubscription(MessageSubscription subscription, long now) {
    jdbc.update(
        "INSERT INTO message_subscription ("
            + SUBSCRIPTION_COLUMNS
            + ", state, last_updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?)",
        subscription.key(),
        subscription.processInstanceKey(),
        subscription.processDefinitionKey(),
        subscription.bpmnProcessId(),
        subscription.elementInstanceKey(),
        subscription.elementId(),
        subscription.messageName(),
        subscription.correlationKey(),
        subscription.interrupting(),
        subscription.tenantId(),
        now);
  }

  /** Open subscriptions waiting for this message, oldest first. */
  public List<MessageSubscription> openSubscriptions(String name, String correlationKey) {
    return jdbc.query(
        "SELECT "
            + SUBSCRIPTION_COLUMNS
            + " FROM message_subscription WHERE message_name = ? AND correlation_key = ? AND"
            + " state = 'CREATED' ORDER BY message_subscription_key",
        SUBSCRIPTION,
        name,
        correlationKey);
  }

  public MessageSubscription findOpen(long key) {
    List<MessageSubscription> rows =
        jdbc.query(
            "SELECT "
                + SUBSCRIPTION_COLUMNS
                + " FROM message_subscription WHERE message_subscription_key = ? AND state ="
                + " 'CREATED'",
            SUBSCRIPTION,
            key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void setSubscriptionState(long key, String state, long now) {
    jdbc.update(
        "UPDATE message_subscription SET state = ?, last_updated = ? WHERE"
            + " message_subscription_key = ?",
        state,
        now,
        key);
  }

  /** Closes every open subscription of a waiting element (it ended). */
  public void deleteSubscriptionsOf(long elementInstanceKey, long now) {
    jdbc.update(
        "UPDATE message_subscription SET state = 'DELETED', last_updated = ? WHERE"
            + " element_instance_key = ? AND state = 'CREATED'",
        now,
        elementInstanceKey);
  }

  public void buffer(
      long key,
      String name,
      String correlationKey,
      String messageId,
      String variables,
      long expiresAt,
      String tenantId) {
    jdbc.update(
        "INSERT INTO message (message_key, name, correlation_key, message_id, variables,"
            + " expires_at, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        key,
        name,
        correlationKey,
        messageId,
        variables,
        expiresAt,
        tenantId);
  }

  public boolean isBuffered(String name, String messageId, long now) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM message WHERE name = ? AND message_id = ? AND expires_at > ?",
            Integer.class,
            name,
            messageId,
            now);
    return count != null && count > 0;
  }

  /** Live buffered messages for a new subscription, not yet correlated to this process. */
  public List<BufferedMessage> bufferedFor(
      String name, String correlationKey, String bpmnProcessId, long now) {
    return jdbc.query(
        "SELECT m.message_key, m.name, m.correlation_key, m.variables, m.expires_at FROM message"
            + " m WHERE m.name = ? AND m.correlation_key = ? AND m.expires_at > ? AND NOT EXISTS"
            + " (SELECT 1 FROM message_correlation c WHERE c.message_key = m.message_key AND"
            + " c.bpmn_process_id = ?) ORDER BY m.message_key",
        MESSAGE,
        name,
        correlationKey,
        now,
        bpmnProcessId);
  }

  public void markCorrelated(long messageKey, String bpmnProcessId) {
    jdbc.update(
        "INSERT INTO message_correlation (message_key, bpmn_process_id) VALUES (?, ?)",
        messageKey,
        bpmnProcessId);
  }

  public void recordCorrelation(
      long messageKey,
      long subscriptionKey,
      String name,
      String correlationKey,
      String elementId,
      Long elementInstanceKey,
      long processInstanceKey,
      long processDefinitionKey,
      String bpmnProcessId,
      String tenantId,
      long now) {
    jdbc.update(
        "INSERT INTO correlated_message (message_key, subscription_key, message_name,"
            + " correlation_key, correlation_time, element_id, element_instance_key,"
            + " process_instance_key, process_definition_key, bpmn_process_id, tenant_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        messageKey,
        subscriptionKey,
        name,
        correlationKey,
        now,
        elementId,
        elementInstanceKey,
        processInstanceKey,
        processDefinitionKey,
        bpmnProcessId,
        tenantId);
  }

  public int deleteExpired(long now) {
    jdbc.update(
        "DELETE FROM message_correlation WHERE message_key IN (SELECT message_key FROM message"
            + " WHERE expires_at <= ?)",
        now);
    return jdbc.update("DELETE FROM message WHERE expires_at <= ?", now);
  }

  public Long nextExpiry() {
    return jdbc.queryForObject("SELECT MIN(expires_at) FROM message", Long.class);
  }
}
