package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.Filters.jsonArrayMember;
import static dev.onramp.engine.api.search.Filters.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.engine.api.EngineProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Search and get of user tasks, their linked form and the variables they see. */
@RestController
@RequestMapping(path = "/v2/user-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class UserTaskQueryController {

  static final Set<String> STATES =
      Set.of(
          "CREATING",
          "CREATED",
          "ASSIGNING",
          "UPDATING",
          "COMPLETING",
          "COMPLETED",
          "CANCELING",
          "CANCELED",
          "FAILED");

  static final Resource RESOURCE =
      Resource.builder("user task")
          .from(
              "user_task ut LEFT JOIN process_definition pd"
                  + " ON pd.process_definition_key = ut.process_definition_key",
              "ut.*, pd.name AS process_name")
          .key("ut.user_task_key")
          .field("userTaskKey", "ut.user_task_key", ValueType.KEY)
          .enumField("state", "ut.state", STATES)
          .field("assignee", "ut.assignee", ValueType.STRING)
          .field("priority", "ut.priority", ValueType.INTEGER)
          .field("elementId", "ut.element_id", ValueType.STRING)
          .field("name", "ut.name", ValueType.STRING)
          .filter("candidateGroup", jsonArrayMember("ut.candidate_groups"))
          .filter("candidateUser", jsonArrayMember("ut.candidate_users"))
          .field("tenantId", "ut.tenant_id", ValueType.STRING)
          .field("processDefinitionId", "ut.bpmn_process_id", ValueType.STRING)
          .field("creationDate", "ut.creation_date", ValueType.DATE)
          .field("completionDate", "ut.completion_date", ValueType.DATE)
          .field("followUpDate", "ut.follow_up_date", ValueType.DATE)
          .field("dueDate", "ut.due_date", ValueType.DATE)
          .filter("processInstanceVariables", variables("ut.process_instance_key"))
          .filter("localVariables", variables("ut.element_instance_key"))
          .field("processDefinitionKey", "ut.process_definition_key", ValueType.KEY)
          .field("processInstanceKey", "ut.process_instance_key", ValueType.KEY)
          .field("elementInstanceKey", "ut.element_instance_key", ValueType.KEY)
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("userTaskKey", "user_task_key")
                      .string("name", "name")
                      .string("state", "state")
                      .string("assignee", "assignee")
                      .string("elementId", "element_id")
                      .key("elementInstanceKey", "element_instance_key")
                      .json("candidateGroups", "candidate_groups")
                      .json("candidateUsers", "candidate_users")
                      .string("processDefinitionId", "bpmn_process_id")
                      .key("processDefinitionKey", "process_definition_key")
                      .integer("processDefinitionVersion", "process_definition_version")
                      .key("processInstanceKey", "process_instance_key")
                      .string("processName", "process_name")
                      .key("formKey", "form_key")
                      .date("creationDate", "creation_date")
                      .date("completionDate", "completion_date")
                      .date("dueDate", "due_date")
                      .date("followUpDate", "follow_up_date")
                      .integer("priority", "priority")
                      .json("customHeaders", "custom_headers")
                      .string("externalFormReference", "external_form_reference")
                      .string("tenantId", "tenant_id")
                      .node())
          .build();

  private final SearchExecutor search;
  private final NamedParameterJdbcTemplate jdbc;

  UserTaskQueryController(SearchExecutor search, NamedParameterJdbcTemplate jdbc) {
    this.search = search;
    this.jdbc = jdbc;
  }

  @PostMapping("/search")
  ObjectNode search(@RequestBody(required = false) JsonNode request) {
    return search.search(RESOURCE, request);
  }

  @GetMapping("/{key}")
  ObjectNode get(@PathVariable("key") String key) {
    return search.get(RESOURCE, key);
  }

  /** The linked form; 204 when the task has none, as the client expects. */
  @GetMapping("/{key}/form")
  ResponseEntity<ObjectNode> form(@PathVariable("key") String key) {
    long taskKey = ValueType.pathKey(key, "user task key");
    List<Optional<Long>> formKeys =
        jdbc.query(
            "SELECT form_key FROM user_task WHERE user_task_key = :key",
            Map.of("key", taskKey),
            (rs, row) -> Optional.ofNullable(rs.getObject("form_key", Long.class)));
    if (formKeys.isEmpty()) {
      throw SearchExecutor.notFound(RESOURCE.label(), taskKey);
    }
    if (formKeys.get(0).isEmpty()) {
      return ResponseEntity.noContent().build();
    }
    long formKey = formKeys.get(0).get();
    List<ObjectNode> forms =
        jdbc.query(
            "SELECT form_key, form_id, form_schema, version, tenant_id FROM form"
                + " WHERE form_key = :key",
            Map.of("key", formKey),
            (rs, row) ->
                Item.of(rs)
                    .key("formKey", "form_key")
                    .string("formId", "form_id")
                    // Zeebe returns the schema as JSON text, not as an object
                    .string("schema", "form_schema")
                    .integer("version", "version")
                    .string("tenantId", "tenant_id")
                    .node());
    if (forms.isEmpty()) {
      throw EngineProblem.notFound(
          "Form with key '" + formKey + "' of user task '" + taskKey + "' not found");
    }
    return ResponseEntity.ok(forms.get(0));
  }

  /**
   * The variables visible to the task: those of its element instance and of every enclosing flow
   * scope up to the process instance, the nearest scope winning when names repeat.
   */
  @PostMapping("/{key}/variables/search")
  ObjectNode searchVariables(
      @PathVariable("key") String key, @RequestBody(required = false) JsonNode request) {
    long taskKey = ValueType.pathKey(key, "user task key");
    List<Long> elementInstances =
        jdbc.queryForList(
            "SELECT element_instance_key FROM user_task WHERE user_task_key = :key",
            Map.of("key", taskKey),
            Long.class);
    if (elementInstances.isEmpty()) {
      throw SearchExecutor.notFound(RESOURCE.label(), taskKey);
    }
    List<Long> visible = visibleVariables(scopeChain(elementInstances.get(0)));
    return search.search(
        VariableQueryController.TASK_VARIABLES,
        request,
        where ->
            where.add(
                visible.isEmpty() ? "1 = 0" : "v.variable_key IN (" + where.bind(visible) + ")"));
  }

  /** The element instance and its flow scopes, innermost first. */
  private List<Long> scopeChain(long elementInstanceKey) {
    List<Long> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Long current = elementInstanceKey;
    while (current != null && seen.add(current)) {
      chain.add(current);
      List<Long> parents =
          jdbc.query(
              "SELECT flow_scope_key FROM element_instance WHERE element_instance_key = :key",
              Map.of("key", current),
              (rs, row) -> rs.getObject("flow_scope_key", Long.class));
      current = parents.isEmpty() ? null : parents.get(0);
    }
    return chain;
  }

  private List<Long> visibleVariables(List<Long> chain) {
    Map<Long, Integer> depth = new HashMap<>();
    for (int i = 0; i < chain.size(); i++) {
      depth.put(chain.get(i), i);
    }
    Map<String, long[]> nearest = new HashMap<>(); // name -> {depth, variable key}
    jdbc.query(
        "SELECT variable_key, name, scope_key FROM variable WHERE scope_key IN (:scopes)",
        Map.of("scopes", chain),
        rs -> {
          long candidateDepth = depth.get(rs.getLong("scope_key"));
          long[] candidate = {candidateDepth, rs.getLong("variable_key")};
          nearest.merge(rs.getString("name"), candidate, (a, b) -> a[0] <= b[0] ? a : b);
        });
    return nearest.values().stream().map(entry -> entry[1]).toList();
  }
}
