package org.newsclean.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.spark.SparkCommonPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsclean.pipeline.io.OutputLayout;
import org.newsclean.pipeline.io.ProgressReporter;
import org.newsclean.pipeline.io.RunManifest;
import org.newsclean.pipeline.io.WriteSortedShards;
import org.newsclean.pipeline.options.NewsPipelineOptions;
import org.newsclean.transforms.boilerplate.StripBoilerplate;
import org.newsclean.transforms.dedup.ClusterStories;
import org.newsclean.transforms.dedup.Deduplicate;
import org.newsclean.transforms.dedup.MarkNearDuplicates;
import org.newsclean.transforms.dedup.MinHash;
import org.newsclean.transforms.dedup.RecordSeenDocuments;
import org.newsclean.transforms.dedup.SkipSeenDocuments;
import org.newsclean.transforms.entities.AggregateEntities;
import org.newsclean.transforms.entities.ExtractEntities;
import org.newsclean.transforms.language.DetectLanguage;
import org.newsclean.transforms.quotes.ExtractQuotes;
import org.newsclean.transforms.quotes.GroupQuotes;
import org.newsclean.transforms.read.ArticleParser;
import org.newsclean.transforms.read.ReadArticles;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EarlierDuplicate;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.MentionRecord;
import org.newsclean.transforms.records.MentionRecordCoder;
import org.newsclean.transforms.records.OutputRecords;
import org.newsclean.transforms.records.QuoteRecord;
import org.newsclean.transforms.records.Rejected;

/**
 * The news-cleaning pipeline: raw article files in; documents, quotes, entities, mentions, rejected
 * inputs and a run manifest out, as Parquet and JSON Lines.
 */
