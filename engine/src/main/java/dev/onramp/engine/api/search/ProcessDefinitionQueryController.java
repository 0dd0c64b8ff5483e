package dev.onramp.engine.api.search;

import static dev.onramp.engine.api.search.Filters.flag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Search and get of deployed process definitions and their BPMN XML. */
@RestController
@RequestMapping("/v2/process-definitions")
class ProcessDefinitionQueryController {

  private static final String LATEST =
      "pd.version = (SELECT MAX(lv.version) FROM process_definition lv"
          + " WHERE lv.bpmn_process_id = pd.bpmn_process_id AND lv.tenant_id = pd.tenant_id)";

  private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

  static final Resource RESOURCE =
      Resource.builder("process definition")
          // not pd.*: the BPMN resource is only read by GET .../xml
          .from(
              "process_definition pd",
              "pd.process_definition_key, pd.bpmn_process_id, pd.version, pd.version_tag,"
                  + " pd.name, pd.resource_name, pd.has_start_form, pd.tenant_id")
          .key("pd.process_definition_key")
          .field("processDefinitionKey", "pd.process_definition_key", ValueType.KEY)
          .field("processDefinitionId", "pd.bpmn_process_id", ValueType.STRING)
          .field("name", "pd.name", ValueType.STRING)
          .field("resourceName", "pd.resource_name", ValueType.STRING)
          .field("version", "pd.version", ValueType.INTEGER)
          .field("versionTag", "pd.version_tag", ValueType.STRING)
          .field("tenantId", "pd.tenant_id", ValueType.STRING)
          .filter("isLatestVersion", flag(LATEST, "NOT (" + LATEST + ")"))
          .filter("hasStartForm", flag("pd.has_start_form = TRUE", "pd.has_start_form = FALSE"))
          .mapper(
              (rs, row) ->
                  Item.of(rs)
                      .key("processDefinitionKey", "process_definition_key")
                      .string("processDefinitionId", "bpmn_process_id")
                      .string("name", "name")
                      .integer("version", "version")
                      .string("versionTag", "version_tag")
                      .string("resourceName", "resource_name")
                      .string("tenantId", "tenant_id")
                      .bool("hasStartForm", "has_start_form")
                      .node())
          .build();

  private final SearchExecutor search;
  private final NamedParameterJdbcTemplate jdbc;

  ProcessDefinitionQueryController(SearchExecutor search, NamedParameterJdbcTemplate jdbc) {
    this.search = search;
    this.jdbc = jdbc;
  }

  @PostMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode search(@RequestBody(required = false) JsonNode request) {
    return search.search(RESOURCE, request);
  }

  @GetMapping(path = "/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode get(@PathVariable("key") String key) {
    return search.get(RESOURCE, key);
  }

  /** The deployed BPMN; the client only accepts it as text/xml (or another text type). */
  @GetMapping("/{key}/xml")
  ResponseEntity<String> xml(@PathVariable("key") String key) {
    long definitionKey = ValueType.pathKey(key, "process definition key");
    List<String> resources =
        jdbc.queryForList(
            "SELECT resource FROM process_definition WHERE process_definition_key = :key",
            Map.of("key", definitionKey),
            String.class);
    if (resources.isEmpty()) {
      throw SearchExecutor.notFound(RESOURCE.label(), definitionKey);
    }
    return ResponseEntity.ok().contentType(XML).body(resources.get(0));
  }
}
