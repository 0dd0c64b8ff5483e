package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.TestDatabase.millis;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The HTTP face of the query controllers: JSON encoding, content types, problem answers. */
class QueryControllerWebTest {

  private MockMvc mvc;

  @BeforeEach
  void setUp() throws Exception {
    TestDatabase db = new TestDatabase();
    db.insert(
        "process_definition",
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "version",
        1,
        "name",
        "Order",
        "resource_name",
        "order.bpmn",
        "resource",
        "<definitions/>",
        "checksum",
        "a",
        "deployment_key",
        1,
        "has_start_form",
        false,
        "tenant_id",
        "<default>");
    db.insert(
        "process_instance",
        "process_instance_key",
        2251799813685251L,
        "process_definition_key",
        100,
        "bpmn_process_id",
        "order",
        "process_definition_version",
        1,
        "state",
        "ACTIVE",
        "start_date",
        millis("2025-01-01T10:00:00Z"),
        "incident_count",
        0,
        "tenant_id",
        "<default>");
    mvc =
        MockMvcBuilders.standaloneSetup(
                new ProcessInstanceQueryController(db.executor, db.jdbc),
                new ProcessDefinitionQueryController(db.executor, db.jdbc))
            .setControllerAdvice(problemHandler())
            .build();
  }

  /** The application's advice is package-private in the api package, hence reflection. */
  private static Object problemHandler() throws Exception {
    Constructor<?> constructor =
        Class.forName("dev.onramp.engine.api.ProblemHandler").getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  @Test
  void searchAnswersKeysAsStringsAndIsoDates() throws Exception {
    mvc.perform(
            post("/v2/process-instances/search")
                .contentType("application/json; charset=UTF-8")
                .content(
                    "{\"sort\":[{\"field\":\"startDate\",\"order\":\"ASC\"}],"
                        + "\"filter\":{\"processInstanceKey\":{\"$eq\":\"2251799813685251\","
                        + "\"$in\":[],\"$notIn\":[]}},\"page\":{\"limit\":100}}"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.items[0].processInstanceKey").value("2251799813685251"))
        .andExpect(jsonPath("$.items[0].processDefinitionKey").value("100"))
        .andExpect(jsonPath("$.items[0].startDate").value("2025-01-01T10:00:00.000Z"))
        .andExpect(content().string(containsString("\"endDate\":null")))
        .andExpect(jsonPath("$.items[0].hasIncident").value(false))
        .andExpect(jsonPath("$.page.totalItems").value(1))
        .andExpect(jsonPath("$.page.hasMoreTotalItems").value(false));
  }

  @Test
  void emptySortOnlyBodyIsAccepted() throws Exception {
    mvc.perform(
            post("/v2/process-instances/search")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sort\":[]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1));
  }

  @Test
  void badFilterIsAProblem() throws Exception {
    mvc.perform(
            post("/v2/process-instances/search")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"filter\":{\"bogus\":\"x\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("INVALID_ARGUMENT"))
        .andExpect(jsonPath("$.detail").value(containsString("bogus")));
  }

  @Test
  void unknownKeyIsNotFound() throws Exception {
    mvc.perform(get("/v2/process-instances/42"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("NOT_FOUND"));
  }

  @Test
  void xmlIsTextXml() throws Exception {
    mvc.perform(get("/v2/process-definitions/100/xml"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
        .andExpect(content().string("<definitions/>"));
  }

  @Test
  void sequenceFlowsOfAnInstance() throws Exception {
    mvc.perform(get("/v2/process-instances/2251799813685251/sequence-flows"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isArray());
  }
}
