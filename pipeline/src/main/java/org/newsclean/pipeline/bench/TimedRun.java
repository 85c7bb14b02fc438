package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsclean.pipeline.NewsPipeline;
import org.newsclean.pipeline.options.NewsPipelineOptions;

/**
 * One benchmark run of the whole pipeline in this JVM (same arguments as {@link NewsPipeline}); prints
 * one JSON line with the manifest's counts, the in-process time, CPU time and peak resident memory.
 * Started by {@link RunBenchmark}, one process per run, so that each peak RSS is its own.
 */
public final class TimedRun {
  private TimedRun() {}

  public static void main(String[] args) throws IOException {
    PipelineOptionsFactory.register(NewsPipelineOptions.class);
    NewsPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsPipelineOptions.class);
    long start = System.nanoTime();
    NewsPipeline.run(options);
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(Path.of(options.getOutput(), "manifest.json").toFile());
    ObjectNode result = json.createObjectNode();
    result.put("runner", options.getRunner().getSimpleName());
    for (String field : new String[] {"files_matched", "documents", "duplicates", "rejected", "quotes", "mentions", "entities", "accounted_for"}) {
      result.set(field, manifest.get(field));
    }
    result.put("in_process_s", seconds);
    Measurements.addProcessFigures(result);
    System.out.println(json.writeValueAsString(result));
    // embedded Flink / Spark may leave non-daemon threads behind
    System.exit(0);
  }
}
