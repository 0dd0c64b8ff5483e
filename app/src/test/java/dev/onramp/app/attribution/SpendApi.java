package dev.onramp.app.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Spend files and raw downloads over HTTP, as a demo user (password demo). */
public final class SpendApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;

  public SpendApi(int port) {
    this.port = port;
  }

  public record Answer(int status, JsonNode body) {}

  /** Uploads a CUR file to {@code POST /api/spend/imports}. */
  public Answer upload(String user, Path file) throws Exception {
    return upload(user, file, "CUR");
  }

  /**
   * Uploads a billing file of the given format (CUR or FOCUS) to {@code POST /api/spend/imports}.
   */
  public Answer upload(String user, Path file, String format) throws Exception {
    String boundary = "onramp" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n"
            + format
            + "\r\n");
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + file.getFileName()
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.write(Files.readAllBytes(file));
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpResponse<String> response =
        send(
            user,
            HttpRequest.newBuilder(uri("/api/spend/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), json(response.body()));
  }

  public Answer put(String user, String path, String json) throws Exception {
    HttpResponse<String> response =
        send(
            user,
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), json(response.body()));
  }

  public Answer get(String user, String path) throws Exception {
    HttpResponse<String> response =
        send(user, HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), json(response.body()));
  }

  HttpResponse<byte[]> postForBytes(String user, String path) throws Exception {
    return send(
        user,
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> send(
      String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
      throws Exception {
    String basic =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            request
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json, application/problem+json, */*")
                .build(),
            handler);
  }

  private static JsonNode json(String body) throws IOException {
    return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
  }

  private static void write(ByteArrayOutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
