package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.onramp.engine.api.EngineProblem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kinds of values a filter property compares against, how their JSON form becomes a bind value
 * and which operators Camunda's {@code Advanced*Filter} types allow for them.
 */
enum ValueType {
  KEY(Set.of("$eq", "$neq", "$exists", "$in", "$notIn")),
  STRING(Set.of("$eq", "$neq", "$exists", "$in", "$notIn", "$like")),
  INTEGER(Set.of("$eq", "$neq", "$exists", "$gt", "$gte", "$lt", "$lte", "$in", "$notIn")),
  DATE(Set.of("$eq", "$neq", "$exists", "$gt", "$gte", "$lt", "$lte", "$in", "$notIn")),
  ENUM(Set.of("$eq", "$neq", "$exists", "$in", "$notIn", "$like"));

  private final Set<String> operators;

  ValueType(Set<String> operators) {
    this.operators = operators;
  }

  boolean allows(String operator) {
    return operators.contains(operator);
  }

  /**
   * Converts one JSON value to what the column holds: keys to long (clients send them as strings),
   * dates to epoch millis, enum names checked against {@code enumValues}.
   */
  Object parse(JsonNode node, String field, Set<String> enumValues) {
    switch (this) {
      case KEY:
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          return node.longValue();
        }
        if (node.isTextual()) {
          try {
            return Long.parseLong(node.textValue());
          } catch (NumberFormatException e) {
            // reported below
          }
        }
        throw invalid(field, "a key (an int64 as a decimal string)", node);
      case STRING:
        if (node.isTextual()) {
          return node.textValue();
        }
        throw invalid(field, "a string", node);
      case INTEGER:
        if (node.isIntegralNumber() && node.canConvertToInt()) {
          return node.intValue();
        }
        throw invalid(field, "an integer", node);
      case DATE:
        if (node.isTextual()) {
          try {
            return OffsetDateTime.parse(node.textValue()).toInstant().toEpochMilli();
          } catch (DateTimeParseException e) {
            // reported below
          }
        }
        throw invalid(field, "an ISO-8601 date-time with offset", node);
      case ENUM:
        if (node.isTextual() && enumValues.contains(node.textValue())) {
          return node.textValue();
        }
        throw invalid(field, "one of " + new TreeSet<>(enumValues), node);
      default:
        throw new IllegalStateException(name());
    }
  }

  /** Parses a key given in a request path. */
  static long pathKey(String text, String field) {
    return (Long) KEY.parse(TextNode.valueOf(text), field, Set.of());
  }

  static EngineProblem invalid(String field, String expected, JsonNode actual) {
    return EngineProblem.invalidArgument(
        "Invalid value for '" + field + "': expected " + expected + " but got " + actual);
  }
}
