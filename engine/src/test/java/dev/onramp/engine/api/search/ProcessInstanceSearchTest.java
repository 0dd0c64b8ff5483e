package dev.onramp.engine.api.search;

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

/** The filter grammar, sorting and paging, exercised on process instances. */
class ProcessInstanceSearchTest {

  private static final Resource PI = ProcessInstanceQueryController.RESOURCE;

  private TestDatabase db;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    definition(100, "order", 1, "Order process", "v1");
    definition(101, "order", 2, "Order process", null);
    definition(102, "invoice", 1, null, null);
    instance(1001, 100, "order", 1, "ACTIVE", "2025-01-01T10:00:00Z", null, 0, null);
    instance(
        1002,
        101,
        "order",
        2,
        "COMPLETED",
        "2025-01-02T10:00:00Z",
        "2025-01-02T11:00:00Z",
        0,
        null);
    instance(1003, 102, "invoice", 1, "ACTIVE", "2025-01-03T10:00:00Z", null, 1, 1001L);
    instance(
        1004,
        101,
        "order",
        2,
        "TERMINATED",
        "2025-01-04T10:00:00Z",
        "2025-01-05T10:00:00Z",
        0,
        null);
    variable(1, "amount", "100", 1001, 1001);
    variable(2, "customer", "\"bob\"", 1002, 1002);
    variable(3, "amount", "100", 5000, 1004); // local, not a root variable
  }

  @Test
  void capturedClientRequestWithEmptyArraysFiltersByKeyAndState() {
    JsonNode result =
        db.search(
            PI,
            """
            {"sort":[{"field":"startDate","order":"ASC"}],
             "filter":{"processDefinitionId":{"$eq":"order","$in":[],"$notIn":[]},"tags":[],
                       "state":{"$eq":"ACTIVE","$in":[]},"variables":[],
                       "processInstanceKey":{"$eq":"1001","$in":[],"$notIn":[]},"$or":[]},
             "page":{"limit":100}}""");

    assertThat(keys(result)).containsExactly("1001");
    JsonNode item = result.get("items").get(0);
    assertThat(item.get("processInstanceKey").isTextual()).isTrue();
    assertThat(item.get("processDefinitionKey").asText()).isEqualTo("100");
    assertThat(item.get("processDefinitionName").asText()).isEqualTo("Order process");
    assertThat(item.get("processDefinitionVersionTag").asText()).isEqualTo("v1");
    assertThat(item.get("processDefinitionVersion").asInt()).isEqualTo(1);
    assertThat(item.get("startDate").asText()).isEqualTo("2025-01-01T10:00:00.000Z");
    assertThat(item.get("endDate").isNull()).isTrue();
    assertThat(item.get("parentProcessInstanceKey").isNull()).isTrue();
    assertThat(item.get("hasIncident").asBoolean()).isFalse();
    assertThat(item.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(item.get("tenantId").asText()).isEqualTo("<default>");
    assertThat(item.get("tags").isArray()).isTrue();
    assertThat(result.get("page").get("totalItems").asLong()).isEqualTo(1);
    assertThat(result.get("page").get("hasMoreTotalItems").asBoolean()).isFalse();
  }

  @Test
  void scalarMeansEq() {
    assertThat(keys(db.search(PI, "{\"filter\":{\"processDefinitionId\":\"order\"}}")))
        .containsExactlyInAnyOrder("1001", "1002", "1004");
    assertThat(keys(db.search(PI, "{\"filter\":{\"processDefinitionId\":{\"$eq\":\"order\"}}}")))
        .containsExactlyInAnyOrder("1001", "1002", "1004");
    assertThat(keys(db.search(PI, "{\"filter\":{\"processDefinitionVersion\":2}}")))
        .containsExactlyInAnyOrder("1002", "1004");
    assertThat(keys(db.search(PI, "{\"filter\":{\"processDefinitionKey\":102}}")))
        .containsExactly("1003");
  }

  @Test
  void inNotInAndNeq() {
    assertThat(
            keys(
                db.search(PI, "{\"filter\":{\"state\":{\"$in\":[\"COMPLETED\",\"TERMINATED\"]}}}")))
        .containsExactlyInAnyOrder("1002", "1004");
    assertThat(
            keys(
                db.search(
                    PI, "{\"filter\":{\"processInstanceKey\":{\"$notIn\":[\"1001\",\"1002\"]}}}")))
        .containsExactlyInAnyOrder("1003", "1004");
    assertThat(keys(db.search(PI, "{\"filter\":{\"state\":{\"$neq\":\"ACTIVE\"}}}")))
        .containsExactlyInAnyOrder("1002", "1004");
    // $neq and $notIn also match rows where the property is absent
    assertThat(
            keys(db.search(PI, "{\"filter\":{\"parentProcessInstanceKey\":{\"$neq\":\"1001\"}}}")))
        .containsExactlyInAnyOrder("1001", "1002", "1004");
    assertThat(
            keys(
                db.search(
                    PI,
                    "{\"filter\":{\"processDefinitionName\":{\"$notIn\":[\"Order process\"]}}}")))
        .containsExactly("1003");
  }

  @Test
  void likeUsesCamundaWildcards() {
    assertThat(keys(db.search(PI, "{\"filter\":{\"processDefinitionId\":{\"$like\":\"ord*\"}}}")))
        .containsExactlyInAnyOrder("1001", "1002", "1004");
    assertThat(
            keys(db.search(PI, "{\"filter\":{\"processDefinitionId\":{\"$like\":\"inv?ice\"}}}")))
        .containsExactly("1003");
    assertThat(keys(db.search(PI, "{\"filter\":{\"processDefinitionId\":{\"$like\":\"inv?\"}}}")))
        .isEmpty();
    assertThat(keys(db.search(PI, "{\"filter\":{\"state\":{\"$like\":\"*ED\"}}}")))
        .containsExactlyInAnyOrder("1002", "1004");
  }

  @Test
  void likePatternEscapesSqlWildcardsAndHonoursBackslash() {
    assertThat(Filters.likePattern("a*b?c")).isEqualTo("a%b_c");
    assertThat(Filters.likePattern("100%_!")).isEqualTo("100!%!_!!");
    assertThat(Filters.likePattern("x\\*y\\?")).isEqualTo("x*y?");
  }

  @Test
  void dateRangesAcceptOffsets() {
    assertThat(
            keys(
                db.search(
                    PI,
                    """
                    {"filter":{"startDate":{"$gt":"2025-01-01T10:00:00Z",
                                            "$lte":"2025-01-03T12:00:00+02:00"}}}""")))
        .containsExactlyInAnyOrder("1002", "1003");
    assertThat(
            keys(
                db.search(PI, "{\"filter\":{\"endDate\":{\"$lt\":\"2025-01-03T00:00:00.000Z\"}}}")))
        .containsExactly("1002");
    assertThat(keys(db.search(PI, "{\"filter\":{\"startDate\":\"2025-01-04T10:00:00.000Z\"}}")))
        .containsExactly("1004");
  }

  @Test
  void existsChecksPresence() {
    assertThat(keys(db.search(PI, "{\"filter\":{\"endDate\":{\"$exists\":true}}}")))
        .containsExactlyInAnyOrder("1002", "1004");
    assertThat(
            keys(db.search(PI, "{\"filter\":{\"parentProcessInstanceKey\":{\"$exists\":false}}}")))
        .containsExactlyInAnyOrder("1001", "1002", "1004");
  }

  @Test
  void hasIncidentVariablesTagsAndOr() {
    assertThat(keys(db.search(PI, "{\"filter\":{\"hasIncident\":true}}"))).containsExactly("1003");
    assertThat(
            keys(
                db.search(
                    PI, "{\"filter\":{\"variables\":[{\"name\":\"amount\",\"value\":\"100\"}]}}")))
        .containsExactly("1001");
    assertThat(
            keys(
                db.search(
                    PI,
                    "{\"filter\":{\"variables\":[{\"name\":\"customer\",\"value\":{\"$like\":\"\\\"b*\"}}]}}")))
        .containsExactly("1002");
    assertThat(keys(db.search(PI, "{\"filter\":{\"tags\":[\"x\"]}}"))).isEmpty();
    assertThat(
            keys(
                db.search(
                    PI,
                    "{\"filter\":{\"$or\":[{\"state\":\"COMPLETED\"},{\"processDefinitionId\":\"invoice\"}]}}")))
        .containsExactlyInAnyOrder("1002", "1003");
  }

  @Test
  void filtersThroughElementsIncidentsAndJobs() {
    db.insert(
        "element_instance",
        "element_instance_key",
        5003,
        "process_instance_key",
        1003,
        "process_definition_key",
        102,
        "bpmn_process_id",
        "invoice",
        "element_id",
        "pay",
        "type",
        "SERVICE_TASK",
        "state",
        "ACTIVE",
        "lifecycle",
        "ACTIVATED",
        "flow_scope_key",
        1003,
        "start_date",
        0,
        "incident_key",
        7003,
        "listener_index",
        0,
        "tenant_id",
        "<default>");
    db.insert(
        "incident",
        "incident_key",
        7003,
        "process_instance_key",
        1003,
        "process_definition_key",
        102,
        "bpmn_process_id",
        "invoice",
        "element_id",
        "pay",
        "element_instance_key",
        5003,
        "error_type",
        "JOB_NO_RETRIES",
        "error_message",
        "card declined",
        "state",
        "ACTIVE",
        "creation_time",
        0,
        "failed_step",
        "JOB",
        "tenant_id",
        "<default>");
    assertThat(keys(db.search(PI, "{\"filter\":{\"elementId\":\"pay\"}}"))).containsExactly("1003");
    assertThat(
            keys(
                db.search(PI, "{\"filter\":{\"elementInstanceState\":{\"$in\":[\"COMPLETED\"]}}}")))
        .isEmpty();
    assertThat(keys(db.search(PI, "{\"filter\":{\"errorMessage\":{\"$like\":\"card*\"}}}")))
        .containsExactly("1003");
    assertThat(keys(db.search(PI, "{\"filter\":{\"hasElementInstanceIncident\":false}}")))
        .containsExactlyInAnyOrder("1001", "1002", "1004");
    assertThat(keys(db.search(PI, "{\"filter\":{\"hasRetriesLeft\":true}}"))).isEmpty();
    assertThat(keys(db.search(PI, "{\"filter\":{\"batchOperationId\":\"b\"}}"))).isEmpty();
  }

  @Test
  void sortsWithNullsLastAndStableTiebreak() {
    assertThat(keys(db.search(PI, "{\"sort\":[{\"field\":\"startDate\",\"order\":\"DESC\"}]}")))
        .containsExactly("1004", "1003", "1002", "1001");
    assertThat(keys(db.search(PI, "{\"sort\":[{\"field\":\"processDefinitionName\"}]}")))
        .containsExactly("1001", "1002", "1004", "1003");
    assertThat(keys(db.search(PI, "{\"sort\":[{\"field\":\"endDate\",\"order\":\"desc\"}]}")))
        .containsExactly("1004", "1002", "1001", "1003");
  }

  @Test
  void pagesWithOffsetAndCursors() {
    String sort = "\"sort\":[{\"field\":\"startDate\"}]";
    JsonNode first = db.search(PI, "{" + sort + ",\"page\":{\"limit\":2}}");
    assertThat(keys(first)).containsExactly("1001", "1002");
    assertThat(first.get("page").get("totalItems").asLong()).isEqualTo(4);
    String endCursor = first.get("page").get("endCursor").asText();

    JsonNode second =
        db.search(PI, "{" + sort + ",\"page\":{\"limit\":2,\"after\":\"" + endCursor + "\"}}");
    assertThat(keys(second)).containsExactly("1003", "1004");
    assertThat(second.get("page").get("totalItems").asLong()).isEqualTo(4);

    String startCursor = second.get("page").get("startCursor").asText();
    JsonNode back =
        db.search(PI, "{" + sort + ",\"page\":{\"limit\":2,\"before\":\"" + startCursor + "\"}}");
    assertThat(keys(back)).containsExactly("1001", "1002");

    assertThat(keys(db.search(PI, "{" + sort + ",\"page\":{\"from\":3}}"))).containsExactly("1004");
    JsonNode empty = db.search(PI, "{" + sort + ",\"page\":{\"from\":10}}");
    assertThat(keys(empty)).isEmpty();
    assertThat(empty.get("page").get("totalItems").asLong()).isEqualTo(4);
    assertThat(empty.get("page").get("startCursor").isNull()).isTrue();
  }

  @Test
  void defaultPageIsOneHundred() {
    for (int i = 0; i < 105; i++) {
      instance(2000 + i, 100, "bulk", 1, "ACTIVE", "2025-02-01T10:00:00Z", null, 0, null);
    }
    JsonNode result = db.search(PI, "{\"filter\":{\"processDefinitionId\":\"bulk\"}}");
    assertThat(result.get("items")).hasSize(100);
    assertThat(result.get("page").get("totalItems").asLong()).isEqualTo(105);
    assertThat(keys(db.executor.search(PI, null))).hasSize(100);
  }

  @Test
  void rejectsWhatItCannotTranslate() {
    assertInvalid("{\"filter\":{\"bogus\":1}}", "bogus");
    assertInvalid("{\"sort\":[{\"field\":\"bogus\"}]}", "bogus");
    assertInvalid("{\"sort\":[{\"field\":\"startDate\",\"order\":\"UP\"}]}", "sort.order");
    assertInvalid("{\"filter\":{\"processInstanceKey\":\"abc\"}}", "processInstanceKey");
    assertInvalid("{\"filter\":{\"state\":\"RUNNING\"}}", "state");
    assertInvalid("{\"filter\":{\"state\":{\"$in\":[\"RUNNING\"]}}}", "state");
    assertInvalid("{\"filter\":{\"processInstanceKey\":{\"$like\":\"1*\"}}}", "processInstanceKey");
    assertInvalid("{\"filter\":{\"startDate\":{\"$gt\":\"yesterday\"}}}", "startDate");
    assertInvalid("{\"filter\":{\"startDate\":{\"$gt\":\"2025-01-01T10:00:00\"}}}", "startDate");
    assertInvalid(
        "{\"filter\":{\"processDefinitionVersion\":\"one\"}}", "processDefinitionVersion");
    assertInvalid("{\"filter\":{\"hasIncident\":\"yes\"}}", "hasIncident");
    assertInvalid("{\"filter\":{\"variables\":[{\"value\":\"1\"}]}}", "variables");
    assertInvalid("{\"filter\":{\"incidentErrorHashCode\":1}}", "incidentErrorHashCode");
    assertInvalid("{\"page\":{\"after\":\"%%%\"}}", "page.after");
    assertInvalid("{\"page\":{\"limit\":-1}}", "page.limit");
  }

  @Test
  void getsByKeyOrAnswersNotFound() {
    assertThat(db.executor.get(PI, "1003").get("parentProcessInstanceKey").asText())
        .isEqualTo("1001");
    assertThat(db.executor.get(PI, "1003").get("hasIncident").asBoolean()).isTrue();
    assertThatThrownBy(() -> db.executor.get(PI, "999"))
        .isInstanceOfSatisfying(
            EngineProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND))
        .hasMessageContaining("999");
    assertThatThrownBy(() -> db.executor.get(PI, "x"))
        .isInstanceOfSatisfying(
            EngineProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST));
  }

  private void assertInvalid(String request, String field) {
    assertThatThrownBy(() -> db.search(PI, request))
        .isInstanceOfSatisfying(
            EngineProblem.class, p -> assertThat(p.title()).isEqualTo("INVALID_ARGUMENT"))
        .hasMessageContaining(field);
  }

  static List<String> keys(JsonNode result) {
    List<String> keys = new ArrayList<>();
    result.get("items").forEach(item -> keys.add(item.get("processInstanceKey").asText()));
    return keys;
  }

  private void definition(long key, String id, int version, String name, String tag) {
    db.insert(
        "process_definition",
        "process_definition_key",
        key,
        "bpmn_process_id",
        id,
        "version",
        version,
        "version_tag",
        tag,
        "name",
        name,
        "resource_name",
        id + ".bpmn",
        "resource",
        "<definitions/>",
        "checksum",
        "c",
        "deployment_key",
        1,
        "has_start_form",
        false,
        "tenant_id",
        "<default>");
  }

  private void instance(
      long key,
      long definitionKey,
      String id,
      int version,
      String state,
      String start,
      String end,
      int incidents,
      Long parent) {
    db.insert(
        "process_instance",
        "process_instance_key",
        key,
        "process_definition_key",
        definitionKey,
        "bpmn_process_id",
        id,
        "process_definition_version",
        version,
        "parent_process_instance_key",
        parent,
        "parent_element_instance_key",
        parent == null ? null : parent + 4000,
        "state",
        state,
        "start_date",
        millis(start),
        "end_date",
        end == null ? null : millis(end),
        "incident_count",
        incidents,
        "tenant_id",
        "<default>");
  }

  private void variable(long key, String name, String value, long scope, long instance) {
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
        instance,
        "tenant_id",
        "<default>");
  }
}
