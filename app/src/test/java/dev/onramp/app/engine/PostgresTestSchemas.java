package dev.onramp.app.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A schema of its own per app context in the test PostgreSQL database, so contexts never see each
 * other's rows; all are dropped when the test JVM exits.
 */
final class PostgresTestSchemas {

  private static final List<String[]> CREATED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestSchemas::dropAll));
  }

  private PostgresTestSchemas() {}

  static String newSchema(String url, String user, String password) {
    String schema = "app_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema in " + url, e);
    }
    CREATED.add(new String[] {url, user, password, schema});
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void dropAll() {
    for (String[] created : CREATED) {
      try (Connection c = DriverManager.getConnection(created[0], created[1], created[2]);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + created[3] + " CASCADE");
      } catch (SQLException e) {
        // The JVM is exiting; a schema left behind is only clutter in a test database.
      }
    }
  }
}
