package dev.onramp.engine.api.search;

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

/** Search and get of incidents. */
@RestController
@RequestMapping(path = "/v2/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
class IncidentQueryController {

  static final Set<String> STATES = Set.of("ACTIVE", "MIGRATED", "RESOLVED", "PENDING");
  static final Set<String> ERROR_TYPES =
      Set.of(
          "UNSPECIFIED",
          "UNKNOWN",
          "IO_MAPPING_ERROR",
          "JOB_NO_RETRIES",
          "EXECUTION_LISTENER_NO_RETRIES",
          "TASK_LISTENER_NO_RETRIES",
          "AD_HOC_SUB_PROCESS_NO_RETRIES",
          "CONDITION_ERROR",
          "EXTRACT_VALUE_ERROR",
          "CALLED_ELEMENT_ERROR",
          "UNHANDLED_ERROR_EVENT",
          "MESSAGE_SIZE_EXCEEDED",
          "CALLED_DECISION_ERROR",
          "DECISION_EVALUATION_ERROR",
          "FORM_NOT_FOUND",
          "RESOURCE_NOT_FOUND");

  static final Resource RESOURCE =
      Resource.builder("incident")
          .from("incident i", "i.*")
          .key("i.incident_key")
          .field("incidentKey", "i.incident_key", ValueType.KEY)
          .field("processDefinitionKey", "i.process_definition_key", ValueType.KEY)
          .field("processDefinitionId", "i.bpmn_process_id", ValueType.STRING)
          .field("processInstanceKey", "i.process_instance_key", ValueType.KEY)
          .enumField("errorType", "i.error_type", ERROR_TYPES)
          .field("errorMessage", "i.error_message", ValueType.STRING)
          .field("elementId", "i.element_id", ValueType.STRING)
          .field("elementInstanceKey", "i.element_instance_key", ValueType.KEY)
          .field("creationTime", "i.creation_time", ValueType.DATE)
          .enumField("state", "i.state", STATES)
          .field("jobKey", "i.job_key", ValueType.KEY)
          .field("tenantId", "i.tenant_id", ValueType.STRING)
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("incidentKey", "incident_key")
                      .key("processInstanceKey", "process_instance_key")
                      .key("processDefinitionKey", "process_definition_key")
                      .string("processDefinitionId", "bpmn_process_id")
                      .string("errorType", "error_type")
                      .string("errorMessage", "error_message")
                      .string("elementId", "element_id")
                      .key("elementInstanceKey", "element_instance_key")
                      .key("jobKey", "job_key")
                      .date("creationTime", "creation_time")
                      .string("state", "state")
                      .string("tenantId", "tenant_id")
                      .node())
          .build();

  private final SearchExecutor search;

  IncidentQueryController(SearchExecutor search) {
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
