package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The speed benchmark (results in {@code docs/benchmarks.md}): generates a corpus per size with
 * {@link GenerateCorpus} (kept for later runs), then runs the single-threaded {@link BaselineLoop} and
 * the pipeline on each runner over the same files, each in a fresh JVM, one after the other, and
 * prints a Markdown table: wall time of the process, documents/s, MB/s of input, MB/s per core, the
 * ratio of throughput to the baseline of the same size and run, peak RSS, CPU time and the load
 * average before each run.
 *
 * <pre>
 * java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.bench.RunBenchmark \
 *     [--work bench-work] [--docs 1000,10000,100000] [--runners baseline,baseline-1core,baseline-2proc,baseline-2thread,direct,flink,spark] \
 *     [--heap 2g] [--parallelism 2] [--seed 1] [--pipelineArgs "--shards=32"] [--jvmArgs "-XX:+UseParallelGC"]
 * </pre>
 *
 * <p>{@code baseline-2proc} is a bound, not a runner: two baseline loops at the same time, each on half of the
 * files ({@code BaselineLoop --part 0/2} and {@code 1/2}), with no Beam and no coordination between them. Its wall
 * time (until both end) is the least that two cores give for this loop's work on this machine; CPU time and peak
 * RSS are the sums of the two processes. {@code baseline-2thread} is the same bound inside one JVM
 * ({@code BaselineLoop --threads 2}: the two halves in two threads), which pays JVM start-up, model loading and JIT
 * compilation once, as embedded Flink does.
 *
 * <p>Every result is also appended to {@code WORK/results.jsonl}; each run's progress and logs go to
 * {@code WORK/logs/}. The corpora are large (about 4.5 KB a document): keep WORK out of git.
 */
