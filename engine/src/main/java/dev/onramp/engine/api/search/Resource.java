package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;

/**
 * One searchable resource of the REST API: where its rows come from, which API field names map to
 * which SQL expressions for filtering and sorting, and how a row becomes a response item.
 *
 * @param label singular name used in error messages ("process instance")
 * @param from FROM clause, tables aliased
 * @param select select list the {@code mapper} reads
 * @param keyColumn the resource key, for get-by-key (null when the resource has none)
 * @param tiebreak ORDER BY suffix making the order total, so that pages do not overlap
 */
record Resource(
    String label,
    String from,
    String select,
    String keyColumn,
    String tiebreak,
    Map<String, FilterField> filters,
    Map<String, String> sorts,
    RowMapper<ObjectNode> mapper) {

  static Builder builder(String label) {
    return new Builder(label);
  }

  static final class Builder {
    private final String label;
    private final Map<String, FilterField> filters = new LinkedHashMap<>();
    private final Map<String, String> sorts = new LinkedHashMap<>();
    private String from;
    private String select;
    private String keyColumn;
    private String tiebreak;
    private RowMapper<ObjectNode> mapper;

    private Builder(String label) {
      this.label = label;
    }

    Builder from(String from, String select) {
      this.from = from;
      this.select = select;
      return this;
    }

    /** The key column, which is also the tiebreak. */
    Builder key(String keyColumn) {
      this.keyColumn = keyColumn;
      this.tiebreak = keyColumn;
      return this;
    }

    Builder tiebreak(String tiebreak) {
      this.tiebreak = tiebreak;
      return this;
    }

    /** A column that can be filtered and sorted by. */
    Builder field(String name, String sql, ValueType type) {
      return filter(name, Filters.column(sql, type, Set.of())).sort(name, sql);
    }

    Builder enumField(String name, String sql, Set<String> values) {
      return filter(name, Filters.enumeration(sql, values)).sort(name, sql);
    }

    Builder filter(String name, FilterField filter) {
      filters.put(name, filter);
      return this;
    }

    Builder sort(String name, String sql) {
      sorts.put(name, sql);
      return this;
    }

    Builder mapper(RowMapper<ObjectNode> mapper) {
      this.mapper = mapper;
      return this;
    }

    Resource build() {
      return new Resource(
          label, from, select, keyColumn, tiebreak, Map.copyOf(filters), Map.copyOf(sorts), mapper);
    }
  }
}
