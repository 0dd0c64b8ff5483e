package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.Filters.flag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and get of variables. Values are the stored JSON text, never truncated (CPT unboxes {@code
 * isTruncated}, so it must not be null).
 */
@RestController
@RequestMapping(path = "/v2/variables", produces = MediaType.APPLICATION_JSON_VALUE)
class VariableQueryController {

  static final Resource RESOURCE =
      base("variable")
          .field("variableKey", "v.variable_key", ValueType.KEY)
          .field("scopeKey", "v.scope_key", ValueType.KEY)
          .field("processInstanceKey", "v.process_instance_key", ValueType.KEY)
          .field("value", "v.var_value", ValueType.STRING)
          .field("tenantId", "v.tenant_id", ValueType.STRING)
          .filter("isTruncated", flag("1 = 0", "1 = 1"))
          .build();

  /** The variables of a user task, whose filter only knows the name. */
  static final Resource TASK_VARIABLES =
      base("user task variable")
          .sort("variableKey", "v.variable_key")
          .sort("scopeKey", "v.scope_key")
          .sort("processInstanceKey", "v.process_instance_key")
          .sort("value", "v.var_value")
          .sort("tenantId", "v.tenant_id")
          .build();

  private final SearchExecutor search;

  VariableQueryController(SearchExecutor search) {
    this.search = search;
  }

  private static Resource.Builder base(String label) {
    return Resource.builder(label)
        .from("variable v", "v.*")
        .key("v.variable_key")
        .field("name", "v.name", ValueType.STRING)
        .mapper(
            (rs, row) ->
                Item.of(rs)
                    .key("variableKey", "variable_key")
                    .string("name", "name")
                    .string("value", "var_value")
                    .put("isTruncated", false)
                    .key("scopeKey", "scope_key")
                    .key("processInstanceKey", "process_instance_key")
                    .string("tenantId", "tenant_id")
                    .node());
  }

  @PostMapping("/search")
  ObjectNode search(@RequestBody(required = false) JsonNode request) {
    return search.search(RESOURCE, request);
  }

  @GetMapping("/{key}")
  ObjectNode get(@PathVariable("key") String key) {
    return search.get(RESOURCE, key);
  }
}
