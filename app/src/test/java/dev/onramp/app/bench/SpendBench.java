package dev.onramp.app.bench;

import dev.onramp.app.attribution.Attribution;
import dev.onramp.app.attribution.Period;
import dev.onramp.app.attribution.Rollup;
import dev.onramp.app.attribution.SpendFormat;
import dev.onramp.app.attribution.SpendImportView;
import dev.onramp.app.attribution.SpendImports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Spend ingestion and the roll-up, through the services the upload and dashboard endpoints call:
 * {@link SpendImports#importFile} (DuckDB reads and aggregates the file, H2 stores it, one
 * transaction) and {@link Attribution#rollup}, plus the roll-up over HTTP as the dashboard asks.
 */
final class SpendBench {

  /** One import: the file, its line items, the rows stored, seconds from call to return. */
  record Import(String file, long lineItems, long storedRows, double seconds, long fileBytes) {}

  /** One timed call, over {@code requests} calls after warm-up. */
  record Timing(String what, int requests, double p50, double p95, double p99, double max) {}

  private final BenchApp app;
  private final Path dir;

  SpendBench(BenchApp app, Path dir) {
    this.app = app;
    this.dir = dir;
  }

  List<Import> ingest(long rows, int runs) {
    YearMonth month = YearMonth.of(2026, 10);
    long start = System.nanoTime();
    Path file = CurFiles.hourlyMonth(dir, month, rows);
    System.out.printf(
        "wrote %s (%d rows) in %.1f s%n",
        file.getFileName(), rows, (System.nanoTime() - start) / 1e9);
    List<Import> imports = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      imports.add(importFile(file));
    }
    return imports;
  }

  /** A year of daily spend (Dec 2025 to Nov 2026), one daily-granularity file per month. */
  List<Import> year(int workloads) {
    List<Import> imports = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      YearMonth month = YearMonth.of(2025, 12).plusMonths(m);
      Path file = CurFiles.dailyMonth(dir, month, workloads);
      imports.add(importFile(file));
      delete(file);
    }
    return imports;
  }

  List<Timing> rollup(int warmup, int requests) {
    Attribution attribution = app.bean(Attribution.class);
    List<Timing> timings = new ArrayList<>();
    for (String month : List.of("2026-10", "2026-11")) {
      Period period = Period.parse(month);
      timings.add(
          time(
              "Attribution.rollup(" + month + ") in the app's JVM",
              warmup,
              requests,
              () -> attribution.rollup(period)));
      timings.add(
          time(
              "GET /api/attribution/rollup?period=" + month + " (fiona)",
              warmup,
              requests,
              () -> get("/api/attribution/rollup?period=" + month)));
    }
    return timings;
  }

  private Timing time(String what, int warmup, int requests, Supplier<Object> call) {
    for (int i = 0; i < warmup; i++) {
      check(call.get());
    }
    Latencies latencies = new Latencies(requests);
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      check(call.get());
      latencies.add(System.nanoTime() - start);
    }
    Timing timing =
        new Timing(
            what,
            requests,
            latencies.percentileMillis(50),
            latencies.percentileMillis(95),
            latencies.percentileMillis(99),
            latencies.percentileMillis(100));
    System.out.printf(
        "%-60s p50 %6s  p95 %6s  p99 %6s ms%n",
        what, Latencies.ms(timing.p50()), Latencies.ms(timing.p95()), Latencies.ms(timing.p99()));
    return timing;
  }

  private static void check(Object result) {
    if (result instanceof Rollup rollup && rollup.attributedSpend().signum() <= 0) {
      throw new IllegalStateException("the roll-up found no attributed spend: " + rollup);
    }
  }

  private Import importFile(Path file) {
    SpendImports imports = app.bean(SpendImports.class);
    long start = System.nanoTime();
    SpendImportView view =
        imports.importFile(file, file.getFileName().toString(), SpendFormat.CUR, "fiona");
    double seconds = (System.nanoTime() - start) / 1e9;
    Import result =
        new Import(
            file.getFileName().toString(),
            view.lineItems(),
            view.storedRows(),
            seconds,
            size(file));
    System.out.printf(
        "imported %s: %d line items, %d rows stored, %.2f s%n",
        result.file(), result.lineItems(), result.storedRows(), seconds);
    return result;
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Object get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("fiona:demo".getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
