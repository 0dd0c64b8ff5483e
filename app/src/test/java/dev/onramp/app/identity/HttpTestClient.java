package dev.onramp.app.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Calls the app over real HTTP, as a script (Basic or bearer credentials on every request) or as a
 * browser (cookies kept between requests).
 */
public final class HttpTestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String authorization;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private HttpTestClient(int port, String authorization) {
    this.base = "http://localhost:" + port;
    this.authorization = authorization;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** A script signed in with HTTP Basic, password {@code demo}. */
  public static HttpTestClient basic(int port, String username) {
    return basic(port, username, "demo");
  }

  public static HttpTestClient basic(int port, String username, String password) {
    String credentials = username + ":" + password;
    return new HttpTestClient(
        port,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  public static HttpTestClient bearer(int port, String token) {
    return new HttpTestClient(port, "Bearer " + token);
  }

  /** No credentials; keeps cookies like a browser. */
  public static HttpTestClient anonymous(int port) {
    return new HttpTestClient(port, null);
  }

  public Response get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public Response post(String path, String... headers) {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Response postForm(String path, String form, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }

    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }
}