public final class NewsPipeline {
  private NewsPipeline() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(NewsPipelineOptions.class);
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(System.out, NewsPipelineOptions.class);
      return;
    }
    NewsPipelineOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsPipelineOptions.class);
    run(options);
  }

  /**
   * Replaces what an earlier run wrote into the output directory, runs the pipeline to the end and
   * writes the run manifest.
   */
  public static PipelineResult run(NewsPipelineOptions options) {
    OutputLayout layout = new OutputLayout(options.getOutput());
    String runner = options.getRunner().getSimpleName();
    if (runner.equals("DirectRunner")) {
      // let run() return at once, so that progress can be reported while the DirectRunner works
      options.as(DirectOptions.class).setBlockOnRun(false);
    } else if (runner.equals("FlinkRunner")) {
      // every record is immutable and no DoFn changes its input: Flink need not copy between chained operators
      FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
      flink.setFasterCopy(true);
      // the dedup joins (CoGroupByKey) read one tag after the other; past 10,000 values in a group Beam's
      // CoGbkResult iterates the grouped values again, which Flink's batch GroupByKey allows only with this
      flink.setReIterableGroupByKeyResult(true);
    } else if (runner.equals("SparkRunner")) {
      // Beam caches every collection read by several steps; under Spark's default MEMORY_ONLY a cached partition that
      // does not fit in memory is dropped and recomputed from the start: at 100,000 documents with a 2 GB heap the
      // whole read was done twice and the counters (hence the manifest's accounting) counted it twice. DISK_ONLY
      // streams each partition to local disk; MEMORY_AND_DISK_SER first unrolls a partition in the heap and ran out
      // of a 2 GB heap there
      SparkCommonPipelineOptions spark = options.as(SparkCommonPipelineOptions.class);
      if ("MEMORY_ONLY".equals(spark.getStorageLevel())) {
        spark.setStorageLevel("DISK_ONLY");
      }
    }
    Pipeline pipeline = Pipeline.create(options);
    try {
      layout.clearPreviousRun();
      build(pipeline, options, layout);
      PipelineResult result =
          new ProgressReporter(System.err, options.getQuiet(), options.getProgressIntervalSeconds()).run(pipeline);
      PipelineResult.State state = result.getState();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended in state " + state);
      }
      RunManifest manifest = RunManifest.of(result, filePattern(options.getInput()), layout.root());
      manifest.write(layout.manifest());
      if (!options.getQuiet()) {
        System.err.println(manifest.summary());
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + layout.root(), e);
    }
  }

  /** Builds the whole graph: one verb-named transform per stage; every failure output goes to one collection. */
  static void build(Pipeline pipeline, NewsPipelineOptions options, OutputLayout layout) {
    ArticleParser.Limits limits =
        new ArticleParser.Limits(
            options.getMaxFileBytes(), options.getMaxTextChars(), Duration.ofSeconds(options.getParseTimeoutSeconds()));

    // boilerplate is stripped inside the read step: one split of kept articles and rejections (read or
    // boilerplate) instead of two, each of which costs a serialized copy of every article on Flink
    PCollectionTuple read =
        pipeline.apply(
            "ReadArticles",
            ReadArticles.from(filePattern(options.getInput()))
                .withLimits(limits)
                .followedBy(StripBoilerplate.withDefaultRules().asStage()));
    PCollection<Article> unique =
        read.get(ReadArticles.ARTICLES).apply("Deduplicate", Deduplicate.exactCopies().withKeyRanges(options.getDedupKeyRanges()));
    PCollection<String> seen = null;
    if (options.getStateDir() != null) {
      seen = pipeline.apply("ReadState", TextIO.read().from(stateFiles(options.getStateDir())).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW));
      PCollectionTuple skipped =
          unique.apply("SkipSeenDocuments", SkipSeenDocuments.against(seen).withKeyRanges(options.getDedupKeyRanges()));
      unique = skipped.get(SkipSeenDocuments.NEW);
      skipped
          .get(SkipSeenDocuments.EARLIER)
          .apply(
              "WriteEarlierDuplicates",
              WriteSortedShards.to(layout.directory(OutputLayout.EARLIER_DUPLICATES), options.getShards(), EarlierDuplicate::getSource));
    }
    PCollection<KV<String, String>> nearVerdicts = null;
    if (options.getDedupNearDuplicates()) {
      MarkNearDuplicates near =
          MarkNearDuplicates.withSettings(nearSettings(options))
              .withRounds(options.getDedupRounds())
              .withKeyRanges(options.getDedupKeyRanges());
      near = seen == null ? near : near.withEarlierRuns(seen);
      if (options.getDedupStories()) {
        // only the verdicts here: the story join applies them, so each article is shuffled once for both verdicts
        // (no stage between reads near_duplicate_of; near-duplicates are extracted like every other document)
        nearVerdicts = unique.apply("FindNearDuplicates", near.verdictsOnly());
      } else {
        unique = unique.apply("MarkNearDuplicates", near);
      }
    }
    PCollection<Article> extracted =
        unique
            .apply(
                "DetectLanguage",
                DetectLanguage.withThreshold(options.getLanguageMinConfidence(), options.getLanguageSampleChars()))
            .apply("ExtractEntities", ExtractEntities.withUserCatalog(options.getEntityCatalog()))
            .apply("ExtractQuotes", ExtractQuotes.withDefaultRules());
    // Mentions leave the documents here: they are written as their own records (and documents are written
    // without them), so the story join and the document writer do not shuffle them again. The mentions of one
    // document travel to the writer as one element (about forty records a document).
    PCollection<List<MentionRecord>> mentions =
        extracted.apply("ToMentions", ParDo.of(new MentionsOfDocumentFn())).setCoder(ListCoder.of(MentionRecordCoder.of()));
    PCollection<EntityRecord> entities = extracted.apply("AggregateEntities", AggregateEntities.acrossDocuments());
    PCollection<Article> documents =
        extracted
            .apply(
                "DropMentions",
                MapElements.into(TypeDescriptor.of(Article.class)).via((Article a) -> a.toBuilder().withMentions(List.of()).build()))
            .setCoder(extracted.getCoder());
    if (options.getDedupStories()) {
      // after entity and quote extraction: stories are found from entity ids, numbers and quoted speakers
      ClusterStories stories =
          ClusterStories.withThreshold(options.getStoryThreshold())
              .withRounds(options.getDedupRounds())
              .withKeyRanges(options.getDedupKeyRanges());
      documents = documents.apply("ClusterStories", nearVerdicts == null ? stories : stories.withNearDuplicates(nearVerdicts));
    }

    PCollection<Rejected> rejected =
        read.get(ReadArticles.REJECTED).apply("CountRejected", ParDo.of(new CountRejectedFn()));

    int shards = options.getShards();
    if (options.getStateDir() != null) {
      documents
          .apply("RecordSeenDocuments", RecordSeenDocuments.withSettings(nearSettings(options)))
          .apply(
              "WriteState",
              TextIO.write()
                  .to(options.getStateDir() + "/seen-" + RUN_STAMP.format(java.time.Instant.now()) + "-part")
                  .withSuffix(".jsonl")
                  .withNumShards(shards));
    }
    documents.apply(
        "WriteDocuments",
        WriteSortedShards.to(layout.directory(OutputLayout.DOCUMENTS), shards, Article::getDocId).excludingFields("mentions"));
    documents
        .apply("GroupQuotes", GroupQuotes.acrossDocuments())
        .apply("WriteQuotes", WriteSortedShards.to(layout.directory(OutputLayout.QUOTES), shards, QuoteRecord::getQuoteId));
    mentions.apply(
        "WriteMentions",
        WriteSortedShards.ofGroups(
            layout.directory(OutputLayout.MENTIONS),
            shards,
            (List<MentionRecord> ofDocument) -> ofDocument.get(0).getDocId(),
            (List<MentionRecord> ofDocument) -> ofDocument,
            OutputRecords::mentionKey,
            MentionRecordCoder.of()));
    entities.apply("WriteEntities", WriteSortedShards.to(layout.directory(OutputLayout.ENTITIES), shards, EntityRecord::getEntityId));
    rejected.apply("WriteRejected", WriteSortedShards.to(layout.directory(OutputLayout.REJECTED), shards, Rejected::getSource));
  }

  private static final java.time.format.DateTimeFormatter RUN_STAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

  /** The state files of every earlier run in a state directory. */
  static String stateFiles(String stateDir) {
    return stateDir + (stateDir.endsWith("/") ? "" : "/") + "seen-*.jsonl";
  }

  static MinHash.Settings nearSettings(NewsPipelineOptions options) {
    return new MinHash.Settings(
        options.getDedupShingleSize(), options.getDedupHashes(), options.getDedupBands(), options.getDedupThreshold());
  }

  /** A directory becomes a recursive pattern over its files; anything else is used as a Beam file pattern. */
  static String filePattern(String input) {
    if (input.endsWith("/")) {
      return input + "**";
    }
    if (!input.contains("://") && Files.isDirectory(Path.of(input))) {
      return input + "/**";
    }
    return input;
  }

  /** The mention records of one document, as one list; nothing for a document without mentions. */
  private static final class MentionsOfDocumentFn extends DoFn<Article, List<MentionRecord>> {
    @ProcessElement
    public void process(@Element Article document, OutputReceiver<List<MentionRecord>> out) {
      List<MentionRecord> mentions = OutputRecords.mentionsOf(document);
      if (!mentions.isEmpty()) {
        out.output(mentions);
      }
    }
  }

  private static final class CountRejectedFn extends DoFn<Rejected, Rejected> {
    private final Counter rejected = Metrics.counter(NewsPipeline.class, "rejected");

    @ProcessElement
    public void process(@Element Rejected record, OutputReceiver<Rejected> out) {
      rejected.inc();
      out.output(record);
    }
  }
}
