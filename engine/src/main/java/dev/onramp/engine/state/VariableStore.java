package dev.onramp.engine.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Variables by scope, with Camunda 8's rules: a scope sees its own variables and those of every
 * enclosing scope, the nearest one winning.
 */
public final class VariableStore {

  private final JdbcTemplate jdbc;
  private final LongSupplier keys;

  public VariableStore(JdbcTemplate jdbc, LongSupplier keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  /** Every variable visible from the first scope of the chain, as JSON texts, nearest first. */
  public Map<String, String> visibleJson(List<Long> scopeChain) {
    String in = scopeChain.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<Long, Map<String, String>> byScope = new HashMap<>();
    jdbc.query(
        "SELECT scope_key, name, var_value FROM variable WHERE scope_key IN (" + in + ")",
        rs -> {
          byScope
              .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
              .put(rs.getString(2), rs.getString(3));
        });
    Map<String, String> visible = new LinkedHashMap<>();
    for (Long scope : scopeChain) {
      Map<String, String> variables = byScope.get(scope);
      if (variables != null) {
        variables.forEach(visible::putIfAbsent);
      }
    }
    return visible;
  }

  /** Visible variables as plain values, the context FEEL evaluates in. */
  public Map<String, Object> visible(List<Long> scopeChain) {
    Map<String, Object> values = new HashMap<>();
    visibleJson(scopeChain).forEach((name, json) -> values.put(name, Json.read(json)));
    return values;
  }

  public Map<String, String> localJson(long scopeKey) {
    Map<String, String> local = new LinkedHashMap<>();
    jdbc.query(
        "SELECT name, var_value FROM variable WHERE scope_key = ? ORDER BY variable_key",
        rs -> {
          local.put(rs.getString(1), rs.getString(2));
        },
        scopeKey);
    return local;
  }

  /** Creates or updates a variable on exactly this scope. */
  public void setLocal(
      long scopeKey, long processInstanceKey, String name, String json, String tenant) {
    int updated =
        jdbc.update(
            "UPDATE variable SET var_value = ? WHERE scope_key = ? AND name = ?",
            json,
            scopeKey,
            name);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO variable (variable_key, name, var_value, scope_key, process_instance_key,"
              + " tenant_id) VALUES (?, ?, ?, ?, ?, ?)",
          keys.getAsLong(),
          name,
          json,
          scopeKey,
          processInstanceKey,
          tenant);
    }
  }

  public void setAllLocal(
      long scopeKey, long processInstanceKey, Map<String, String> variables, String tenant) {
    variables.forEach((name, json) -> setLocal(scopeKey, processInstanceKey, name, json, tenant));
  }

  /**
   * Camunda's propagation: each variable is updated in the nearest scope of the chain that has it,
   * else created in the outermost scope (the process instance).
   */
  public void merge(
      List<Long> scopeChain,
      long processInstanceKey,
      Map<String, String> variables,
      String tenant) {
    if (variables.isEmpty()) {
      return;
    }
    String in = scopeChain.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<String, Map<Long, String>> existing = new HashMap<>();
    jdbc.query(
        "SELECT name, scope_key, var_value FROM variable WHERE scope_key IN (" + in + ")",
        rs -> {
          existing
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getLong(2), rs.getString(3));
        });
    long root = scopeChain.get(scopeChain.size() - 1);
    variables.forEach(
        (name, json) -> {
          Map<Long, String> holders = existing.get(name);
          if (holders == null) {
            insert(root, processInstanceKey, name, json, tenant);
            return;
          }
          for (Long scope : scopeChain) {
            if (holders.containsKey(scope)) {
              if (!json.equals(holders.get(scope))) {
                jdbc.update(
                    "UPDATE variable SET var_value = ? WHERE scope_key = ? AND name = ?",
                    json,
                    scope,
                    name);
              }
              return;
            }
          }
        });
  }

  private void insert(
      long scope, long processInstanceKey, String name, String json, String tenant) {
    jdbc.update(
        "INSERT INTO variable (variable_key, name, var_value, scope_key, process_instance_key,"
            + " tenant_id) VALUES (?, ?, ?, ?, ?, ?)",
        keys.getAsLong(),
        name,
        json,
        scope,
        processInstanceKey,
        tenant);
  }
}
