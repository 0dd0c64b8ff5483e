package dev.onramp.app.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts a row whose unique key makes a job's effect idempotent, inside the caller's transaction.
 * A duplicate key means "already done" and leaves the transaction usable: the insert runs in a JDBC
 * savepoint that is rolled back, because PostgreSQL aborts a whole transaction on a failed
 * statement. (Spring's JPA transaction manager offers no savepoints with Hibernate, so this works
 * on the transaction's JDBC connection; the insert must go through JDBC on the same data source.)
 * Used by the audit log and the notifications.
 */
public final class UniqueInsert {

  private final DataSource dataSource;

  public UniqueInsert(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @param insert the JDBC insert
   * @return false if the insert hit a unique key (an equal row exists, or a concurrent transaction
   *     has just written one and committed)
   */
  public boolean unlessDuplicate(Runnable insert) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("UniqueInsert needs a transaction");
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Savepoint savepoint = savepoint(connection);
      try {
        insert.run();
      } catch (DuplicateKeyException alreadyThere) {
        rollback(connection, savepoint);
        return false;
      }
      release(connection, savepoint);
      return true;
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static Savepoint savepoint(Connection connection) {
    try {
      return connection.setSavepoint();
    } catch (SQLException e) {
      throw new CannotGetJdbcConnectionException("Could not set a savepoint", e);
    }
  }

  private static void rollback(Connection connection, Savepoint savepoint) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      throw new TransactionSystemException("Could not roll back to a savepoint", e);
    }
  }

  private static void release(Connection connection, Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new TransactionSystemException("Could not release a savepoint", e);
    }
  }
}
