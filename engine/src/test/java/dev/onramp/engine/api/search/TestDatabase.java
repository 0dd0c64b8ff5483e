package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** A fresh in-memory H2 database with the engine schema, and terse row inserts for fixtures. */
final class TestDatabase {

  static final ObjectMapper JSON = new ObjectMapper();

  final NamedParameterJdbcTemplate jdbc;
  final SearchExecutor executor;

  TestDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(
          connection, new ClassPathResource("db/engine/V1__engine_schema.sql"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    jdbc = new NamedParameterJdbcTemplate(dataSource);
    executor = new SearchExecutor(jdbc);
  }

  /** Inserts a row given as alternating column names and values. */
  void insert(String table, Object... columnsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    jdbc.update(
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", row.keySet())
            + ") VALUES (:"
            + String.join(", :", row.keySet())
            + ")",
        row);
  }

  JsonNode search(Resource resource, String request) {
    return executor.search(resource, json(request));
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static long millis(String isoDateTime) {
    return OffsetDateTime.parse(isoDateTime).toInstant().toEpochMilli();
  }
}
