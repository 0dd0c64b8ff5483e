package dev.onramp.engine.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Unique, increasing int64 keys shaped like Zeebe's (partition 1: {@code 2251799813685249 + n}).
 * Blocks of keys are reserved in their own committed transaction, so a rolled-back command never
 * hands out a key twice after a restart.
 */
public final class KeyGenerator {

  private static final int BLOCK = 10_000;

  private final DataSource dataSource;
  private long next;
  private long limit;

  public KeyGenerator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public synchronized long nextKey() {
    if (next >= limit) {
      reserve();
    }
    return next++;
  }

  private void reserve() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long start;
      try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT next_key FROM key_block WHERE id = 1 FOR UPDATE");
          ResultSet rs = select.executeQuery()) {
        rs.next();
        start = rs.getLong(1);
      }
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE key_block SET next_key = ? WHERE id = 1")) {
        update.setLong(1, start + BLOCK);
        update.executeUpdate();
      }
      connection.commit();
      next = start;
      limit = start + BLOCK;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reserve engine keys: " + e.getMessage(), e);
    }
  }
}
