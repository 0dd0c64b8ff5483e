package dev.onramp.engine.api.command;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.EngineProperties;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Engine;
import dev.onramp.engine.processing.JobActivation;
import dev.onramp.engine.processing.command.ActivatedJob;
import dev.onramp.engine.state.Job;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** Job workers' API: long-polling activation, completion, failure, BPMN errors, updates. */
@RestController
class JobController {

  private final Engine engine;
  private final EngineProperties properties;

  JobController(Engine engine, EngineProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  record ActivationRequest(
      String type,
      String worker,
      Long timeout,
      Integer maxJobsToActivate,
      List<String> fetchVariable,
      Long requestTimeout,
      List<String> tenantIds) {}

  record JobBody(
      String jobKey,
      String type,
      String processInstanceKey,
      String processDefinitionId,
      int processDefinitionVersion,
      String processDefinitionKey,
      String elementId,
      String elementInstanceKey,
      @JsonRawValue String customHeaders,
      String worker,
      int retries,
      long deadline,
      @JsonRawValue String variables,
      String tenantId,
      String kind,
      String listenerEventType,
      List<String> tags) {}

  @PostMapping("/v2/jobs/activation")
  DeferredResult<ResponseEntity<Object>> activate(@RequestBody ActivationRequest request) {
    if (request.type() == null || request.type().isBlank()) {
      throw EngineProblem.invalidArgument("No type provided");
    }
    if (request.maxJobsToActivate() == null || request.maxJobsToActivate() < 1) {
      throw EngineProblem.invalidArgument(
          "The value for maxJobsToActivate is '"
              + request.maxJobsToActivate()
              + "' but must be greater than 0");
    }
    if (request.timeout() == null || request.timeout() < 1) {
      throw EngineProblem.invalidArgument(
          "The value for timeout is '" + request.timeout() + "' but must be greater than 0");
    }
    long requestTimeout = request.requestTimeout() == null ? 0 : request.requestTimeout();
    long longPoll =
        requestTimeout < 0
            ? 0
            : requestTimeout == 0 ? properties.longPollTimeoutMillis() : requestTimeout;
    // The servlet's own timeout is a backstop only: the engine answers an expired poll itself.
    DeferredResult<ResponseEntity<Object>> result = new DeferredResult<>(longPoll + 30_000);
    engine.activateJobs(
        new JobActivation.Request(
            request.type(),
            request.worker() == null ? "" : request.worker(),
            request.timeout(),
            request.maxJobsToActivate(),
            request.fetchVariable(),
            longPoll,
            jobs ->
                result.setResult(
                    ResponseEntity.ok(
                        Map.of("jobs", jobs.stream().map(JobController::body).toList()))),
            result::setErrorResult));
    return result;
  }

  private static JobBody body(ActivatedJob activated) {
    Job job = activated.job();
    return new JobBody(
        Keys.format(job.key()),
        job.type(),
        Keys.format(job.processInstanceKey()),
        job.bpmnProcessId(),
        job.processDefinitionVersion(),
        Keys.format(job.processDefinitionKey()),
        job.elementId(),
        Keys.format(job.elementInstanceKey()),
        job.customHeaders(),
        activated.worker(),
        job.retries(),
        activated.deadline(),
        Variables.objectText(activated.variables()),
        job.tenantId(),
        job.kind(),
        job.listenerEventType(),
        List.of());
  }

  record CompletionRequest(JsonNode variables, JsonNode result) {}

  @PostMapping("/v2/jobs/{key}/completion")
  Object complete(
      @PathVariable("key") String key, @RequestBody(required = false) CompletionRequest request) {
    JsonNode variables = request == null ? null : request.variables();
    return Replies.noContent(
        engine.submit(
            engine.jobs.complete(Keys.parse(key, "jobKey"), Variables.of(variables, "variables"))));
  }

  record FailureRequest(
      Integer retries, String errorMessage, Long retryBackOff, JsonNode variables) {}

  @PostMapping("/v2/jobs/{key}/failure")
  Object fail(
      @PathVariable("key") String key, @RequestBody(required = false) FailureRequest request) {
    FailureRequest body = request == null ? new FailureRequest(0, null, 0L, null) : request;
    int retries = body.retries() == null ? 0 : body.retries();
    if (retries < 0) {
      throw EngineProblem.invalidArgument(
          "The value for retries is '" + retries + "' but must be 0 or greater");
    }
    long backOff = body.retryBackOff() == null ? 0 : body.retryBackOff();
    if (backOff < 0) {
      throw EngineProblem.invalidArgument(
          "The value for retryBackOff is '" + backOff + "' but must be 0 or greater");
    }
    return Replies.noContent(
        engine.submit(
            engine.jobs.fail(
                Keys.parse(key, "jobKey"),
                retries,
                body.errorMessage(),
                backOff,
                Variables.of(body.variables(), "variables"))));
  }

  record ErrorRequest(String errorCode, String errorMessage, JsonNode variables) {}

  @PostMapping("/v2/jobs/{key}/error")
  Object throwError(@PathVariable("key") String key, @RequestBody ErrorRequest request) {
    if (request.errorCode() == null || request.errorCode().isBlank()) {
      throw EngineProblem.invalidArgument("No errorCode provided");
    }
    return Replies.noContent(
        engine.submit(
            engine.jobs.throwError(
                Keys.parse(key, "jobKey"),
                request.errorCode(),
                request.errorMessage(),
                Variables.of(request.variables(), "variables"))));
  }

  record Changeset(Integer retries, Long timeout) {}

  record UpdateRequest(Changeset changeset, Long operationReference) {}

  @PatchMapping("/v2/jobs/{key}")
  Object update(@PathVariable("key") String key, @RequestBody UpdateRequest request) {
    Changeset changeset = request.changeset();
    if (changeset == null || (changeset.retries() == null && changeset.timeout() == null)) {
      throw EngineProblem.invalidArgument(
          "At least one of [retries, timeout] is required in changeset");
    }
    if (changeset.timeout() != null && changeset.timeout() < 1) {
      throw EngineProblem.invalidArgument(
          "The value for timeout is '" + changeset.timeout() + "' but must be greater than 0");
    }
    return Replies.noContent(
        engine.submit(
            engine.jobs.update(
                Keys.parse(key, "jobKey"), changeset.retries(), changeset.timeout())));
  }
}
