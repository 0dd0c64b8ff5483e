package dev.onramp.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The app's REST API as a script would use it: HTTP Basic as one of the demo accounts (password
 * {@code demo}), JSON in and out. Answers never throw on 4xx/5xx so tests can assert problems.
 */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public As as(String username) {
    return new As(username);
  }

  /** Requests as one user. */
  public final class As {

    private final String authorization;

    private As(String username) {
      this.authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    public Answer get(String path) {
      return send(request(path).GET());
    }

    public Answer post(String path, Object body) {
      return send(request(path).POST(body(body)));
    }

    public Answer put(String path, Object body) {
      return send(request(path).PUT(body(body)));
    }

    public Answer delete(String path) {
      return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", authorization)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json, application/problem+json");
    }
  }

  private static HttpRequest.BodyPublisher body(Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return HttpRequest.BodyPublishers.ofString(body == null ? "" : text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Answer(
          response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, JSON body (a problem detail for errors), content type. */
  public record Answer(int status, JsonNode json, String contentType) {

    public String text(String field) {
      return json.path(field).asText();
    }
  }
}
