package dev.onramp.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A moto_server on a free loopback port (aws-reference.md §7), for tests that speak the AWS wire
 * protocol. Without moto_server on PATH a test is skipped, saying so, unless {@code
 * ONRAMP_REQUIRE_MOTO=true} (CI), where it fails.
 */
public final class MotoServer implements AutoCloseable {

  private static final String REQUIRE_MOTO = "ONRAMP_REQUIRE_MOTO";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final URI endpoint;

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts moto_server, logging to {@code dir/moto.log}; skips or fails the test without it. */
  public static MotoServer start(Path dir) throws IOException {
    Optional<Path> program = onPath("moto_server");
    requireTool(program, "moto_server (pip install 'moto[server]')");
    int port = freePort();
    File log = dir.resolve("moto.log").toFile();
    Process process =
        new ProcessBuilder(program.get().toString(), "-H", "127.0.0.1", "-p", "" + port)
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    await("moto_server listening on " + endpoint + " (log: " + log + ")")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    "moto_server exited: " + Files.readString(log.toPath()));
              }
              return accepts(port);
            });
    return new MotoServer(process, endpoint);
  }

  /** Skips the test (or fails it when CI requires moto) when a tool is missing. */
  public static void requireTool(Optional<Path> found, String tool) {
    if (found.isPresent()) {
      return;
    }
    String missing = tool + " must be on PATH for this test";
    if ("true".equals(System.getenv(REQUIRE_MOTO))) {
      Assertions.fail(missing + " (" + REQUIRE_MOTO + "=true)");
    }
    Assumptions.abort("Skipped: " + missing);
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Forgets everything the previous test created. */
  public void reset() throws IOException, InterruptedException {
    assertThat(post("/moto-api/reset", "").statusCode()).isEqualTo(200);
  }

  /** POSTs JSON to moto's own API (e.g. to queue Cost Explorer results). */
  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(endpoint.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  public static Optional<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * The program behind a pyenv shim: the shim starts pyenv for every call, which costs a second or
   * two per command on a busy machine.
   */
  public static Path realProgram(Path program) throws IOException, InterruptedException {
    Optional<Path> pyenv = onPath("pyenv");
    if (pyenv.isEmpty() || !program.getParent().endsWith("shims")) {
      return program;
    }
    Process which =
        new ProcessBuilder(pyenv.get().toString(), "which", program.getFileName().toString())
            .redirectErrorStream(true)
            .start();
    String real = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return which.waitFor() == 0 && Files.isExecutable(Path.of(real)) ? Path.of(real) : program;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
