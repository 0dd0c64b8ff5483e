package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.engine.api.EngineProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs search and get-by-key requests for a {@link Resource} straight against the engine tables:
 * the request's filter becomes a parameterised WHERE clause, its sort an ORDER BY over known
 * expressions, its page a LIMIT/OFFSET window.
 */
@Component
class SearchExecutor {

  private final NamedParameterJdbcTemplate jdbc;

  SearchExecutor(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ObjectNode search(Resource resource, JsonNode request) {
    return search(resource, request, where -> {});
  }

  /**
   * @param scope adds predicates the endpoint itself imposes (e.g. the variables a user task sees)
   */
  ObjectNode search(Resource resource, JsonNode request, Consumer<Where> scope) {
    if (request != null && !request.isNull() && !request.isObject()) {
      throw ValueType.invalid("body", "a search request object", request);
    }
    JsonNode body = request == null ? JsonNodeFactory.instance.objectNode() : request;
    Where where = new Where();
    scope.accept(where);
    applyFilter(resource, body.get("filter"), where);
    String orderBy = orderBy(resource, body.get("sort"));
    PageWindow page = PageWindow.of(body.get("page"));

    String fromWhere = " FROM " + resource.from() + " WHERE " + where.sql();
    MapSqlParameterSource params = where.params();
    Long total = jdbc.queryForObject("SELECT COUNT(*)" + fromWhere, params, Long.class);
    List<ObjectNode> items = List.of();
    if (page.limit() > 0) {
      params.addValue("pageLimit", page.limit()).addValue("pageOffset", page.from());
      items =
          jdbc.query(
              "SELECT "
                  + resource.select()
                  + fromWhere
                  + " ORDER BY "
                  + orderBy
                  + " LIMIT :pageLimit OFFSET :pageOffset",
              params,
              resource.mapper());
    }
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    ArrayNode array = response.putArray("items");
    items.forEach(array::add);
    response.set("page", page.response(total == null ? 0 : total, items.size()));
    return response;
  }

  Optional<ObjectNode> find(Resource resource, long key) {
    List<ObjectNode> rows =
        jdbc.query(
            "SELECT "
                + resource.select()
                + " FROM "
                + resource.from()
                + " WHERE "
                + resource.keyColumn()
                + " = :key",
            Map.of("key", key),
            resource.mapper());
    return rows.stream().findFirst();
  }

  /** The item with the key given in a request path, or a NOT_FOUND problem. */
  ObjectNode get(Resource resource, String pathKey) {
    long key = ValueType.pathKey(pathKey, resource.label() + " key");
    return find(resource, key).orElseThrow(() -> notFound(resource.label(), key));
  }

  static EngineProblem notFound(String label, long key) {
    String subject = Character.toUpperCase(label.charAt(0)) + label.substring(1);
    return EngineProblem.notFound(subject + " with key '" + key + "' not found");
  }

  private static void applyFilter(Resource resource, JsonNode filter, Where where) {
    if (filter == null || filter.isNull()) {
      return;
    }
    if (!filter.isObject()) {
      throw ValueType.invalid("filter", "an object", filter);
    }
    for (Map.Entry<String, JsonNode> field : filter.properties()) {
      String name = field.getKey();
      if ("$or".equals(name)) {
        applyOr(resource, field.getValue(), where);
        continue;
      }
      FilterField translator = resource.filters().get(name);
      if (translator == null) {
        throw EngineProblem.invalidArgument(
            "Unknown filter field '"
                + name
                + "' for "
                + resource.label()
                + " search; known fields: "
                + new TreeSet<>(resource.filters().keySet()));
      }
      translator.apply(name, field.getValue(), where);
    }
  }

  /** {@code $or}: a list of filter objects of the same resource, any of which may match. */
  private static void applyOr(Resource resource, JsonNode alternatives, Where where) {
    List<String> groups = new ArrayList<>();
    for (JsonNode alternative : Filters.array("$or", alternatives)) {
      if (!alternative.isObject()) {
        throw ValueType.invalid("$or", "an array of filter objects", alternatives);
      }
      Where group = where.child();
      applyFilter(resource, alternative, group);
      if (group.isEmpty()) {
        return; // an unconstrained alternative matches everything
      }
      groups.add(group.sql());
    }
    if (!groups.isEmpty()) {
      where.add("(" + String.join(") OR (", groups) + ")");
    }
  }

  private static String orderBy(Resource resource, JsonNode sort) {
    List<String> terms = new ArrayList<>();
    for (JsonNode criterion : Filters.array("sort", sort)) {
      JsonNode field = criterion.get("field");
      if (field == null || !field.isTextual()) {
        throw ValueType.invalid("sort.field", "a field name", criterion);
      }
      String sql = resource.sorts().get(field.textValue());
      if (sql == null) {
        throw EngineProblem.invalidArgument(
            "Unknown sort field '"
                + field.textValue()
                + "' for "
                + resource.label()
                + " search; known fields: "
                + new TreeSet<>(resource.sorts().keySet()));
      }
      terms.add(sql + " " + direction(criterion.get("order")) + " NULLS LAST");
    }
    terms.add(resource.tiebreak());
    return String.join(", ", terms);
  }

  private static String direction(JsonNode order) {
    if (order == null || order.isNull()) {
      return "ASC";
    }
    if (order.isTextual()) {
      String direction = order.textValue().toUpperCase(Locale.ROOT);
      if (direction.equals("ASC") || direction.equals("DESC")) {
        return direction;
      }
    }
    throw ValueType.invalid("sort.order", "ASC or DESC", order);
  }
}
