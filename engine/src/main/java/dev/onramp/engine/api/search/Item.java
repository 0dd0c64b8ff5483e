package dev.onramp.engine.api.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds one response item from a result row in the API's encoding: keys as decimal strings, dates
 * as ISO-8601 with offset and millis, stored JSON text as JSON, SQL NULL as JSON null.
 */
final class Item {

  /** Only parses stored JSON text into trees, which needs no application configuration. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private final ResultSet rs;
  private final ObjectNode node = JsonNodeFactory.instance.objectNode();

  private Item(ResultSet rs) {
    this.rs = rs;
  }

  static Item of(ResultSet rs) {
    return new Item(rs);
  }

  Item key(String field, String column) throws SQLException {
    long value = rs.getLong(column);
    node.put(field, rs.wasNull() ? null : Long.toString(value));
    return this;
  }

  Item string(String field, String column) throws SQLException {
    node.put(field, rs.getString(column));
    return this;
  }

  Item integer(String field, String column) throws SQLException {
    int value = rs.getInt(column);
    node.put(field, rs.wasNull() ? null : value);
    return this;
  }

  Item date(String field, String column) throws SQLException {
    long value = rs.getLong(column);
    node.put(field, rs.wasNull() ? null : DATE.format(Instant.ofEpochMilli(value)));
    return this;
  }

  Item bool(String field, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    node.put(field, rs.wasNull() ? null : value);
    return this;
  }

  /** A column holding a JSON document as text, emitted as that document. */
  Item json(String field, String column) throws SQLException {
    String text = rs.getString(column);
    if (text == null) {
      node.putNull(field);
      return this;
    }
    try {
      node.set(field, JSON.readTree(text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Column " + column + " does not hold JSON: " + text, e);
    }
    return this;
  }

  Item put(String field, String value) {
    node.put(field, value);
    return this;
  }

  Item put(String field, Boolean value) {
    node.put(field, value);
    return this;
  }

  Item put(String field, Integer value) {
    node.put(field, value);
    return this;
  }

  Item emptyArray(String field) {
    node.putArray(field);
    return this;
  }

  ObjectNode node() {
    return node;
  }
}
