package dev.onramp.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The app's performance goals, measured on the app as a user runs it (H2 file, demo mode): list and
 * queue pages with 10,000 workloads (issue 4), CUR ingestion and the roll-up (issue 5). Writes its
 * figures into the generated sections of {@code --out} (docs/benchmarks.md). Not a test: nothing
 * here asserts a time, the goals are compared in the report.
 *
 * <p>Options: {@code --suites=lists,spend --workloads=10000 --warmup=50 --requests=300
 * --cur-rows=1000000 --ingest-runs=3 --out=FILE}.
 */
public final class AppBenchmark {

  private AppBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("suites", "lists,spend");
    options.put("workloads", "10000");
    options.put("warmup", "50");
    options.put("requests", "300");
    options.put("cur-rows", "1000000");
    options.put("ingest-runs", "3");
    options.put("out", "");
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      if (!options.containsKey(kv[0]) || kv.length != 2) {
        throw new IllegalArgumentException(
            "unknown option " + arg + "; known: " + options.keySet());
      }
      options.put(kv[0], kv[1]);
    }
    List<String> suites = Arrays.asList(options.get("suites").split(","));
    int workloads = Integer.parseInt(options.get("workloads"));
    int warmup = Integer.parseInt(options.get("warmup"));
    int requests = Integer.parseInt(options.get("requests"));
    String command = command(args);
    Path out = options.get("out").isEmpty() ? null : Path.of(options.get("out"));

    if (suites.contains("lists")) {
      try (BenchApp app = BenchApp.start()) {
        long start = System.nanoTime();
        new WorkloadSeed(app.jdbc()).seed(workloads, false);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seeded %d workloads in %.1f s%n", workloads, seedSeconds);
        List<ListPagesBench.Result> results = new ListPagesBench(app.port()).run(warmup, requests);
        write(out, "lists", listsSection(command, workloads, warmup, results, app));
      }
    }
    if (suites.contains("spend")) {
      Path dir = Files.createTempDirectory("onramp-cur-bench");
      try (BenchApp app = BenchApp.start()) {
        new WorkloadSeed(app.jdbc()).seed(workloads, true);
        SpendBench bench = new SpendBench(app, dir);
        List<SpendBench.Import> ingest =
            bench.ingest(
                Long.parseLong(options.get("cur-rows")),
                Integer.parseInt(options.get("ingest-runs")));
        List<SpendBench.Import> year = bench.year(workloads);
        List<SpendBench.Timing> rollup =
            bench.rollup(Math.min(warmup, 20), Math.min(requests, 200));
        long lines = app.jdbc().queryForObject("select count(*) from spend_line", Long.class);
        write(out, "spend", spendSection(command, workloads, ingest, year, rollup, lines));
      } finally {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    // The embedded engine's and the HTTP client's threads are not daemons.
    System.exit(0);
  }

  private static String command(String[] args) {
    return "./mvnw -q -B -pl app -Dfrontend.skip=true test-compile exec:java@app-bench"
        + (args.length == 0 ? "" : " -Dexec.args=\"" + String.join(" ", args) + "\"");
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "Run %s on %d cores, Java %s (%s), max heap %d MiB, %s %s.",
        Instant.now(),
        rt.availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        rt.maxMemory() / (1024 * 1024),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }

  private static String listsSection(
      String command,
      int workloads,
      int warmup,
      List<ListPagesBench.Result> results,
      BenchApp app) {
    StringBuilder s = new StringBuilder();
    s.append("### Latest run: list and queue pages\n\n").append(machine()).append("\n\n");
    s.append("```\n").append(command).append("\n```\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "%d workloads (%d review queue, %d Cloud Engineer tasks, %d of them alice's), %d"
                + " warm-up requests per URL, then the measured ones one after another:\n\n",
            workloads,
            count(app, "select count(*) from business_request where status = 'PENDING_FA_REVIEW'"),
            count(app, "select count(*) from ce_task"),
            count(
                app,
                "select count(*) from workload w join org_node_owner o on o.node_id = w.product_id"
                    + " where o.username = 'alice'"),
            warmup));
    s.append(
        "| user | URL | requests | p50 ms | p95 ms | p99 ms | max ms | bytes | goal p95 ≤ 100 ms |\n");
    s.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (ListPagesBench.Result r : results) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | `%s` | %d | %s | %s | %s | %s | %d | %s |\n",
              r.target().user(),
              r.target().path(),
              r.requests(),
              Latencies.ms(r.p50()),
              Latencies.ms(r.p95()),
              Latencies.ms(r.p99()),
              Latencies.ms(r.max()),
              r.bytes(),
              r.p95() <= 100 ? "met" : "**missed**"));
    }
    return s.toString();
  }

  private static String spendSection(
      String command,
      int workloads,
      List<SpendBench.Import> ingest,
      List<SpendBench.Import> year,
      List<SpendBench.Timing> rollup,
      long lines) {
    StringBuilder s = new StringBuilder();
    s.append("### Latest run: spend ingestion and roll-up\n\n").append(machine()).append("\n\n");
    s.append("```\n").append(command).append("\n```\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "%d workloads, all Live with a claimed role. Hourly CUR 2.0 month (gzip CSV), imported"
                + " %d times (each import replaces the previous one's billing period):\n\n",
            workloads,
            ingest.size()));
    s.append(
        "| file | MiB | line items | rows stored | seconds | goal ≤ 20 s |\n|---|---:|---:|---:|---:|---|\n");
    for (SpendBench.Import i : ingest) {
      s.append(importRow(i, true));
    }
    double yearSeconds = year.stream().mapToDouble(SpendBench.Import::seconds).sum();
    long yearItems = year.stream().mapToLong(SpendBench.Import::lineItems).sum();
    s.append(
        String.format(
            Locale.ROOT,
            "\nA year of daily spend, Dec 2025 – Nov 2026, one daily-granularity CUR file per month"
                + " (%,d line items in %.1f s; %,d rows in `spend_line` afterwards):\n\n",
            yearItems,
            yearSeconds,
            lines));
    s.append("| file | MiB | line items | rows stored | seconds |\n|---|---:|---:|---:|---:|\n");
    for (SpendBench.Import i : year) {
      s.append(importRow(i, false));
    }
    s.append(
        "\nRoll-up E4 → E1 of a month over that year (2026-11 is the month \"now\" is in):\n\n");
    s.append("| call | requests | p50 ms | p95 ms | p99 ms | max ms | goal p95 ≤ 200 ms |\n");
    s.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (SpendBench.Timing t : rollup) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s | %s | %s | %s |\n",
              t.what(),
              t.requests(),
              Latencies.ms(t.p50()),
              Latencies.ms(t.p95()),
              Latencies.ms(t.p99()),
              Latencies.ms(t.max()),
              t.p95() <= 200 ? "met" : "**missed**"));
    }
    return s.toString();
  }

  private static String importRow(SpendBench.Import i, boolean goal) {
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %,d | %,d | %.2f |%s\n",
        i.file(),
        i.fileBytes() / (1024.0 * 1024.0),
        i.lineItems(),
        i.storedRows(),
        i.seconds(),
        goal ? (i.seconds() <= 20 ? " met |" : " **missed** |") : "");
  }

  private static long count(BenchApp app, String sql) {
    return app.jdbc().queryForObject(sql, Long.class);
  }

  /** Replaces the section between this suite's markers, or appends it with its markers. */
  static void write(Path out, String suite, String section) {
    if (out == null) {
      System.out.println(section);
      return;
    }
    String begin =
        "<!-- onramp-app-bench:"
            + suite
            + ":begin (generated by "
            + AppBenchmark.class.getName()
            + ") -->";
    String end = "<!-- onramp-app-bench:" + suite + ":end -->";
    try {
      String doc = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
      int from = doc.indexOf(begin);
      int to = doc.indexOf(end);
      String block = begin + "\n\n" + section + "\n" + end;
      String updated =
          from >= 0 && to > from
              ? doc.substring(0, from) + block + doc.substring(to + end.length())
              : doc + (doc.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
      Files.writeString(out, updated, StandardCharsets.UTF_8);
      System.out.println("wrote the " + suite + " section of " + out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
