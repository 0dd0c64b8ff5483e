package dev.onramp.engine.api.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The predicates of one WHERE clause (joined with AND) and their bind values. Nested clauses (for
 * {@code $or} groups and EXISTS sub-queries) share the parameter source, so every bind name stays
 * unique across the whole statement.
 */
final class Where {

  private final MapSqlParameterSource params;
  private final List<String> predicates = new ArrayList<>();

  Where() {
    this(new MapSqlParameterSource());
  }

  private Where(MapSqlParameterSource params) {
    this.params = params;
  }

  /** Registers a bind value and returns the placeholder to put into the SQL text. */
  String bind(Object value) {
    String name = "p" + params.getValues().size();
    params.addValue(name, value);
    return ":" + name;
  }

  void add(String predicate) {
    predicates.add(predicate);
  }

  Where child() {
    return new Where(params);
  }

  boolean isEmpty() {
    return predicates.isEmpty();
  }

  String sql() {
    if (predicates.isEmpty()) {
      return "1 = 1";
    }
    return "(" + String.join(") AND (", predicates) + ")";
  }

  MapSqlParameterSource params() {
    return params;
  }
}
