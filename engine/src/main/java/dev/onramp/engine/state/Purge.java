package dev.onramp.engine.state;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deletes every deployment, instance, job, task, message and incident (tests and development). */
public final class Purge {

  /** Children first. The writer lock and the key sequence stay: keys never repeat. */
  private static final List<String> TABLES =
      List.of(
          "correlated_message",
          "message_correlation",
          "message",
          "message_subscription",
          "timer",
          "incident",
          "user_task",
          "job",
          "variable",
          "sequence_flow",
          "taken_flow",
          "element_instance",
          "process_instance",
          "form",
          "process_definition",
          "deployment");

  private final JdbcTemplate jdbc;

  public Purge(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void deleteEverything() {
    for (String table : TABLES) {
      jdbc.update("DELETE FROM " + table);
    }
  }
}
