package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.Filters.flag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Search of jobs. */
@RestController
@RequestMapping(path = "/v2/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
class JobQueryController {

  static final Set<String> STATES =
      Set.of(
          "CANCELED",
          "COMPLETED",
          "CREATED",
          "ERROR_THROWN",
          "FAILED",
          "MIGRATED",
          "RETRIES_UPDATED",
          "TIMED_OUT");
  static final Set<String> KINDS =
      Set.of("BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER", "AD_HOC_SUB_PROCESS");
  static final Set<String> LISTENER_EVENT_TYPES =
      Set.of(
          "ASSIGNING",
          "CANCELING",
          "COMPLETING",
          "CREATING",
          "END",
          "START",
          "UNSPECIFIED",
          "UPDATING");

  private static final String FAILED_WITH_RETRIES = "j.state = 'FAILED' AND j.retries > 0";

  static final Resource RESOURCE =
      Resource.builder("job")
          .from("job j", "j.*")
          .key("j.job_key")
          .field("jobKey", "j.job_key", ValueType.KEY)
          .field("type", "j.type", ValueType.STRING)
          .field("worker", "j.worker", ValueType.STRING)
          .enumField("state", "j.state", STATES)
          .enumField("kind", "j.kind", KINDS)
          .enumField("listenerEventType", "j.listener_event_type", LISTENER_EVENT_TYPES)
          .field("retries", "j.retries", ValueType.INTEGER)
          .field("deadline", "j.deadline", ValueType.DATE)
          .field("endTime", "j.end_time", ValueType.DATE)
          .field("errorCode", "j.error_code", ValueType.STRING)
          .field("errorMessage", "j.error_message", ValueType.STRING)
          .field("elementId", "j.element_id", ValueType.STRING)
          .field("elementInstanceKey", "j.element_instance_key", ValueType.KEY)
          .field("processInstanceKey", "j.process_instance_key", ValueType.KEY)
          .field("processDefinitionKey", "j.process_definition_key", ValueType.KEY)
          .field("processDefinitionId", "j.bpmn_process_id", ValueType.STRING)
          .field("tenantId", "j.tenant_id", ValueType.STRING)
          // Denial belongs to task listeners, which this engine does not run.
          .field("deniedReason", "CAST(NULL AS VARCHAR(1))", ValueType.STRING)
          .filter("isDenied", flag("1 = 0", "1 = 1"))
          .sort("isDenied", "CAST(0 AS INT)")
          .filter(
              "hasFailedWithRetriesLeft",
              flag(FAILED_WITH_RETRIES, "NOT (" + FAILED_WITH_RETRIES + ")"))
          .sort(
              "hasFailedWithRetriesLeft", "CASE WHEN " + FAILED_WITH_RETRIES + " THEN 1 ELSE 0 END")
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("jobKey", "job_key")
                      .string("type", "type")
                      .string("worker", "worker")
                      .string("state", "state")
                      .string("kind", "kind")
                      .string("listenerEventType", "listener_event_type")
                      .integer("retries", "retries")
                      .date("deadline", "deadline")
                      .date("endTime", "end_time")
                      .string("errorCode", "error_code")
                      .string("errorMessage", "error_message")
                      .put("hasFailedWithRetriesLeft", failedWithRetries(rs))
                      .put("isDenied", false)
                      .put("deniedReason", (String) null)
                      .json("customHeaders", "custom_headers")
                      .string("elementId", "element_id")
                      .key("elementInstanceKey", "element_instance_key")
                      .key("processInstanceKey", "process_instance_key")
                      .key("processDefinitionKey", "process_definition_key")
                      .string("processDefinitionId", "bpmn_process_id")
                      .string("tenantId", "tenant_id")
                      .node())
          .build();

  private final SearchExecutor search;

  JobQueryController(SearchExecutor search) {
    this.search = search;
  }

  private static boolean failedWithRetries(ResultSet rs) throws SQLException {
    return "FAILED".equals(rs.getString("state")) && rs.getInt("retries") > 0;
  }

  @PostMapping("/search")
  ObjectNode search(@RequestBody(required = false) JsonNode request) {
    return search.search(RESOURCE, request);
  }
}
