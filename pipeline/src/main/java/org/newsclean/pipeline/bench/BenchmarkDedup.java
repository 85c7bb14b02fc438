package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclean.transforms.boilerplate.StripBoilerplate;
import org.newsclean.transforms.dedup.Deduplicate;
import org.newsclean.transforms.dedup.KeyRanges;
import org.newsclean.transforms.dedup.MarkNearDuplicates;
import org.newsclean.transforms.dedup.MinHash;
import org.newsclean.transforms.read.ReadArticles;
import org.newsclean.transforms.records.Article;

/**
 * Runs the dedup stage on a generated corpus ({@link GenerateCorpus}), times it and scores it against the
 * corpus's truth ({@link DedupScore}):
 *
 * <pre>
 * java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.bench.BenchmarkDedup \
 *     --corpus DIR --work DIR [--stage dedup|read] [--shingleSize 5] [--hashes 100] [--bands 20] \
 *     [--threshold 0.7] [--rounds 5] [--keyRanges 16]
 * </pre>
 *
 * <p>{@code --stage dedup} (default): the dedup stage alone. First (once, outside Beam, not timed as the stage)
 * the corpus files are read and cleaned with the same Beam-free cores ({@link PreparedCorpus}) into
 * {@code WORK/cleaned/*.jsonl}; then the timed pipeline reads those lines, runs Deduplicate and
 * MarkNearDuplicates, and writes one small JSON line per document ({@code doc_id}, {@code source},
 * {@code duplicate_sources}, {@code near_duplicate_of}) under {@code WORK/documents/}; prints the wall time and
 * the scores. {@code --stage read}: ReadArticles and StripBoilerplate in Beam, counted (reading costs). Runs on the DirectRunner (Beam options after {@code --}).
 */
public final class BenchmarkDedup {
  private BenchmarkDedup() {}

  public static void main(String[] args) throws IOException {
    int split = List.of(args).indexOf("--");
    String[] own = split < 0 ? args : java.util.Arrays.copyOfRange(args, 0, split);
    String[] beam = split < 0 ? new String[0] : java.util.Arrays.copyOfRange(args, split + 1, args.length);
    Map<String, String> flags = GenerateCorpus.parseFlags(own);
    if (!flags.containsKey("corpus") || !flags.containsKey("work")) {
      System.err.println("usage: BenchmarkDedup --corpus DIR --work DIR [--stage dedup|read] [--shingleSize N]"
          + " [--hashes N] [--bands N] [--threshold F] [--rounds N] [-- beam options]");
      System.exit(2);
    }
    Path corpus = Path.of(flags.get("corpus"));
    Path work = Path.of(flags.get("work"));
    String stage = flags.getOrDefault("stage", "dedup");
    MinHash.Settings defaults = MinHash.Settings.defaults();
    MinHash.Settings settings =
        new MinHash.Settings(
            Integer.parseInt(flags.getOrDefault("shingleSize", String.valueOf(defaults.shingleSize()))),
            Integer.parseInt(flags.getOrDefault("hashes", String.valueOf(defaults.hashes()))),
            Integer.parseInt(flags.getOrDefault("bands", String.valueOf(defaults.bands()))),
            Double.parseDouble(flags.getOrDefault("threshold", String.valueOf(defaults.threshold()))));
    int rounds = Integer.parseInt(flags.getOrDefault("rounds", String.valueOf(MarkNearDuplicates.DEFAULT_ROUNDS)));
    int keyRanges = Integer.parseInt(flags.getOrDefault("keyRanges", String.valueOf(KeyRanges.DEFAULT)));

    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs(beam).withValidation().create());
    PCollection<String> lines;
    if (stage.equals("read")) {
      PCollection<Article> cleaned =
          pipeline
              .apply("ReadArticles", ReadArticles.from(corpus.resolve("articles").toAbsolutePath() + "/**"))
              .get(ReadArticles.ARTICLES)
              .apply("StripBoilerplate", StripBoilerplate.withDefaultRules())
              .get(StripBoilerplate.CLEANED);
      lines = cleaned.apply(Count.globally()).apply(MapElements.into(TypeDescriptors.strings()).via(n -> "{\"documents\":" + n + "}"));
    } else if (stage.equals("dedup")) {
      Path prepared = work.resolve("cleaned");
      if (!Files.isDirectory(prepared)) {
        long t0 = System.nanoTime();
        int n = PreparedCorpus.write(corpus, prepared);
        System.out.printf(Locale.ROOT, "prepared %d cleaned articles (read + boilerplate, outside Beam) in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      }
      lines =
          pipeline
              .apply("ReadCleaned", TextIO.read().from(prepared.toAbsolutePath() + "/*.jsonl"))
              .apply("ToArticles", MapElements.into(TypeDescriptor.of(Article.class)).via(PreparedCorpus::article))
              .apply("Deduplicate", Deduplicate.exactCopies().withKeyRanges(keyRanges))
              .apply("MarkNearDuplicates", MarkNearDuplicates.withSettings(settings).withRounds(rounds).withKeyRanges(keyRanges))
              .apply("ToJson", MapElements.into(TypeDescriptors.strings()).via(BenchmarkDedup::line));
    } else {
      throw new IllegalArgumentException("--stage must be dedup or read, got " + stage);
    }
    Files.createDirectories(work);
    lines.apply("Write", TextIO.write().to(work.resolve("documents").toAbsolutePath() + "/part").withSuffix(".jsonl"));

    long start = System.nanoTime();
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the benchmark pipeline ended in state " + state);
    }
    System.out.printf(Locale.ROOT, "stage=%s corpus=%s seconds=%.1f settings=%s rounds=%d keyRanges=%d%n", stage, corpus, seconds, settings, rounds, keyRanges);
    if (stage.equals("dedup")) {
      List<DedupScore.Truth> truth = DedupScore.readTruth(corpus);
      Map<String, String> clusters = DedupScore.clusters(work.resolve("documents"));
      System.out.println("files in records: " + clusters.size() + "; truth files missing from the records: "
          + DedupScore.missing(truth, clusters).size());
      System.out.print(DedupScore.report(DedupScore.score(truth, clusters, DedupScore.fileJaccard(corpus))));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String line(Article a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc_id", a.getDocId());
    n.put("source", a.getSource());
    ArrayNode dups = n.putArray("duplicate_sources");
    a.getDuplicateSources().forEach(dups::add);
    n.put("near_duplicate_of", a.getNearDuplicateOf());
    return n.toString();
  }
}
