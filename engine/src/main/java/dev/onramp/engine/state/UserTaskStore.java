package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Camunda user tasks: CREATED while open (assigned or not), then COMPLETED or CANCELED. */
public final class UserTaskStore {

  private static final RowMapper<UserTask> MAPPER =
      (rs, i) ->
          new UserTask(
              rs.getLong(1),
              rs.getLong(2),
              rs.getLong(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7));

  private static final String COLUMNS =
      "user_task_key, element_instance_key, process_instance_key, element_id, state, assignee,"
          + " tenant_id";

  private final JdbcTemplate jdbc;

  public UserTaskStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What a new task is created with. */
  public record NewUserTask(
      long key,
      ElementInstance instance,
      int processDefinitionVersion,
      String name,
      String assignee,
      String candidateGroups,
      String candidateUsers,
      Long dueDate,
      Long followUpDate,
      int priority,
      Long formKey,
      String externalFormReference,
      String customHeaders) {}

  public void insert(NewUserTask task, long now) {
    ElementInstance instance = task.instance();
    jdbc.update(
        "INSERT INTO user_task (user_task_key, element_instance_key, process_instance_key,"
            + " process_definition_key, bpmn_process_id, process_definition_version, element_id,"
            + " name, state, assignee, candidate_groups, candidate_users, due_date,"
            + " follow_up_date, priority, form_key, external_form_reference, custom_headers,"
            + " creation_date, tenant_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        task.key(),
        instance.key(),
        instance.processInstanceKey(),
        instance.processDefinitionKey(),
        instance.bpmnProcessId(),
        task.processDefinitionVersion(),
        instance.elementId(),
        task.name(),
        task.assignee(),
        task.candidateGroups(),
        task.candidateUsers(),
        task.dueDate(),
        task.followUpDate(),
        task.priority(),
        task.formKey(),
        task.externalFormReference(),
        task.customHeaders(),
        now,
        instance.tenantId());
  }

  public UserTask find(long key) {
    List<UserTask> rows =
        jdbc.query("SELECT " + COLUMNS + " FROM user_task WHERE user_task_key = ?", MAPPER, key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public UserTask openTaskOf(long elementInstanceKey) {
    List<UserTask> rows =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM user_task WHERE element_instance_key = ? AND state = 'CREATED'",
            MAPPER,
            elementInstanceKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void assign(long key, String assignee) {
    jdbc.update("UPDATE user_task SET assignee = ? WHERE user_task_key = ?", assignee, key);
  }

  public void end(long key, String state, long now) {
    jdbc.update(
        "UPDATE user_task SET state = ?, completion_date = ? WHERE user_task_key = ?",
        state,
        now,
        key);
  }

  /** Applies the given columns of a task update; null values are left as they are. */
  public void update(
      long key,
      Long dueDate,
      Long followUpDate,
      String candidateGroups,
      String candidateUsers,
      Integer priority) {
    if (dueDate != null) {
      jdbc.update("UPDATE user_task SET due_date = ? WHERE user_task_key = ?", dueDate, key);
    }
    if (followUpDate != null) {
      jdbc.update(
          "UPDATE user_task SET follow_up_date = ? WHERE user_task_key = ?", followUpDate, key);
    }
    if (candidateGroups != null) {
      jdbc.update(
          "UPDATE user_task SET candidate_groups = ? WHERE user_task_key = ?",
          candidateGroups,
          key);
    }
    if (candidateUsers != null) {
      jdbc.update(
          "UPDATE user_task SET candidate_users = ? WHERE user_task_key = ?", candidateUsers, key);
    }
    if (priority != null) {
      jdbc.update("UPDATE user_task SET priority = ? WHERE user_task_key = ?", priority, key);
    }
  }
}
