package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.Filters.flag;
import static dev.onramp.engine.api.search.Filters.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and get of element instances: every activation of a flow element, multi-instance bodies
 * included. The process itself is not an element instance here (Camunda's exporters skip it too).
 */
@RestController
@RequestMapping(path = "/v2/element-instances", produces = MediaType.APPLICATION_JSON_VALUE)
class ElementInstanceQueryController {

  static final Set<String> STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

  static final Set<String> TYPES =
      Set.of(
          "UNSPECIFIED",
          "PROCESS",
          "SUB_PROCESS",
          "EVENT_SUB_PROCESS",
          "AD_HOC_SUB_PROCESS",
          "AD_HOC_SUB_PROCESS_INNER_INSTANCE",
          "START_EVENT",
          "INTERMEDIATE_CATCH_EVENT",
          "INTERMEDIATE_THROW_EVENT",
          "BOUNDARY_EVENT",
          "END_EVENT",
          "SERVICE_TASK",
          "RECEIVE_TASK",
          "USER_TASK",
          "MANUAL_TASK",
          "TASK",
          "EXCLUSIVE_GATEWAY",
          "INCLUSIVE_GATEWAY",
          "PARALLEL_GATEWAY",
          "EVENT_BASED_GATEWAY",
          "SEQUENCE_FLOW",
          "MULTI_INSTANCE_BODY",
          "CALL_ACTIVITY",
          "BUSINESS_RULE_TASK",
          "SCRIPT_TASK",
          "SEND_TASK",
          "UNKNOWN");

  static final Resource RESOURCE =
      Resource.builder("element instance")
          .from("(SELECT * FROM element_instance WHERE type <> 'PROCESS') ei", "ei.*")
          .key("ei.element_instance_key")
          .field("elementInstanceKey", "ei.element_instance_key", ValueType.KEY)
          .field("processInstanceKey", "ei.process_instance_key", ValueType.KEY)
          .field("processDefinitionKey", "ei.process_definition_key", ValueType.KEY)
          .field("processDefinitionId", "ei.bpmn_process_id", ValueType.STRING)
          .field("elementId", "ei.element_id", ValueType.STRING)
          .field("elementName", "ei.element_name", ValueType.STRING)
          .enumField("type", "ei.type", TYPES)
          .enumField("state", "ei.state", STATES)
          .field("incidentKey", "ei.incident_key", ValueType.KEY)
          .field("startDate", "ei.start_date", ValueType.DATE)
          .field("endDate", "ei.end_date", ValueType.DATE)
          .field("tenantId", "ei.tenant_id", ValueType.STRING)
          .filter("elementInstanceScopeKey", key("ei.flow_scope_key"))
          .filter("hasIncident", flag("ei.incident_key IS NOT NULL", "ei.incident_key IS NULL"))
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("elementInstanceKey", "element_instance_key")
                      .key("processInstanceKey", "process_instance_key")
                      .key("processDefinitionKey", "process_definition_key")
                      .string("processDefinitionId", "bpmn_process_id")
                      .string("elementId", "element_id")
                      .string("elementName", "element_name")
                      .string("type", "type")
                      .string("state", "state")
                      .date("startDate", "start_date")
                      .date("endDate", "end_date")
                      .put("hasIncident", rs.getObject("incident_key") != null)
                      .key("incidentKey", "incident_key")
                      .string("tenantId", "tenant_id")
                      .node())
          .build();

  private final SearchExecutor search;

  ElementInstanceQueryController(SearchExecutor search) {
    this.search = search;
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
