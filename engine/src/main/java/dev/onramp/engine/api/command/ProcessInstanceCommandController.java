package dev.onramp.engine.api.command;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Engine;
import dev.onramp.engine.state.DeployedProcess;
import dev.onramp.engine.state.ProcessInstance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creating (optionally awaiting the result) and cancelling process instances. */
@RestController
class ProcessInstanceCommandController {

  private static final long DEFAULT_AWAIT_MILLIS = 10_000;

  private final Engine engine;

  ProcessInstanceCommandController(Engine engine) {
    this.engine = engine;
  }

  record CreateRequest(
      String processDefinitionId,
      Integer processDefinitionVersion,
      String processDefinitionKey,
      JsonNode variables,
      String tenantId,
      Boolean awaitCompletion,
      List<String> fetchVariables,
      Long requestTimeout,
      List<JsonNode> startInstructions,
      List<JsonNode> runtimeInstructions,
      List<String> tags,
      Long operationReference) {}

  record Created(
      String processInstanceKey,
      String processDefinitionKey,
      String processDefinitionId,
      int processDefinitionVersion,
      String tenantId,
      List<String> tags,
      @JsonRawValue String variables) {}

  @PostMapping("/v2/process-instances")
  CompletableFuture<ResponseEntity<Object>> create(@RequestBody CreateRequest request) {
    if (request.processDefinitionKey() == null
        && (request.processDefinitionId() == null || request.processDefinitionId().isBlank())) {
      throw EngineProblem.invalidArgument(
          "Expected at least one of [processDefinitionId, processDefinitionKey]");
    }
    if (request.startInstructions() != null && !request.startInstructions().isEmpty()) {
      throw EngineProblem.invalidArgument(
          "startInstructions are not supported by this engine; start at the none start event");
    }
    if (request.runtimeInstructions() != null && !request.runtimeInstructions().isEmpty()) {
      throw EngineProblem.invalidArgument("runtimeInstructions are not supported by this engine");
    }
    Long definitionKey = Keys.parseOptional(request.processDefinitionKey(), "processDefinitionKey");
    Map<String, String> variables = Variables.of(request.variables(), "variables");
    boolean await = Boolean.TRUE.equals(request.awaitCompletion());
    List<String> tags = request.tags() == null ? List.of() : request.tags();
    if (!await) {
      return CompletableFuture.completedFuture(
          Replies.ok(
              engine.submit(
                  engine.instances.create(
                      definitionKey,
                      request.processDefinitionId(),
                      request.processDefinitionVersion(),
                      variables)),
              instance -> created(instance, tags, null)));
    }
    long timeout =
        request.requestTimeout() == null || request.requestTimeout() <= 0
            ? DEFAULT_AWAIT_MILLIS
            : request.requestTimeout();
    CompletableFuture<ProcessInstance> ended = new CompletableFuture<>();
    CompletableFuture<ProcessInstance> started =
        engine.submit(
            context -> {
              ProcessInstance instance =
                  engine
                      .instances
                      .create(
                          definitionKey,
                          request.processDefinitionId(),
                          request.processDefinitionVersion(),
                          variables)
                      .apply(context);
              engine.awaitEnd(instance.key(), () -> ended.complete(instance));
              return instance;
            });
    started.whenComplete(
        (instance, failure) -> {
          if (failure != null) {
            ended.completeExceptionally(failure);
          }
        });
    return ended
        .orTimeout(timeout, TimeUnit.MILLISECONDS)
        .handle(
            (instance, failure) -> {
              if (failure == null) {
                return ResponseEntity.ok(
                    (Object) created(instance, tags, result(instance, request.fetchVariables())));
              }
              Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
              if (cause instanceof TimeoutException || failure instanceof TimeoutException) {
                throw new EngineProblem(
                    HttpStatus.GATEWAY_TIMEOUT,
                    "DEADLINE_EXCEEDED",
                    "Expected to complete the process instance within "
                        + timeout
                        + " ms, but it did not; it keeps running");
              }
              if (cause instanceof RuntimeException runtime) {
                throw runtime;
              }
              throw new IllegalStateException(cause);
            });
  }

  private String result(ProcessInstance instance, List<String> fetch) {
    Map<String, String> root = engine.state().variables.localJson(instance.key());
    if (fetch == null || fetch.isEmpty()) {
      return Variables.objectText(root);
    }
    Map<String, String> selected = new LinkedHashMap<>();
    for (String name : fetch) {
      if (root.containsKey(name)) {
        selected.put(name, root.get(name));
      }
    }
    return Variables.objectText(selected);
  }

  private Created created(ProcessInstance instance, List<String> tags, String variables) {
    DeployedProcess definition = engine.state().definitions.byKey(instance.processDefinitionKey());
    return new Created(
        Keys.format(instance.key()),
        Keys.format(instance.processDefinitionKey()),
        instance.bpmnProcessId(),
        definition.version(),
        instance.tenantId(),
        tags,
        variables);
  }

  @PostMapping("/v2/process-instances/{key}/cancellation")
  ResponseEntity<Object> cancel(
      @PathVariable("key") String key, @RequestBody(required = false) JsonNode body) {
    return Replies.noContent(
        engine.submit(engine.instances.cancel(Keys.parse(key, "processInstanceKey"))));
  }
}
