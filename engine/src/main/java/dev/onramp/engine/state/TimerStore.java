package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Armed timers; a triggered or cancelled timer is deleted, a cycle is re-armed in place. */
public final class TimerStore {

  private static final RowMapper<Timer> MAPPER =
      (rs, i) ->
          new Timer(
              rs.getLong(1),
              (Long) rs.getObject(2, Long.class),
              (Long) rs.getObject(3, Long.class),
              rs.getLong(4),
              rs.getString(5),
              rs.getLong(6),
              rs.getInt(7),
              rs.getString(8),
              rs.getString(9));

  private static final String COLUMNS =
      "timer_key, element_instance_key, process_instance_key, process_definition_key, element_id,"
          + " due_date, repetitions, cycle, tenant_id";

  private final JdbcTemplate jdbc;

  public TimerStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Timer timer) {
    jdbc.update(
        "INSERT INTO timer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        timer.key(),
        timer.elementInstanceKey(),
        timer.processInstanceKey(),
        timer.processDefinitionKey(),
        timer.elementId(),
        timer.dueDate(),
        timer.repetitions(),
        timer.cycle(),
        timer.tenantId());
  }

  public Timer find(long key) {
    List<Timer> rows =
        jdbc.query("SELECT " + COLUMNS + " FROM timer WHERE timer_key = ?", MAPPER, key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public List<Timer> due(long now, int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM timer WHERE due_date <= ? ORDER BY due_date LIMIT ?",
        MAPPER,
        now,
        limit);
  }

  public Long nextDue() {
    return jdbc.queryForObject("SELECT MIN(due_date) FROM timer", Long.class);
  }

  public void rearm(long key, long dueDate, int repetitions) {
    jdbc.update(
        "UPDATE timer SET due_date = ?, repetitions = ? WHERE timer_key = ?",
        dueDate,
        repetitions,
        key);
  }

  public void delete(long key) {
    jdbc.update("DELETE FROM timer WHERE timer_key = ?", key);
  }

  public void deleteOf(long elementInstanceKey) {
    jdbc.update("DELETE FROM timer WHERE element_instance_key = ?", elementInstanceKey);
  }

  public void deleteStartTimersOf(long processDefinitionKey) {
    jdbc.update(
        "DELETE FROM timer WHERE process_definition_key = ? AND element_instance_key IS NULL",
        processDefinitionKey);
  }
}
