package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.Filters.enumeration;
import static dev.onramp.engine.api.search.Filters.exists;
import static dev.onramp.engine.api.search.Filters.flag;
import static dev.onramp.engine.api.search.Filters.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Search and get of process instances, and the sequence flows an instance took. */
@RestController
@RequestMapping(path = "/v2/process-instances", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessInstanceQueryController {

  static final Set<String> STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

  private static final String ELEMENT_OF_INSTANCE =
      "SELECT 1 FROM element_instance fe WHERE fe.process_instance_key = pi.process_instance_key";
  private static final String FAILED_JOB_WITH_RETRIES =
      "EXISTS (SELECT 1 FROM job fj WHERE fj.process_instance_key = pi.process_instance_key"
          + " AND fj.state = 'FAILED' AND fj.retries > 0)";

  static final Resource RESOURCE =
      Resource.builder("process instance")
          .from(
              "process_instance pi LEFT JOIN process_definition pd"
                  + " ON pd.process_definition_key = pi.process_definition_key",
              "pi.*, pd.name AS definition_name, pd.version_tag AS definition_version_tag")
          .key("pi.process_instance_key")
          .field("processInstanceKey", "pi.process_instance_key", ValueType.KEY)
          .field("processDefinitionId", "pi.bpmn_process_id", ValueType.STRING)
          .field("processDefinitionName", "pd.name", ValueType.STRING)
          .field("processDefinitionVersion", "pi.process_definition_version", ValueType.INTEGER)
          .field("processDefinitionVersionTag", "pd.version_tag", ValueType.STRING)
          .field("processDefinitionKey", "pi.process_definition_key", ValueType.KEY)
          .field("parentProcessInstanceKey", "pi.parent_process_instance_key", ValueType.KEY)
          .field("parentElementInstanceKey", "pi.parent_element_instance_key", ValueType.KEY)
          .field("startDate", "pi.start_date", ValueType.DATE)
          .field("endDate", "pi.end_date", ValueType.DATE)
          .enumField("state", "pi.state", STATES)
          .field("tenantId", "pi.tenant_id", ValueType.STRING)
          .filter("hasIncident", flag("pi.incident_count > 0", "pi.incident_count = 0"))
          .sort("hasIncident", "CASE WHEN pi.incident_count > 0 THEN 1 ELSE 0 END")
          .filter("tags", Filters.noTags())
          .filter("variables", Filters.variables("pi.process_instance_key"))
          // Operate's list view: instances with an active incident carrying that message.
          .filter(
              "errorMessage",
              exists(
                  "SELECT 1 FROM incident fi WHERE fi.process_instance_key = pi.process_instance_key"
                      + " AND fi.state = 'ACTIVE'",
                  string("fi.error_message")))
          .filter("hasRetriesLeft", flag(FAILED_JOB_WITH_RETRIES, "NOT " + FAILED_JOB_WITH_RETRIES))
          .filter("elementId", exists(ELEMENT_OF_INSTANCE, string("fe.element_id")))
          .filter(
              "elementInstanceState",
              exists(
                  ELEMENT_OF_INSTANCE,
                  enumeration("fe.state", ElementInstanceQueryController.STATES)))
          .filter(
              "hasElementInstanceIncident",
              flag(
                  "EXISTS (" + ELEMENT_OF_INSTANCE + " AND fe.incident_key IS NOT NULL)",
                  "NOT EXISTS (" + ELEMENT_OF_INSTANCE + " AND fe.incident_key IS NOT NULL)"))
          // There are no batch operations here, so no instance belongs to one.
          .filter("batchOperationId", string("CAST(NULL AS VARCHAR(1))"))
          .filter("incidentErrorHashCode", Filters.unsupported())
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("processInstanceKey", "process_instance_key")
                      .string("processDefinitionId", "bpmn_process_id")
                      .string("processDefinitionName", "definition_name")
                      .integer("processDefinitionVersion", "process_definition_version")
                      .string("processDefinitionVersionTag", "definition_version_tag")
                      .key("processDefinitionKey", "process_definition_key")
                      .key("parentProcessInstanceKey", "parent_process_instance_key")
                      .key("parentElementInstanceKey", "parent_element_instance_key")
                      .date("startDate", "start_date")
                      .date("endDate", "end_date")
                      .string("state", "state")
                      .put("hasIncident", rs.getInt("incident_count") > 0)
                      .string("tenantId", "tenant_id")
                      .emptyArray("tags")
                      .node())
          .build();

  private final SearchExecutor search;
  private final NamedParameterJdbcTemplate jdbc;

  ProcessInstanceQueryController(SearchExecutor search, NamedParameterJdbcTemplate jdbc) {
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

  /** Each sequence flow the instance took, once, however often it was taken. */
  @GetMapping("/{key}/sequence-flows")
  ObjectNode sequenceFlows(@PathVariable("key") String key) {
    long instanceKey = ValueType.pathKey(key, "process instance key");
    if (search.find(RESOURCE, instanceKey).isEmpty()) {
      throw SearchExecutor.notFound(RESOURCE.label(), instanceKey);
    }
    List<ObjectNode> flows =
        jdbc.query(
            "SELECT DISTINCT sequence_flow_id, process_instance_key, process_definition_key,"
                + " bpmn_process_id, tenant_id FROM sequence_flow"
                + " WHERE process_instance_key = :key ORDER BY sequence_flow_id",
            Map.of("key", instanceKey),
            (rs, row) ->
                Item.of(rs)
                    .string("sequenceFlowId", "sequence_flow_id")
                    .key("processInstanceKey", "process_instance_key")
                    .key("processDefinitionKey", "process_definition_key")
                    .string("processDefinitionId", "bpmn_process_id")
                    .string("elementId", "sequence_flow_id")
                    .string("tenantId", "tenant_id")
                    .node());
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    ArrayNode items = response.putArray("items");
    flows.forEach(items::add);
    return response;
  }
}
