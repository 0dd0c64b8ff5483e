package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.onramp.engine.api.EngineProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filter grammar of the Camunda 8 REST API: every property is a scalar (meaning {@code $eq}) or
 * an object of operators ({@code $eq $neq $exists $in $notIn $like $gt $gte $lt $lte}), all of
 * which must hold. The 8.8 client always sends empty {@code $in}/{@code $notIn} arrays, so empty
 * arrays mean "no constraint".
 */
final class Filters {

  /** LIKE escape character; '!' needs no escaping in SQL string literals on H2 or PostgreSQL. */
  private static final char ESCAPE = '!';

  private Filters() {}

  /** What an operator turns into, given its already parsed operand. */
  @FunctionalInterface
  private interface OperatorSink {
    void accept(String operator, Object operand);
  }

  static FilterField key(String sql) {
    return column(sql, ValueType.KEY, Set.of());
  }

  static FilterField string(String sql) {
    return column(sql, ValueType.STRING, Set.of());
  }

  static FilterField enumeration(String sql, Set<String> values) {
    return column(sql, ValueType.ENUM, values);
  }

  static FilterField column(String sql, ValueType type, Set<String> enumValues) {
    return (name, value, where) ->
        operators(
            name,
            value,
            type,
            enumValues,
            (operator, operand) -> where.add(columnPredicate(sql, operator, operand, where)));
  }

  /** A boolean property (Camunda sends plain booleans for these) decided by two SQL conditions. */
  static FilterField flag(String whenTrue, String whenFalse) {
    return (name, value, where) -> {
      if (value == null || value.isNull()) {
        return;
      }
      if (!value.isBoolean()) {
        throw ValueType.invalid(name, "a boolean", value);
      }
      where.add(value.booleanValue() ? whenTrue : whenFalse);
    };
  }

  /**
   * Membership in a JSON array of strings stored as text (e.g. {@code ["a","b"]}): the JSON form of
   * the value, quotes included, must occur in the text, which works on any database. A {@code
   * $like} pattern's '*' may span several elements; candidate names rarely make that matter.
   */
  static FilterField jsonArrayMember(String sql) {
    return (name, value, where) ->
        operators(
            name,
            value,
            ValueType.STRING,
            Set.of(),
            (operator, operand) -> where.add(memberPredicate(sql, operator, operand, where)));
  }

  /**
   * Applies {@code inner} to the rows of a correlated sub-query (which must end in a WHERE
   * condition) and asks that at least one such row exists.
   */
  static FilterField exists(String subquery, FilterField inner) {
    return (name, value, where) -> {
      Where nested = where.child();
      inner.apply(name, value, nested);
      if (!nested.isEmpty()) {
        where.add("EXISTS (" + subquery + " AND " + nested.sql() + ")");
      }
    };
  }

