package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.engine.testing.TestEngine;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Shared helpers of the REST API compatibility tests. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Api() {}

  /** A name no other test uses (process ids, job types, message names). */
  static String unique(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + COUNTER.incrementAndGet();
  }

  static long deploy(CamundaClient client, BpmnModelInstance model) {
    return client
        .newDeployResourceCommand()
        .addProcessModel(model, "model-" + COUNTER.incrementAndGet() + ".bpmn")
        .send()
        .join()
        .getProcesses()
        .get(0)
        .getProcessDefinitionKey();
  }

  static long start(CamundaClient client, String processId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .send()
        .join()
        .getProcessInstanceKey();
  }

  static List<ActivatedJob> activate(CamundaClient client, String type, int max) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(max)
        .timeout(Duration.ofMinutes(5))
        .requestTimeout(Duration.ofSeconds(5))
        .send()
        .join()
        .getJobs();
  }

  /** Activates exactly one job of the type, waiting for it (long polling). */
  static ActivatedJob activateOne(CamundaClient client, String type) {
    List<ActivatedJob> jobs = activate(client, type, 1);
    assertThat(jobs).as("activated jobs of type %s", type).hasSize(1);
    return jobs.get(0);
  }

  /** Runs the call and returns the problem the client reported. */
  static ProblemException problem(Runnable call) {
    try {
      call.run();
    } catch (Throwable t) {
      Throwable cause = t;
      while (cause != null && !(cause instanceof ProblemException)) {
        cause = cause.getCause();
      }
      if (cause != null) {
        ProblemException problem = (ProblemException) cause;
        assertThat(problem.details()).as("problem detail body").isNotNull();
        assertThat(problem.details().getStatus()).isEqualTo(problem.code());
        assertThat(problem.details().getTitle()).isNotBlank();
        assertThat(problem.details().getDetail()).isNotBlank();
        return problem;
      }
      throw new AssertionError("expected a ProblemException but got " + t, t);
    }
    return fail("expected the call to be refused with a problem, but it succeeded");
  }

  // ---- plain HTTP, for what the client cannot send ----

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> postJson(URI base, String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> post(URI base, String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  static HttpResponse<String> get(URI base, String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build());
  }

  static HttpResponse<String> delete(URI base, String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .DELETE()
            .build());
  }

  static HttpResponse<String> multipart(URI base, String fileName, String content) {
    String boundary = "----onramp" + COUNTER.incrementAndGet();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"resources\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"tenantId\"\r\n\r\n<default>\r\n--"
            + boundary
            + "--\r\n";
    return send(
        HttpRequest.newBuilder(base.resolve("/v2/deployments"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** Asserts an RFC 9457 problem answer with the status, returning its body. */
  static JsonNode assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode body = json(response);
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("detail").asText()).isNotBlank();
    return body;
  }

  static TestEngine engine() {
    return TestEngine.shared();
  }
}
