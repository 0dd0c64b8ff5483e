package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.TestDatabase.json;
import static dev.onramp.engine.api.search.TestDatabase.millis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.api.EngineProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Field mapping and resource-specific filters of every search resource besides instances. */
class ResourceSearchTest {

  private static final long PI = 1001;
  private static final long SUB = 1100; // sub-process instance
  private static final long MI_BODY = 1200;
  private static final long TASK_A = 1201; // user task inside the multi-instance body
  private static final long TASK_B = 1300; // user task directly in the process

  private TestDatabase db;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    db.insert(
        "process_definition",
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "version",
        1,
        "name",
        "Order process",
        "resource_name",
        "order.bpmn",
        "resource",
        "<definitions v1/>",
        "checksum",
        "a",
        "deployment_key",
        1,
        "has_start_form",
        false,
        "tenant_id",
        "<default>");
    db.insert(
        "process_definition",
        "process_definition_key",
        101,
        "bpmn_process_id",
        "order",
        "version",
        2,
        "name",
        "Order process",
        "resource_name",
        "order.bpmn",
        "resource",
        "<definitions v2/>",
        "checksum",
        "b",
        "deployment_key",
        2,
        "has_start_form",
        true,
        "tenant_id",
        "<default>");
    element(PI, null, "order", "PROCESS", "ACTIVE", "2025-01-01T10:00:00Z", null);
    element(SUB, PI, "sub", "SUB_PROCESS", "ACTIVE", "2025-01-01T10:00:01Z", null);
    element(MI_BODY, SUB, "review", "MULTI_INSTANCE_BODY", "ACTIVE", "2025-01-01T10:00:02Z", null);
    element(TASK_A, MI_BODY, "review", "USER_TASK", "ACTIVE", "2025-01-01T10:00:03Z", null);
    element(TASK_B, PI, "approve", "USER_TASK", "COMPLETED", "2025-01-01T10:00:04Z", 1500L);
    variable(1, "x", "1", PI);
    variable(2, "x", "2", SUB);
    variable(3, "y", "\"root\"", PI);
    variable(4, "item", "{\"a\":1}", TASK_A);
    variable(5, "z", "3", TASK_B);
    userTask(TASK_A, "review", "CREATED", "[\"sales-eu\",\"ops\"]", "[]", null, 50);
    userTask(TASK_B, "approve", "COMPLETED", "[\"sales\"]", "[\"anna\"]", 7000L, 80);
    db.insert(
        "form",
        "form_key",
        7000,
        "form_id",
        "approve-form",
        "version",
        3,
        "resource_name",
        "f.form",
        "form_schema",
        "{\"components\":[]}",
        "checksum",
        "c",
        "deployment_key",
        1,
        "tenant_id",
        "<default>");
  }

  @Test
  void elementInstancesListEveryActivationButNotTheProcessItself() {
    Resource ei = ElementInstanceQueryController.RESOURCE;
    JsonNode all =
        db.search(
            ei,
            "{\"sort\":[{\"field\":\"startDate\",\"order\":\"ASC\"}],"
                + "\"filter\":{\"processInstanceKey\":\"1001\"},\"page\":{\"limit\":100}}");
    assertThat(values(all, "elementInstanceKey")).containsExactly("1100", "1200", "1201", "1300");
    JsonNode subProcess = all.get("items").get(0);
    assertThat(subProcess.get("type").asText()).isEqualTo("SUB_PROCESS");
    assertThat(subProcess.get("processDefinitionId").asText()).isEqualTo("order");
    assertThat(subProcess.get("startDate").asText()).isEqualTo("2025-01-01T10:00:01.000Z");
    assertThat(subProcess.get("hasIncident").asBoolean()).isFalse();

    assertThat(
            values(
                db.search(ei, "{\"filter\":{\"elementInstanceScopeKey\":\"1100\"}}"), "elementId"))
        .containsExactly("review");
    assertThat(
            values(
                db.search(
                    ei,
                    "{\"filter\":{\"type\":\"USER_TASK\",\"state\":{\"$eq\":\"ACTIVE\",\"$in\":[]},\"elementId\":\"review\"}}"),
                "elementInstanceKey"))
        .containsExactly("1201");
    JsonNode incident = db.search(ei, "{\"filter\":{\"hasIncident\":true}}").get("items").get(0);
    assertThat(incident.get("incidentKey").asText()).isEqualTo("1500");
    assertThat(incident.get("hasIncident").asBoolean()).isTrue();
    assertThatThrownBy(() -> db.search(ei, "{\"filter\":{\"type\":\"GATEWAY\"}}"))
        .isInstanceOf(EngineProblem.class)
        .hasMessageContaining("type");
  }

  @Test
  void variablesKeepJsonTextAndAreNeverTruncated() {
    Resource variables = VariableQueryController.RESOURCE;
    JsonNode result =
        db.search(
            variables,
            "{\"sort\":[],\"filter\":{\"name\":{\"$eq\":\"x\",\"$in\":[],\"$notIn\":[]},"
                + "\"scopeKey\":{\"$eq\":\"1001\",\"$in\":[],\"$notIn\":[]},"
                + "\"processInstanceKey\":{\"$eq\":\"1001\",\"$in\":[],\"$notIn\":[]}},"
                + "\"page\":{\"limit\":100}}");
    assertThat(result.get("items")).hasSize(1);
    JsonNode x = result.get("items").get(0);
    assertThat(x.get("value").asText()).isEqualTo("1");
    assertThat(x.get("isTruncated").isBoolean()).isTrue();
    assertThat(x.get("isTruncated").asBoolean()).isFalse();
    assertThat(x.get("scopeKey").asText()).isEqualTo("1001");
    assertThat(x.get("variableKey").asText()).isEqualTo("1");
    assertThat(values(db.search(variables, "{\"filter\":{\"value\":\"{\\\"a\\\":1}\"}}"), "name"))
        .containsExactly("item");
    assertThat(db.search(variables, "{\"filter\":{\"isTruncated\":true}}").get("items")).isEmpty();
    assertThat(db.executor.get(variables, "3").get("value").asText()).isEqualTo("\"root\"");
  }

  @Test
  void userTasksMapJsonColumnsAndDefinitionName() {
    Resource tasks = UserTaskQueryController.RESOURCE;
    JsonNode result =
        db.search(
            tasks,
            "{\"sort\":[{\"field\":\"creationDate\",\"order\":\"ASC\"}],"
                + "\"filter\":{\"state\":{\"$eq\":\"COMPLETED\",\"$in\":[]},\"elementId\":\"approve\","
                + "\"processInstanceVariables\":[],\"localVariables\":[],"
                + "\"processInstanceKey\":\"1001\"},\"page\":{\"limit\":100}}");
    assertThat(result.get("items")).hasSize(1);
    JsonNode task = result.get("items").get(0);
    assertThat(task.get("userTaskKey").asText()).isEqualTo("1300");
    assertThat(task.get("candidateGroups").isArray()).isTrue();
    assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("sales");
    assertThat(task.get("candidateUsers").get(0).asText()).isEqualTo("anna");
    assertThat(task.get("customHeaders").get("h").asText()).isEqualTo("v");
    assertThat(task.get("processName").asText()).isEqualTo("Order process");
    assertThat(task.get("formKey").asText()).isEqualTo("7000");
    assertThat(task.get("priority").asInt()).isEqualTo(80);
    assertThat(task.get("dueDate").isNull()).isTrue();
    assertThat(task.get("creationDate").asText()).isEqualTo("2025-01-01T10:00:00.000Z");
  }

  @Test
  void candidateFiltersMatchWholeArrayElements() {
    Resource tasks = UserTaskQueryController.RESOURCE;
    assertThat(taskKeys("{\"filter\":{\"candidateGroup\":\"sales\"}}")).containsExactly("1300");
    assertThat(taskKeys("{\"filter\":{\"candidateGroup\":{\"$eq\":\"ops\"}}}"))
        .containsExactly("1201");
    assertThat(taskKeys("{\"filter\":{\"candidateGroup\":{\"$in\":[\"ops\",\"sales\"]}}}"))
        .containsExactlyInAnyOrder("1201", "1300");
    assertThat(taskKeys("{\"filter\":{\"candidateGroup\":{\"$like\":\"sales*\"}}}"))
        .containsExactlyInAnyOrder("1201", "1300");
    assertThat(taskKeys("{\"filter\":{\"candidateGroup\":{\"$neq\":\"sales\"}}}"))
        .containsExactly("1201");
    assertThat(taskKeys("{\"filter\":{\"candidateUser\":{\"$exists\":true}}}"))
        .containsExactly("1300");
    assertThat(taskKeys("{\"filter\":{\"priority\":{\"$gte\":60}}}")).containsExactly("1300");
    assertThat(tasks.sorts()).containsKeys("creationDate", "priority", "name");
  }

  @Test
  void userTaskVariableFiltersUseTheirScopes() {
    assertThat(
            taskKeys(
                "{\"filter\":{\"processInstanceVariables\":[{\"name\":\"y\",\"value\":\"\\\"root\\\"\"}]}}"))
        .containsExactlyInAnyOrder("1201", "1300");
    assertThat(taskKeys("{\"filter\":{\"localVariables\":[{\"name\":\"item\"}]}}"))
        .containsExactly("1201");
    assertThat(taskKeys("{\"filter\":{\"localVariables\":[{\"name\":\"z\",\"value\":\"4\"}]}}"))
        .isEmpty();
  }

  @Test
  void userTaskSeesNearestVariablesOfItsScopeChain() {
    UserTaskQueryController controller = new UserTaskQueryController(db.executor, db.jdbc);
    JsonNode result =
        controller.searchVariables(
            Long.toString(TASK_A), json("{\"sort\":[{\"field\":\"name\"}]}"));
    assertThat(values(result, "name")).containsExactly("item", "x", "y");
    assertThat(result.get("items").get(1).get("value").asText()).isEqualTo("2"); // sub-process x
    assertThat(
            values(
                controller.searchVariables(
                    Long.toString(TASK_A), json("{\"filter\":{\"name\":{\"$in\":[\"y\"]}}}")),
                "scopeKey"))
        .containsExactly("1001");
    assertThat(values(controller.searchVariables("1300", null), "name"))
        .containsExactlyInAnyOrder("x", "y", "z");
    assertThatThrownBy(
            () -> controller.searchVariables("1300", json("{\"filter\":{\"scopeKey\":\"1\"}}")))
        .isInstanceOf(EngineProblem.class)
        .hasMessageContaining("scopeKey");
    assertThatThrownBy(() -> controller.searchVariables("9", null))
        .isInstanceOfSatisfying(
            EngineProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void userTaskFormIsLinkedOrAbsent() {
    UserTaskQueryController controller = new UserTaskQueryController(db.executor, db.jdbc);
    ResponseEntity<?> linked = controller.form("1300");
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode form = (JsonNode) linked.getBody();
    assertThat(form.get("formKey").asText()).isEqualTo("7000");
    assertThat(form.get("formId").asText()).isEqualTo("approve-form");
    assertThat(form.get("schema").asText()).isEqualTo("{\"components\":[]}");
    assertThat(form.get("version").asInt()).isEqualTo(3);
    assertThat(controller.form("1201").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThatThrownBy(() -> controller.form("4242"))
        .isInstanceOfSatisfying(
            EngineProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void jobs() {
    job(1, "FAILED", 2, "boom");
    job(2, "FAILED", 0, "boom");
    job(3, "CREATED", 3, null);
    Resource jobs = JobQueryController.RESOURCE;
    JsonNode result =
        db.search(jobs, "{\"sort\":[],\"filter\":{\"processInstanceKey\":{\"$eq\":\"1001\"}}}");
    assertThat(values(result, "jobKey")).containsExactly("1", "2", "3");
    JsonNode first = result.get("items").get(0);
    assertThat(first.get("customHeaders").get("k").asText()).isEqualTo("v");
    assertThat(first.get("deadline").asText()).isEqualTo("2025-01-01T10:05:00.000Z");
    assertThat(first.get("hasFailedWithRetriesLeft").asBoolean()).isTrue();
    assertThat(first.get("kind").asText()).isEqualTo("BPMN_ELEMENT");
    assertThat(
            values(db.search(jobs, "{\"filter\":{\"hasFailedWithRetriesLeft\":true}}"), "jobKey"))
        .containsExactly("1");
    assertThat(
            values(
                db.search(
                    jobs,
                    "{\"filter\":{\"state\":{\"$in\":[\"CREATED\"]},\"retries\":{\"$gt\":1}}}"),
                "jobKey"))
        .containsExactly("3");
    assertThat(
            values(
                db.search(jobs, "{\"filter\":{\"errorMessage\":{\"$exists\":false}}}"), "jobKey"))
        .containsExactly("3");
    assertThat(
            values(
                db.search(jobs, "{\"sort\":[{\"field\":\"retries\",\"order\":\"DESC\"}]}"),
                "jobKey"))
        .containsExactly("3", "1", "2");
  }

  @Test
  void incidents() {
    incident(1500, "ACTIVE", "JOB_NO_RETRIES", "2025-01-01T11:00:00Z");
    incident(1501, "RESOLVED", "IO_MAPPING_ERROR", "2025-01-01T10:30:00Z");
    Resource incidents = IncidentQueryController.RESOURCE;
    JsonNode active =
        db.search(
            incidents,
            "{\"sort\":[{\"field\":\"creationTime\",\"order\":\"ASC\"}],"
                + "\"filter\":{\"state\":\"ACTIVE\",\"processInstanceKey\":\"1001\"},"
                + "\"page\":{\"limit\":100}}");
    assertThat(values(active, "incidentKey")).containsExactly("1500");
    JsonNode item = active.get("items").get(0);
    assertThat(item.get("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
    assertThat(item.get("jobKey").asText()).isEqualTo("1");
    assertThat(item.get("creationTime").asText()).isEqualTo("2025-01-01T11:00:00.000Z");
    assertThat(
            values(
                db.search(incidents, "{\"sort\":[{\"field\":\"creationTime\"}]}"), "incidentKey"))
        .containsExactly("1501", "1500");
    assertThat(db.executor.get(incidents, "1501").get("state").asText()).isEqualTo("RESOLVED");
  }

  @Test
  void processDefinitions() {
    Resource definitions = ProcessDefinitionQueryController.RESOURCE;
    JsonNode result =
        db.search(
            definitions,
            "{\"sort\":[{\"field\":\"version\",\"order\":\"DESC\"}],"
                + "\"filter\":{\"processDefinitionId\":{\"$eq\":\"order\",\"$in\":[],\"$notIn\":[]}},"
                + "\"page\":{\"limit\":100}}");
    assertThat(values(result, "processDefinitionKey")).containsExactly("101", "100");
    JsonNode latest = result.get("items").get(0);
    assertThat(latest.get("version").asInt()).isEqualTo(2);
    assertThat(latest.get("hasStartForm").asBoolean()).isTrue();
    assertThat(latest.get("name").asText()).isEqualTo("Order process");
    assertThat(latest.get("resourceName").asText()).isEqualTo("order.bpmn");
    assertThat(latest.has("resource")).isFalse();
    assertThat(
            values(
                db.search(definitions, "{\"filter\":{\"isLatestVersion\":true}}"),
                "processDefinitionKey"))
        .containsExactly("101");
    assertThat(
            values(
                db.search(definitions, "{\"filter\":{\"isLatestVersion\":false}}"),
                "processDefinitionKey"))
        .containsExactly("100");

    ProcessDefinitionQueryController controller =
        new ProcessDefinitionQueryController(db.executor, db.jdbc);
    ResponseEntity<String> xml = controller.xml("100");
    assertThat(xml.getBody()).isEqualTo("<definitions v1/>");
    assertThat(
            xml.getHeaders()
                .getContentType()
                .isCompatibleWith(org.springframework.http.MediaType.TEXT_XML))
        .isTrue();
    assertThatThrownBy(() -> controller.xml("5"))
        .isInstanceOfSatisfying(
            EngineProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void messageSubscriptionsAndCorrelations() {
    subscription(1, "CREATED", "m", "k", "2025-01-01T10:00:05Z");
    subscription(2, "CORRELATED", "m", "k", "2025-01-01T10:00:06Z");
    db.insert(
        "correlated_message",
        "message_key",
        50,
        "subscription_key",
        2,
        "message_name",
        "m",
        "correlation_key",
        "k",
        "correlation_time",
        millis("2025-01-01T10:00:06Z"),
        "element_id",
        "catch",
        "element_instance_key",
        TASK_B,
        "process_instance_key",
        PI,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "tenant_id",
        "<default>");

    JsonNode waiting =
        db.search(
            MessageSubscriptionQueryController.SUBSCRIPTIONS,
            "{\"sort\":[{\"field\":\"lastUpdatedDate\",\"order\":\"ASC\"}],"
                + "\"filter\":{\"processInstanceKey\":{\"$eq\":\"1001\",\"$in\":[],\"$notIn\":[]},"
                + "\"messageSubscriptionState\":{\"$eq\":\"CREATED\",\"$in\":[]},"
                + "\"messageName\":{\"$eq\":\"m\",\"$in\":[],\"$notIn\":[]},"
                + "\"correlationKey\":{\"$eq\":\"k\",\"$in\":[],\"$notIn\":[]}},"
                + "\"page\":{\"limit\":100}}");
    assertThat(values(waiting, "messageSubscriptionKey")).containsExactly("1");
    JsonNode item = waiting.get("items").get(0);
    assertThat(item.get("messageSubscriptionState").asText()).isEqualTo("CREATED");
    assertThat(item.get("processDefinitionKey").asText()).isEqualTo("100");
    assertThat(item.get("lastUpdatedDate").asText()).isEqualTo("2025-01-01T10:00:05.000Z");

    JsonNode correlated =
        db.search(
            MessageSubscriptionQueryController.CORRELATIONS,
            "{\"sort\":[{\"field\":\"correlationTime\",\"order\":\"ASC\"}],"
                + "\"filter\":{\"processInstanceKey\":{\"$eq\":\"1001\"},\"messageName\":\"m\","
                + "\"partitionId\":1},\"page\":{\"limit\":100}}");
    assertThat(correlated.get("items")).hasSize(1);
    JsonNode correlation = correlated.get("items").get(0);
    assertThat(correlation.get("messageKey").asText()).isEqualTo("50");
    assertThat(correlation.get("subscriptionKey").asText()).isEqualTo("2");
    assertThat(correlation.get("partitionId").asInt()).isEqualTo(1);
    assertThat(correlation.get("correlationTime").asText()).isEqualTo("2025-01-01T10:00:06.000Z");
    assertThat(
            db.search(
                    MessageSubscriptionQueryController.CORRELATIONS,
                    "{\"sort\":[{\"field\":\"partitionId\"}],\"filter\":{\"partitionId\":2}}")
                .get("items"))
        .isEmpty();
  }

  private List<String> taskKeys(String request) {
    return values(db.search(UserTaskQueryController.RESOURCE, request), "userTaskKey");
  }

  private static List<String> values(JsonNode result, String field) {
    List<String> values = new ArrayList<>();
    result.get("items").forEach(item -> values.add(item.get(field).asText()));
    return values;
  }

  private void element(
      long key,
      Long scope,
      String elementId,
      String type,
      String state,
      String start,
      Long incident) {
    db.insert(
        "element_instance",
        "element_instance_key",
        key,
        "process_instance_key",
        PI,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "element_id",
        elementId,
        "element_name",
        null,
        "type",
        type,
        "state",
        state,
        "lifecycle",
        state,
        "flow_scope_key",
        scope,
        "start_date",
        millis(start),
        "incident_key",
        incident,
        "listener_index",
        0,
        "tenant_id",
        "<default>");
  }

  private void variable(long key, String name, String value, long scope) {
    db.insert(
        "variable",
        "variable_key",
        key,
        "name",
        name,
        "var_value",
        value,
        "scope_key",
        scope,
        "process_instance_key",
        PI,
        "tenant_id",
        "<default>");
  }

  private void userTask(
      long key,
      String elementId,
      String state,
      String groups,
      String users,
      Long formKey,
      int priority) {
    db.insert(
        "user_task",
        "user_task_key",
        key,
        "element_instance_key",
        key,
        "process_instance_key",
        PI,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "process_definition_version",
        1,
        "element_id",
        elementId,
        "name",
        elementId,
        "state",
        state,
        "candidate_groups",
        groups,
        "candidate_users",
        users,
        "priority",
        priority,
        "form_key",
        formKey,
        "custom_headers",
        "{\"h\":\"v\"}",
        "creation_date",
        millis("2025-01-01T10:00:00Z"),
        "tenant_id",
        "<default>");
  }

  private void job(long key, String state, int retries, String errorMessage) {
    db.insert(
        "job",
        "job_key",
        key,
        "type",
        "svc",
        "state",
        state,
        "activatable",
        false,
        "retries",
        retries,
        "deadline",
        millis("2025-01-01T10:05:00Z"),
        "error_message",
        errorMessage,
        "element_instance_key",
        TASK_B,
        "process_instance_key",
        PI,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "process_definition_version",
        1,
        "element_id",
        "approve",
        "custom_headers",
        "{\"k\":\"v\"}",
        "kind",
        "BPMN_ELEMENT",
        "listener_event_type",
        "UNSPECIFIED",
        "creation_time",
        millis("2025-01-01T10:00:00Z"),
        "tenant_id",
        "<default>");
  }

  private void incident(long key, String state, String type, String created) {
    db.insert(
        "incident",
        "incident_key",
        key,
        "process_instance_key",
        PI,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "element_id",
        "approve",
        "element_instance_key",
        TASK_B,
        "job_key",
        1,
        "error_type",
        type,
        "error_message",
        "boom",
        "state",
        state,
        "creation_time",
        millis(created),
        "failed_step",
        "JOB",
        "tenant_id",
        "<default>");
  }

  private void subscription(long key, String state, String name, String correlation, String at) {
    db.insert(
        "message_subscription",
        "message_subscription_key",
        key,
        "process_instance_key",
        PI,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "element_instance_key",
        TASK_B,
        "element_id",
        "catch",
        "message_name",
        name,
        "correlation_key",
        correlation,
        "state",
        state,
        "interrupting",
        true,
        "last_updated",
        millis(at),
        "tenant_id",
        "<default>");
  }
}
