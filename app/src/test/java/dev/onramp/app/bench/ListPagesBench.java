package dev.onramp.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The queue and list pages, and their API, as the personas open them: each URL is requested {@code
 * warmup} times unmeasured, then {@code requests} times one after another, timed from sending the
 * request to the last byte of the answer over loopback HTTP (so server time plus a loopback round
 * trip; no browser rendering).
 */
final class ListPagesBench {

  /** A URL as one persona opens it. */
  record Target(String user, String path) {}

  /** One URL's figures. */
  record Result(
      Target target, int requests, double p50, double p95, double p99, double max, int bytes) {}

  static List<Target> targets() {
    String model = WorkloadSeed.MODELS[0];
    return List.of(
        new Target("alice", "/spaces"),
        new Target("alice", "/spaces?page=120"),
        new Target("alice", "/spaces?status=LIVE&page=10"),
        new Target("alice", "/api/workloads"),
        new Target("alice", "/api/workloads?sort=name,asc&page=100"),
        new Target("fiona", "/governance"),
        new Target("fiona", "/governance?page=50"),
        new Target("fiona", "/api/reviews"),
        new Target("fiona", "/api/reviews?sort=submittedAt,desc&page=60"),
        new Target("carlos", "/tasks"),
        new Target("carlos", "/tasks?sort=overdue&dir=desc&page=100"),
        new Target("carlos", "/tasks?status=OPEN&sort=createdAt&dir=desc"),
        new Target("carlos", "/tasks?modelId=" + model + "&region=us-east-1"),
        new Target("carlos", "/api/tasks"),
        new Target("carlos", "/api/tasks?overdue=true&sort=slaDueAt,desc"),
        new Target("carlos", "/api/tasks?sort=status,asc&page=300"));
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final int port;

  ListPagesBench(int port) {
    this.port = port;
  }

  List<Result> run(int warmup, int requests) {
    List<Result> results = new ArrayList<>();
    for (Target target : targets()) {
      HttpRequest request = request(target);
      int bytes = 0;
      for (int i = 0; i < warmup; i++) {
        bytes = send(request, target);
      }
      Latencies latencies = new Latencies(requests);
      for (int i = 0; i < requests; i++) {
        long start = System.nanoTime();
        send(request, target);
        latencies.add(System.nanoTime() - start);
      }
      Result result =
          new Result(
              target,
              requests,
              latencies.percentileMillis(50),
              latencies.percentileMillis(95),
              latencies.percentileMillis(99),
              latencies.percentileMillis(100),
              bytes);
      System.out.printf(
          "%-8s %-55s p50 %6s  p95 %6s  p99 %6s ms  (%d bytes)%n",
          target.user(),
          target.path(),
          Latencies.ms(result.p50()),
          Latencies.ms(result.p95()),
          Latencies.ms(result.p99()),
          bytes);
      results.add(result);
    }
    return results;
  }

  private HttpRequest request(Target target) {
    String credentials = target.user() + ":demo";
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target.path()))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .GET()
        .build();
  }

  private int send(HttpRequest request, Target target) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            target
                + " answered "
                + response.statusCode()
                + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body().length;
    } catch (IOException e) {
      throw new IllegalStateException(target + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
