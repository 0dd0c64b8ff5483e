package dev.onramp.engine.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * One engine writes to a database. The lock is a row update held in an open transaction on a
 * connection of its own: a second engine waits a second for the row and refuses to start; when the
 * holder dies (even {@code kill -9}) its connection dies and the lock is free.
 */
public final class WriterLock implements AutoCloseable {

  private final Connection connection;

  private WriterLock(Connection connection) {
    this.connection = connection;
  }

  public static WriterLock acquire(DataSource dataSource, String owner) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      try (Statement timeout = connection.createStatement()) {
        timeout.execute(
            product.contains("postgres") ? "SET lock_timeout = '2s'" : "SET LOCK_TIMEOUT 2000");
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE engine_lock SET owner = ?, acquired_at = ? WHERE id = 1")) {
        update.setString(1, owner);
        update.setLong(2, Instant.now().toEpochMilli());
        update.executeUpdate();
      }
      return new WriterLock(connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException(
          "Another engine is already writing to this database; only one engine may use it at a"
              + " time ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  @Override
  public void close() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is closed next anyway
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing more to release
      }
    }
  }
}
