package dev.onramp.engine.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.model.ExecutableProcess;
import dev.onramp.engine.model.InvalidModelException;
import dev.onramp.engine.processing.Engine;
import dev.onramp.engine.processing.command.DeploymentResult;
import dev.onramp.engine.processing.command.ParsedResource;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * POST /v2/deployments: BPMN models and Camunda forms. Every resource is parsed and validated
 * before anything is stored; one refused resource refuses the whole deployment, naming each
 * problem.
 */
@RestController
class DeploymentController {

  private final Engine engine;
  private final ObjectMapper json;

  DeploymentController(Engine engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
  }

  @PostMapping(path = "/v2/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Object> deploy(
      @RequestParam(name = "resources", required = false) List<MultipartFile> resources,
      @RequestParam(name = "tenantId", required = false) String tenantId) {
    if (resources == null || resources.isEmpty()) {
      throw EngineProblem.invalidArgument(
          "Expected to deploy at least one resource, but none given");
    }
    String tenant = tenantId == null || tenantId.isBlank() ? "<default>" : tenantId;
    List<ParsedResource> parsed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (MultipartFile file : resources) {
      String name =
          file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
      try {
        parsed.add(parse(name, file.getBytes()));
      } catch (InvalidModelException e) {
        problems.add("'" + name + "': " + String.join("; ", e.problems()));
      } catch (IOException e) {
        problems.add("'" + name + "': cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw EngineProblem.invalidArgument(
          "Expected to deploy new resources, but encountered the following errors:\n"
              + String.join("\n", problems));
    }
    return Replies.ok(engine.deploy(parsed, tenant), result -> body(result, tenant));
  }

  private ParsedResource parse(String name, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    String checksum = sha256(content);
    if (name.endsWith(".bpmn") || name.endsWith(".xml")) {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
      } catch (RuntimeException e) {
        throw new InvalidModelException(
            List.of("the XML is not a valid BPMN model: " + rootMessage(e)));
      }
      List<ExecutableProcess> processes = engine.transformer().transform(model);
      return new ParsedResource(name, text, checksum, processes, null);
    }
    if (name.endsWith(".form")) {
      JsonNode form;
      try {
        form = json.readTree(text);
      } catch (IOException e) {
        throw new InvalidModelException(List.of("the form is not valid JSON: " + rootMessage(e)));
      }
      JsonNode id = form == null ? null : form.get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        throw new InvalidModelException(List.of("the form has no 'id'"));
      }
      return new ParsedResource(name, text, checksum, List.of(), id.asText());
    }
    throw new InvalidModelException(
        List.of("unsupported resource type: only .bpmn (or .xml) models and .form files"));
  }

  private static Map<String, Object> body(DeploymentResult result, String tenant) {
    List<Object> deployments = new ArrayList<>();
    for (DeploymentResult.Item item : result.items()) {
      Map<String, Object> metadata = new LinkedHashMap<>();
      if (item.form()) {
        metadata.put("formId", item.id());
        metadata.put("version", item.version());
        metadata.put("resourceName", item.resourceName());
        metadata.put("tenantId", tenant);
        metadata.put("formKey", Keys.format(item.key()));
        deployments.add(Map.of("form", metadata));
      } else {
        metadata.put("processDefinitionId", item.id());
        metadata.put("processDefinitionVersion", item.version());
        metadata.put("resourceName", item.resourceName());
        metadata.put("tenantId", tenant);
        metadata.put("processDefinitionKey", Keys.format(item.key()));
        deployments.add(Map.of("processDefinition", metadata));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deploymentKey", Keys.format(result.deploymentKey()));
    body.put("tenantId", tenant);
    body.put("deployments", deployments);
    return body;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
