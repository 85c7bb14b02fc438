package org.newsclean.pipeline.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The run manifest: the totals of the run ({@code files_matched = documents + duplicates +
 * rejected}) and every Beam counter of every stage, read back from the finished pipeline.
 */
public final class RunManifest {
  private final Map<String, Long> counters;
  private final String input;
  private final String output;

  private RunManifest(Map<String, Long> counters, String input, String output) {
    this.counters = counters;
    this.input = input;
    this.output = output;
  }

  /** Reads the counters of a finished run; counters with the same namespace and name are summed over steps. */
  public static RunManifest of(PipelineResult result, String input, String output) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String namespace = counter.getName().getNamespace();
      String simple = namespace.substring(namespace.lastIndexOf('.') + 1);
      Long value = counter.getAttempted();
      counters.merge(simple + "." + counter.getName().getName(), value == null ? 0L : value, Long::sum);
    }
    return new RunManifest(counters, input, output);
  }

  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  public Map<String, Long> counters() {
    return counters;
  }

  public long filesMatched() {
    return counter("ReadArticles.files_matched");
  }

  /** Unique documents written: after exact deduplication, minus those an earlier run already emitted. */
  public long documents() {
    return counter("Deduplicate.documents") - counter("SkipSeenDocuments.seen_documents");
  }

  /** Inputs not written as documents because another input (of this or an earlier run) has the same text. */
  public long duplicates() {
    return counter("Deduplicate.duplicates") + counter("SkipSeenDocuments.seen_documents");
  }

  /** Inputs whose text an earlier run (same --stateDir) already emitted; part of {@link #duplicates()}. */
  public long duplicatesOfEarlierRuns() {
    return counter("SkipSeenDocuments.seen_files");
  }

  public long rejected() {
    return counter("NewsPipeline.rejected");
  }

  /** True when every matched file ended as a document, a duplicate or a rejected record. */
  public boolean accountedFor() {
    return filesMatched() == documents() + duplicates() + rejected();
  }

  /** One line for the console. */
  public String summary() {
    return String.format(
        "files matched %d: documents %d, duplicates %d, rejected %d; quotes %d, entities %d%s",
        filesMatched(),
        documents(),
        duplicates(),
        rejected(),
        counter("GroupQuotes.quotes"),
        counter("AggregateEntities.entities"),
        accountedFor() ? "" : " — WARNING: not every input is accounted for");
  }

  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("input", input);
    root.put("output", output);
    root.put("files_matched", filesMatched());
    root.put("documents", documents());
    root.put("duplicates", duplicates());
    root.put("rejected", rejected());
    root.put("duplicates_of_earlier_runs", duplicatesOfEarlierRuns());
    root.put("near_duplicates", counter("MarkNearDuplicates.near_duplicates"));
    root.put("near_duplicates_of_earlier_runs", counter("MarkNearDuplicates.near_duplicates_of_earlier_runs"));
    root.put("stories", counter("ClusterStories.documents_alone") + counter("ClusterStories.stories_shared"));
    root.put("quotes", counter("GroupQuotes.quotes"));
    root.put("quote_occurrences", counter("ExtractQuotes.quotes"));
    root.put("mentions", counter("ExtractEntities.mentions"));
    root.put("entities", counter("AggregateEntities.entities"));
    root.put("accounted_for", accountedFor());
    ObjectNode languages = root.putObject("languages");
    ObjectNode reasons = root.putObject("rejected_by_reason");
    for (Map.Entry<String, Long> e : counters.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("DetectLanguage.language_")) {
        languages.put(key.substring("DetectLanguage.language_".length()), e.getValue());
      } else if (key.contains(".rejected_")) {
        reasons.put(key.substring(key.indexOf(".rejected_") + ".rejected_".length()), e.getValue());
      }
    }
    ObjectNode all = root.putObject("counters");
    counters.forEach(all::put);
    return root;
  }

  public void write(ResourceId file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.TEXT);
        OutputStream out = Channels.newOutputStream(channel)) {
      out.write((mapper.writeValueAsString(toJson(mapper)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
