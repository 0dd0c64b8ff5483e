package dev.onramp.bench;

import dev.onramp.bench.EngineBenchmark.EngineReport;
import dev.onramp.bench.EngineBenchmark.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The generated Markdown section of {@code docs/benchmarks.md}. */
final class Report {

  private Report() {}

  static String markdown(Options options, List<EngineReport> reports, String command) {
    StringBuilder md = new StringBuilder();
    md.append(EngineBenchmark.BEGIN).append("\n\n");
    md.append("## Latest run\n\n");
    Runtime runtime = Runtime.getRuntime();
    md.append(
        String.format(
            Locale.ROOT,
            "Run %s on %d cores, Java %s (%s), max heap %d MiB, %s %s.\n\n",
            ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            runtime.availableProcessors(),
            System.getProperty("java.version"),
            System.getProperty("java.vm.name"),
            runtime.maxMemory() >> 20,
            System.getProperty("os.name"),
            System.getProperty("os.arch")));
    md.append("```\n").append(command).append("\n```\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Per engine: fresh H2 file database, boot, %d warm-up instances at %d driver"
                + " thread(s) (not measured), then the measured runs below in table order on the"
                + " same database. Latency is one instance from start to confirmed end; peak heap is"
                + " the highest used heap sampled every %d ms during the run (after a System.gc()"
                + " before it), both engines in the same JVM, one after the other.\n\n",
            options.warmup(),
            options.threads().stream().mapToInt(Integer::intValue).max().orElse(1),
            HeapSampler.INTERVAL_MILLIS));
    md.append(
        "| engine | driver threads | N | instances/s | p50 ms | p99 ms | max ms | peak heap MiB |"
            + " result |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (EngineReport report : reports) {
      if (report.runs().isEmpty()) {
        md.append("| ")
            .append(report.name())
            .append(" | | | | | | | | ")
            .append(cell(report.failure()))
            .append(" |\n");
      }
      for (RunResult run : report.runs()) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %s |\n",
                run.engine(),
                run.threads(),
                run.n(),
                run.instancesPerSecond(),
                run.p50Millis(),
                run.p99Millis(),
                run.maxMillis(),
                run.peakHeapBytes() >> 20,
                run.ok() ? "ok" : "FAILED after " + run.completed() + ": " + cell(run.failure())));
      }
    }
    md.append('\n');
    appendRatios(md, options, reports);
    md.append(
        "| engine | boot s | warm-up instances/s | live heap after GC MiB | H2 files MiB at end |"
            + " after SHUTDOWN COMPACT MiB | compacted KiB per instance | what ran |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (EngineReport report : reports) {
      long instances = report.instances();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %s | %s | %s | %s | %s | %s |\n",
              report.name(),
              report.bootSeconds(),
              report.warmup() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.1f", report.warmup().instancesPerSecond()),
              report.liveHeapBytes() < 0 ? "-" : Long.toString(report.liveHeapBytes() >> 20),
              mebibytes(report.dbBytes()),
              mebibytes(report.compactedDbBytes()),
              report.compactedDbBytes() < 0 || instances == 0
                  ? "-"
                  : String.format(
                      Locale.ROOT, "%.1f", report.compactedDbBytes() / 1024.0 / instances),
              cell(report.description())));
    }
    md.append('\n').append(EngineBenchmark.END).append('\n');
    return md.toString();
  }

  private static void appendRatios(StringBuilder md, Options options, List<EngineReport> reports) {
    Optional<EngineReport> onramp = find(reports, "onramp");
    Optional<EngineReport> operaton = find(reports, "operaton");
    if (onramp.isEmpty() || operaton.isEmpty()) {
      return;
    }
    md.append("| driver threads | N | onramp / operaton throughput (goal ≥ 2.0) |\n");
    md.append("|---:|---:|---:|\n");
    for (int threads : options.threads()) {
      for (int n : options.ns()) {
        Optional<RunResult> a = find(onramp.get(), threads, n);
        Optional<RunResult> b = find(operaton.get(), threads, n);
        String ratio =
            a.isPresent() && b.isPresent() && a.get().ok() && b.get().ok()
                ? String.format(
                    Locale.ROOT,
                    "%.2f",
                    a.get().instancesPerSecond() / b.get().instancesPerSecond())
                : "-";
        md.append(String.format(Locale.ROOT, "| %d | %d | %s |\n", threads, n, ratio));
      }
    }
    md.append('\n');
  }

  private static Optional<EngineReport> find(List<EngineReport> reports, String name) {
    return reports.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  private static Optional<RunResult> find(EngineReport report, int threads, int n) {
    return report.runs().stream().filter(r -> r.threads() == threads && r.n() == n).findFirst();
  }

  private static String mebibytes(long bytes) {
    return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Replaces the generated section of {@code out}, appends one if the file has none, or creates the
   * file with a short header.
   */
  static void write(Path out, String section) {
    String existing = EngineBenchmark.readIfExists(out);
    String text;
    if (existing == null) {
      text = "# Benchmarks\n\n" + section;
    } else {
      int begin = existing.indexOf(EngineBenchmark.BEGIN);
      int end = existing.indexOf(EngineBenchmark.END);
      if (begin >= 0 && end > begin) {
        text =
            existing.substring(0, begin)
                + section
                + existing.substring(end + EngineBenchmark.END.length()).replaceFirst("^\n", "");
      } else {
        text = existing + (existing.endsWith("\n") ? "\n" : "\n\n") + section;
      }
    }
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
