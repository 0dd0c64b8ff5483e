package dev.onramp.engine.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Durability for the command loop's batches. With a {@link Journal} (H2 files) every batch is
 * appended to the journal before it commits, the database writes its pages lazily, and a periodic
 * {@code CHECKPOINT} lets the journal start over. Without one (PostgreSQL, whose commit is
 * durable), it does nothing.
 */
public final class WriteAhead implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WriteAhead.class);
  private static final long CHECKPOINT_MILLIS = 5_000;
  private static final int CHECKPOINT_BATCHES = 5_000;

  /** Tables whose keys come from the key generator (to move it past anything replayed). */
  private static final List<String> KEY_COLUMNS =
      List.of(
          "deployment.deployment_key",
          "process_definition.process_definition_key",
          "form.form_key",
          "process_instance.process_instance_key",
          "element_instance.element_instance_key",
          "variable.variable_key",
          "job.job_key",
          "user_task.user_task_key",
          "timer.timer_key",
          "message_subscription.message_subscription_key",
          "message.message_key",
          "correlated_message.message_key",
          "incident.incident_key");

  private final Journal journal;
  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private long batch;
  private long batchesSinceCheckpoint;
  private long lastCheckpoint = System.currentTimeMillis();

  private WriteAhead(Journal journal, DataSource dataSource) {
    this.journal = journal;
    this.dataSource = dataSource;
    this.jdbc = dataSource == null ? null : new JdbcTemplate(dataSource);
  }

  public static WriteAhead none() {
    return new WriteAhead(null, null);
  }

  /** Replays what the database misses from the journal, then journals from there on. */
  public static WriteAhead recover(Journal journal, DataSource dataSource) {
    WriteAhead writeAhead = new WriteAhead(journal, dataSource);
    writeAhead.batch = writeAhead.replay();
    writeAhead.checkpoint();
    return writeAhead;
  }

  public Journal journal() {
    return journal;
  }

  /** Where the next command's writes begin. */
  public int mark() {
    return journal == null ? 0 : journal.mark();
  }

  /** The command was rolled back: its writes are not part of the batch. */
  public void rollbackTo(int mark) {
    if (journal != null) {
      journal.rollbackTo(mark);
    }
  }

  /** Inside the batch's transaction, before it commits. */
  public void beforeCommit() {
    if (journal == null) {
      return;
    }
    batch++;
    jdbc.update("UPDATE journal_position SET batch = ? WHERE id = 1", batch);
    journal.append(batch);
  }

  /** After the commit: now and then, flush the database and start the journal over. */
  public void afterCommit() {
    if (journal == null) {
      return;
    }
    batchesSinceCheckpoint++;
    if (batchesSinceCheckpoint >= CHECKPOINT_BATCHES
        || System.currentTimeMillis() - lastCheckpoint >= CHECKPOINT_MILLIS) {
      checkpoint();
    }
  }

  private void checkpoint() {
    jdbc.execute("CHECKPOINT");
    journal.truncate();
    batchesSinceCheckpoint = 0;
    lastCheckpoint = System.currentTimeMillis();
  }

  /**
   * @return the last batch the database holds after the replay
   */
  private long replay() {
    List<Journal.Batch> batches = journal.readAll();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long position = position(connection);
      int replayed = 0;
      for (Journal.Batch record : batches) {
        if (record.number() <= position) {
          continue;
        }
        for (Journal.Statement statement : record.statements()) {
          try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.args().length; i++) {
              prepared.setObject(i + 1, statement.args()[i]);
            }
            prepared.executeUpdate();
          }
        }
        try (PreparedStatement update =
            connection.prepareStatement("UPDATE journal_position SET batch = ? WHERE id = 1")) {
          update.setLong(1, record.number());
          update.executeUpdate();
        }
        connection.commit();
        position = record.number();
        replayed++;
      }
      moveKeysPastReplayedRows(connection);
      connection.commit();
      if (replayed > 0) {
        LOG.info("Replayed {} command batches from the journal {}", replayed, journal.file());
      }
      return position;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot replay the engine journal " + journal.file() + ": " + e.getMessage(), e);
    }
  }

  private static long position(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT batch FROM journal_position WHERE id = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Key blocks are reserved outside the batches: never hand out a key a replayed row has. */
  private static void moveKeysPastReplayedRows(Connection connection) throws SQLException {
    long max = 0;
    try (Statement statement = connection.createStatement()) {
      for (String column : KEY_COLUMNS) {
        String[] parts = column.split("\\.");
        try (ResultSet rs =
            statement.executeQuery("SELECT MAX(" + parts[1] + ") FROM " + parts[0])) {
          if (rs.next()) {
            max = Math.max(max, rs.getLong(1));
          }
        }
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE key_block SET next_key = ? WHERE id = 1 AND next_key <= ?")) {
      update.setLong(1, max + 1);
      update.setLong(2, max);
      update.executeUpdate();
    }
  }

  @Override
  public void close() {
    if (journal != null) {
      checkpoint();
      journal.close();
    }
  }
}