public final class RunBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> flags = GenerateCorpus.parseFlags(args);
    Path work = Path.of(flags.getOrDefault("work", "bench-work")).toAbsolutePath();
    List<Integer> sizes = Arrays.stream(flags.getOrDefault("docs", "1000,10000,100000").split(",")).map(Integer::parseInt).toList();
    List<String> runners = Arrays.asList(flags.getOrDefault("runners", "baseline,direct,flink,spark").split(","));
    String heap = flags.getOrDefault("heap", "2g");
    int parallelism = Integer.parseInt(flags.getOrDefault("parallelism", "2"));
    long seed = Long.parseLong(flags.getOrDefault("seed", "1"));
    // extra pipeline options for every runner, e.g. --pipelineArgs "--shards=32"
    List<String> pipelineArgs =
        flags.getOrDefault("pipelineArgs", "").isBlank() ? List.of() : Arrays.asList(flags.get("pipelineArgs").trim().split("\\s+"));
    // extra JVM options for every run, baseline included, e.g. --jvmArgs "-XX:+UseParallelGC"
    List<String> jvmArgs =
        flags.getOrDefault("jvmArgs", "").isBlank() ? List.of() : Arrays.asList(flags.get("jvmArgs").trim().split("\\s+"));
    Files.createDirectories(work.resolve("logs"));

    List<ObjectNode> rows = new ArrayList<>();
    for (int docs : sizes) {
      Path corpus = work.resolve("corpus-" + docs);
      if (!Files.isDirectory(corpus.resolve("articles"))) {
        System.err.printf("generating %d documents into %s%n", docs, corpus);
        GenerateCorpus.write(
            GenerateCorpus.readSeeds(Path.of(flags.getOrDefault("seeds", "seeds"))),
            CorpusGenerator.Options.defaults(docs, seed),
            corpus);
      }
      ObjectNode baseline = null;
      List<ObjectNode> sizeRows = new ArrayList<>();
      for (String runner : runners) {
        ObjectNode row = runOnce(work, corpus.resolve("articles"), docs, runner, heap, jvmArgs, parallelism, pipelineArgs);
        if (runner.equals("baseline") && row.has("docs_per_s")) {
          baseline = row;
        }
        sizeRows.add(row);
        System.err.println(JSON.writeValueAsString(row));
      }
      // ratios to the baseline of the same size, measured in this run (whatever the order of the runners)
      for (ObjectNode row : sizeRows) {
        if (baseline != null && row.has("docs_per_s")) {
          row.put("ratio_to_baseline", row.get("docs_per_s").asDouble() / baseline.get("docs_per_s").asDouble());
        }
        Files.writeString(
            work.resolve("results.jsonl"), JSON.writeValueAsString(row) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      rows.addAll(sizeRows);
    }
    System.out.println(table(rows));
    System.out.println(stageTable(rows));
  }

  /** One run in a fresh JVM; the wall time is the whole process's, JVM start-up included. */
  static ObjectNode runOnce(
      Path work, Path articles, int docs, String runner, String heap, List<String> jvmArgs, int parallelism,
      List<String> pipelineArgs)
      throws IOException, InterruptedException {
    if (runner.equals("baseline-2proc")) {
      return runTwoParts(work, articles, docs, heap, jvmArgs);
    }
    Path output = work.resolve("out-" + docs + "-" + runner);
    List<String> command = new ArrayList<>();
    if (runner.equals("baseline-1core")) {
      // the same loop with every thread of its JVM (JIT compiler, GC) on one CPU: the baseline's throughput when
      // the single thread really has one core, not one core plus the JVM's helpers on the other
      command.addAll(List.of("taskset", "-c", "0"));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    command.addAll(jvmArgs);
    command.addAll(addOpens());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    if (runner.startsWith("baseline")) {
      command.add(BaselineLoop.class.getName());
      command.addAll(List.of("--input", articles.toString(), "--output", output.toString()));
      if (runner.equals("baseline-2thread")) {
        command.addAll(List.of("--threads", "2"));
      }
    } else {
      command.add(TimedRun.class.getName());
      command.add("--input=" + articles);
      command.add("--output=" + output);
      switch (runner) {
        case "direct" -> command.add("--runner=DirectRunner");
        case "flink" -> command.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=" + parallelism));
        case "spark" -> command.addAll(List.of("--runner=SparkRunner", "--sparkMaster=local[" + parallelism + "]"));
        default -> throw new IllegalArgumentException(
            "unknown runner " + runner + " (baseline, baseline-1core, baseline-2proc, baseline-2thread, direct, flink, spark)");
      }
      command.addAll(pipelineArgs);
    }
    Path log = work.resolve("logs/" + docs + "-" + runner + ".log");
    double load = Measurements.loadAverage();
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;

    ObjectNode row = newRow(docs, runner, heap, jvmArgs, load, exit, wall);
    String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
    if (exit != 0 || last == null) {
      row.put("error", "see " + log);
      return row;
    }
    JsonNode child = JSON.readTree(last);
    row.setAll((ObjectNode) child);
    row.put("runner", runner);
    long bytes = inputBytes(articles);
    int cores = runner.equals("baseline-2thread") ? 2 : runner.startsWith("baseline") ? 1 : child.get("cores").asInt();
    row.put("input_bytes", bytes);
    row.put("docs_per_s", docs / wall);
    row.put("mb_per_s", bytes / 1e6 / wall);
    row.put("cores_used", cores);
    row.put("mb_per_s_per_core", bytes / 1e6 / wall / cores);
    return row;
  }

  /** The fields every result row starts with. */
  private static ObjectNode newRow(int docs, String runner, String heap, List<String> jvmArgs, double load, int exit, double wall) {
    ObjectNode row = JSON.createObjectNode();
    row.put("at", Instant.now().toString());
    row.put("docs", docs);
    row.put("runner", runner);
    row.put("heap", heap);
    row.put("jvm_args", String.join(" ", jvmArgs));
    row.put("load_before", load);
    row.put("load_after", Measurements.loadAverage());
    row.put("exit", exit);
    row.put("wall_s", wall);
    return row;
  }

  /** {@code baseline-2proc}: parts 0/2 and 1/2 of the files in two baseline loops started together. */
  static ObjectNode runTwoParts(Path work, Path articles, int docs, String heap, List<String> jvmArgs)
      throws IOException, InterruptedException {
    double load = Measurements.loadAverage();
    long start = System.nanoTime();
    List<Process> processes = new ArrayList<>();
    for (int part = 0; part < 2; part++) {
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.add("-Xmx" + heap);
      command.addAll(jvmArgs);
      command.addAll(addOpens());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), BaselineLoop.class.getName()));
      command.addAll(List.of("--input", articles.toString(), "--output", work.resolve("out-" + docs + "-baseline-2proc-" + part).toString()));
      command.addAll(List.of("--part", part + "/2"));
      Path log = work.resolve("logs/" + docs + "-baseline-2proc-" + part + ".log");
      processes.add(new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.PIPE).start());
    }
    List<String> outputs = new ArrayList<>();
    for (Process process : processes) {
      outputs.add(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    int exit = 0;
    for (Process process : processes) {
      exit = Math.max(exit, process.waitFor());
    }
    double wall = (System.nanoTime() - start) / 1e9;
    ObjectNode row = newRow(docs, "baseline-2proc", heap, jvmArgs, load, exit, wall);
    double cpu = 0;
    double rss = 0;
    long documents = 0;
    for (String out : outputs) {
      String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
      if (exit != 0 || last == null) {
        row.put("error", "see " + work.resolve("logs/" + docs + "-baseline-2proc-*.log"));
        return row;
      }
      JsonNode child = JSON.readTree(last);
      cpu += child.get("cpu_s").asDouble();
      rss += child.get("peak_rss_mb").asDouble();
      documents += child.get("documents").asLong();
    }
    long bytes = inputBytes(articles);
    row.put("documents", documents);
    row.put("cpu_s", cpu);
    row.put("peak_rss_mb", rss);
    row.put("input_bytes", bytes);
    row.put("docs_per_s", docs / wall);
    row.put("mb_per_s", bytes / 1e6 / wall);
    row.put("cores_used", 2);
    row.put("mb_per_s_per_core", bytes / 1e6 / wall / 2);
    return row;
  }

  /** The {@code Add-Opens} list of our jar's manifest as JVM flags (Spark needs them on Java 17). */
  static List<String> addOpens() {
    try {
      Path jar = Path.of(RunBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return List.of();
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        String opens = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Add-Opens");
        if (opens == null) {
          return List.of();
        }
        return Arrays.stream(opens.trim().split("\\s+")).map(p -> "--add-opens=" + p + "=ALL-UNNAMED").toList();
      }
    } catch (IOException | java.net.URISyntaxException e) {
      return List.of();
    }
  }

  static long inputBytes(Path articles) {
    try (Stream<Path> files = Files.walk(articles)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Per-stage time of each baseline run: seconds, share of the loop and MB of input per second. */
  static String stageTable(List<ObjectNode> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| docs | stage | s | share | MB/s of input |\n|---:|---|---:|---:|---:|\n");
    for (ObjectNode r : rows) {
      if (!r.get("runner").asText().equals("baseline") || !r.has("stage_s")) {
        continue;
      }
      double total = 0;
      for (JsonNode s : r.get("stage_s")) {
        total += s.asDouble();
      }
      double mb = r.get("input_bytes").asLong() / 1e6;
      var fields = r.get("stage_s").fields();
      while (fields.hasNext()) {
        var stage = fields.next();
        double s = stage.getValue().asDouble();
        out.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.1f%% | %s |%n", r.get("docs").asInt(), stage.getKey(), s,
            100 * s / total, s > 0 ? String.format(Locale.ROOT, "%.1f", mb / s) : ""));
      }
    }
    return out.toString();
  }

  static String table(List<ObjectNode> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| docs | runner | wall s | docs/s | MB/s | cores | MB/s/core | x baseline | peak RSS MB | CPU s | load before |\n");
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ObjectNode r : rows) {
      if (r.has("error")) {
        out.append(String.format(Locale.ROOT, "| %d | %s | %.1f | failed: %s | | | | | | | %.2f |%n",
            r.get("docs").asInt(), r.get("runner").asText(), r.get("wall_s").asDouble(), r.get("error").asText(), r.get("load_before").asDouble()));
        continue;
      }
      out.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.2f | %d | %.2f | %s | %.0f | %.1f | %.2f |%n",
          r.get("docs").asInt(), r.get("runner").asText(), r.get("wall_s").asDouble(), r.get("docs_per_s").asDouble(),
          r.get("mb_per_s").asDouble(), r.get("cores_used").asInt(), r.get("mb_per_s_per_core").asDouble(),
          r.has("ratio_to_baseline") ? String.format(Locale.ROOT, "%.2f", r.get("ratio_to_baseline").asDouble()) : "",
          r.get("peak_rss_mb").asDouble(), r.has("cpu_s") ? r.get("cpu_s").asDouble() : -1, r.get("load_before").asDouble()));
    }
    return out.toString();
  }
}