  /**
   * Camunda's variable value filters: an array of {@code {name, value}} where value is a string
   * property over the variable's JSON text; each entry asks for a variable with that name in the
   * scope given by {@code scopeKeySql}.
   */
  static FilterField variables(String scopeKeySql) {
    FilterField valueFilter = string("fv.var_value");
    return (name, value, where) -> {
      for (JsonNode entry : array(name, value)) {
        if (!entry.isObject()) {
          throw ValueType.invalid(name, "an array of {name, value} objects", value);
        }
        Where nested = where.child();
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
          switch (field.getKey()) {
            case "name" -> {
              Object variableName =
                  ValueType.STRING.parse(field.getValue(), name + ".name", Set.of());
              nested.add("fv.name = " + nested.bind(variableName));
            }
            case "value" -> valueFilter.apply(name + ".value", field.getValue(), nested);
            default -> throw unknownFilter(name + "." + field.getKey());
          }
        }
        if (!entry.hasNonNull("name")) {
          throw EngineProblem.invalidArgument("Each entry of '" + name + "' needs a name");
        }
        where.add(
            "EXISTS (SELECT 1 FROM variable fv WHERE fv.scope_key = "
                + scopeKeySql
                + " AND "
                + nested.sql()
                + ")");
      }
    };
  }

  /** Tags on process instances; this engine stores none, so asking for any tag matches nothing. */
  static FilterField noTags() {
    return (name, value, where) -> {
      List<JsonNode> tags = array(name, value);
      for (JsonNode tag : tags) {
        ValueType.STRING.parse(tag, name, Set.of());
      }
      if (!tags.isEmpty()) {
        where.add("1 = 0");
      }
    };
  }

  /** A filter the API defines but this engine cannot evaluate; refused rather than ignored. */
  static FilterField unsupported() {
    return (name, value, where) -> {
      if (value != null && !value.isNull()) {
        throw EngineProblem.invalidArgument("The filter '" + name + "' is not supported");
      }
    };
  }

  static EngineProblem unknownFilter(String name) {
    return EngineProblem.invalidArgument("Unknown filter field '" + name + "'");
  }

  /**
   * Converts a Camunda {@code $like} pattern ('*' any run, '?' one character, backslash escapes the
   * next character) into a SQL LIKE pattern using {@link #ESCAPE}.
   */
  static String likePattern(String pattern) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        appendLiteral(sql, pattern.charAt(++i));
      } else if (c == '*') {
        sql.append('%');
      } else if (c == '?') {
        sql.append('_');
      } else {
        appendLiteral(sql, c);
      }
    }
    return sql.toString();
  }

  private static String literalPattern(String text) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      appendLiteral(sql, text.charAt(i));
    }
    return sql.toString();
  }

  private static void appendLiteral(StringBuilder sql, char c) {
    if (c == '%' || c == '_' || c == ESCAPE) {
      sql.append(ESCAPE);
    }
    sql.append(c);
  }

  private static String like(String sql, String pattern, Where where) {
    return sql + " LIKE " + where.bind(pattern) + " ESCAPE '" + ESCAPE + "'";
  }

  private static String columnPredicate(String sql, String operator, Object operand, Where where) {
    return switch (operator) {
      case "$eq" -> sql + " = " + where.bind(operand);
      // Camunda's $neq/$notIn also match documents without the property, SQL's <> would not.
      case "$neq" -> sql + " IS NULL OR " + sql + " <> " + where.bind(operand);
      case "$exists" -> sql + ((Boolean) operand ? " IS NOT NULL" : " IS NULL");
      case "$in" -> sql + " IN (" + where.bind(operand) + ")";
      case "$notIn" -> sql + " IS NULL OR " + sql + " NOT IN (" + where.bind(operand) + ")";
      case "$like" -> like(sql, likePattern((String) operand), where);
      case "$gt" -> sql + " > " + where.bind(operand);
      case "$gte" -> sql + " >= " + where.bind(operand);
      case "$lt" -> sql + " < " + where.bind(operand);
      case "$lte" -> sql + " <= " + where.bind(operand);
      default -> throw new IllegalStateException(operator);
    };
  }

  private static String memberPredicate(String sql, String operator, Object operand, Where where) {
    return switch (operator) {
      case "$eq" -> contains(sql, (String) operand, where);
      case "$neq" -> "NOT (" + contains(sql, (String) operand, where) + ")";
      // every non-empty array of strings has a quote in its text
      case "$exists" -> sql + ((Boolean) operand ? " LIKE '%\"%'" : " NOT LIKE '%\"%'");
      case "$in" -> anyContains(sql, operand, where);
      case "$notIn" -> "NOT (" + anyContains(sql, operand, where) + ")";
      case "$like" -> like(sql, "%\"" + likePattern((String) operand) + "\"%", where);
      default -> throw new IllegalStateException(operator);
    };
  }

  private static String contains(String sql, String element, Where where) {
    return like(sql, "%" + literalPattern(TextNode.valueOf(element).toString()) + "%", where);
  }

  private static String anyContains(String sql, Object operand, Where where) {
    return ((List<?>) operand)
        .stream()
            .map(element -> contains(sql, (String) element, where))
            .collect(Collectors.joining(" OR "));
  }

  /**
   * Walks one filter property: a scalar means {@code $eq}; an object's operators are validated
   * against {@code type} and parsed; null operands and empty arrays are skipped.
   */
  private static void operators(
      String name, JsonNode value, ValueType type, Set<String> enumValues, OperatorSink sink) {
    if (value == null || value.isNull()) {
      return;
    }
    if (value.isArray()) {
      throw ValueType.invalid(name, "a value or an object of operators", value);
    }
    if (!value.isObject()) {
      sink.accept("$eq", type.parse(value, name, enumValues));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String operator = entry.getKey();
      JsonNode operand = entry.getValue();
      if (!type.allows(operator)) {
        throw EngineProblem.invalidArgument(
            "Unknown or unsupported operator '" + operator + "' for filter '" + name + "'");
      }
      if (operand.isNull()) {
        continue;
      }
      switch (operator) {
        case "$exists" -> {
          if (!operand.isBoolean()) {
            throw ValueType.invalid(name + "." + operator, "a boolean", operand);
          }
          sink.accept(operator, operand.booleanValue());
        }
        case "$in", "$notIn" -> {
          List<Object> values = new ArrayList<>();
          for (JsonNode element : array(name + "." + operator, operand)) {
            values.add(type.parse(element, name, enumValues));
          }
          if (!values.isEmpty()) {
            sink.accept(operator, values);
          }
        }
        case "$like" -> {
          if (!operand.isTextual()) {
            throw ValueType.invalid(name + "." + operator, "a string pattern", operand);
          }
          sink.accept(operator, operand.textValue());
        }
        default -> sink.accept(operator, type.parse(operand, name, enumValues));
      }
    }
  }

  /** The elements of an array property; null means none. */
  static List<JsonNode> array(String name, JsonNode value) {
    List<JsonNode> elements = new ArrayList<>();
    if (value == null || value.isNull()) {
      return elements;
    }
    if (!value.isArray()) {
      throw ValueType.invalid(name, "an array", value);
    }
    value.forEach(elements::add);
    return elements;
  }
}
