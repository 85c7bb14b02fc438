package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;
import org.newsclean.pipeline.io.OutputLayout;
import org.newsclean.pipeline.io.RecordFiles;
import org.newsclean.pipeline.io.WriteSortedShards;
import org.newsclean.transforms.boilerplate.BoilerplateStripper;
import org.newsclean.transforms.boilerplate.StripBoilerplate;
import org.newsclean.transforms.boilerplate.StrippedText;
import org.newsclean.transforms.dedup.ExactDuplicates;
import org.newsclean.transforms.dedup.MinHash;
import org.newsclean.transforms.dedup.NearDuplicates;
import org.newsclean.transforms.dedup.StoryProfile;
import org.newsclean.transforms.entities.EntityAggregator;
import org.newsclean.transforms.entities.EntityCatalog;
import org.newsclean.transforms.entities.EntityExtractor;
import org.newsclean.transforms.entities.Mention;
import org.newsclean.transforms.language.LanguageGuess;
import org.newsclean.transforms.language.LanguageIdentifier;
import org.newsclean.transforms.quotes.ExtractQuotes;
import org.newsclean.transforms.quotes.QuoteExtractor;
import org.newsclean.transforms.quotes.QuoteGroups;
import org.newsclean.transforms.quotes.QuoteMatch;
import org.newsclean.transforms.read.ArticleParser;
import org.newsclean.transforms.read.ReadArticles;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.MentionRecord;
import org.newsclean.transforms.records.MentionRef;
import org.newsclean.transforms.records.OutputRecords;
import org.newsclean.transforms.records.Rejected;
import org.newsclean.transforms.records.QuoteRecord;
import org.newsclean.transforms.records.QuoteRef;

/**
 * The benchmark's baseline: the pipeline's core classes called in a plain single-threaded loop over
 * the same files, with no Beam runner, with a timer per stage.
 *
 * <pre>
 * java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.bench.BaselineLoop --input DIR [--output DIR] [--part I/N | --threads N]
 * </pre>
 *
 * <p>{@code --part I/N} keeps only the files whose position in the sorted list is {@code I} modulo {@code N}: the
 * benchmark's {@code baseline-2proc} runs parts 0/2 and 1/2 as two such loops at the same time, the most that two
 * cores give this loop with no runner at all (each part is deduplicated on its own, so it is a bound, not a
 * pipeline).
 *
 * <p>Same work as the pipeline, in the same order: parse every file with {@link ArticleParser}, strip
 * boilerplate, group exact copies by content key and merge them, mark near-duplicates (MinHash signatures,
 * LSH buckets, verified pairs, connected components), then per document detect the language, extract
 * entities and quotes, group quotes by {@code quote_id}, cluster stories over all documents ({@link
 * StoryProfile} candidates and similarity, components), aggregate entities over all documents, and write
 * documents and entities as JSON Lines (Jackson; the pipeline writes Parquet too, through Beam's schema
 * utilities, and writes quotes and mentions). Every candidate, pair and component is held in memory (hash
 * maps and union-find) where the pipeline shuffles; the settings are the pipeline's defaults.
 * Prints one JSON line with the counts, the time of each stage and the peak resident memory.
 */
public final class BaselineLoop {
  /** Stage names, in pipeline order. */
  static final List<String> STAGES =
      List.of("list", "read", "boilerplate", "dedup", "near_duplicates", "language", "entities", "quotes", "stories",
          "aggregate", "write");

  /** Candidate settings of the story stage: those of {@code ClusterStories}. */
  private static final MinHash.Settings STORY_CANDIDATES = new MinHash.Settings(1, 16, 8, 0.0);

  private final Map<String, Long> nanos = new LinkedHashMap<>();

  BaselineLoop() {
    STAGES.forEach(s -> nanos.put(s, 0L));
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = GenerateCorpus.parseFlags(args);
    if (!flags.containsKey("input")) {
      System.err.println("usage: BaselineLoop --input DIR [--output DIR] [--part I/N | --threads N]");
      System.exit(2);
    }
    long start = System.nanoTime();
    int threads = Integer.parseInt(flags.getOrDefault("threads", "1"));
    Path input = Path.of(flags.get("input"));
    Path output = flags.containsKey("output") ? Path.of(flags.get("output")) : null;
    ObjectNode result;
    if (threads > 1) {
      result = inThreads(input, output, threads);
    } else {
      int[] part = part(flags.getOrDefault("part", "0/1"));
      result = new BaselineLoop().run(input, output, part[0], part[1]);
    }
    result.put("in_process_s", (System.nanoTime() - start) / 1e9);
    Measurements.addProcessFigures(result);
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }

  /**
   * {@code --threads N}: parts {@code 0/N .. N-1/N} of the files, each in its own loop (its own extractors, its own
   * deduplication), in N threads of this JVM at the same time; the counts are summed. Like {@code --part}, a bound
   * and not a runner: it is what N cores give these loops inside one JVM, which pays its start-up, model loading
   * and JIT compilation once (two processes pay them twice).
   */
  static ObjectNode inThreads(Path input, Path output, int threads) throws IOException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<ObjectNode>> parts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int part = i;
        Path out = output == null ? null : output.resolve("part-" + part);
        parts.add(pool.submit(() -> new BaselineLoop().run(input, out, part, threads)));
      }
      ObjectNode sum = new ObjectMapper().createObjectNode();
      sum.put("runner", "baseline-threads");
      sum.put("threads", threads);
      for (java.util.concurrent.Future<ObjectNode> f : parts) {
        ObjectNode r = f.get();
        r.fields().forEachRemaining(e -> {
          if (e.getValue().isIntegralNumber() && !e.getKey().equals("cores")) {
            sum.put(e.getKey(), sum.path(e.getKey()).asLong(0) + e.getValue().asLong());
          }
        });
      }
      return sum;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException(ex);
    } catch (java.util.concurrent.ExecutionException ex) {
      throw new IOException(ex.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private long tick(String stage, long since) {
    long now = System.nanoTime();
    nanos.merge(stage, now - since, Long::sum);
    return now;
  }

  /** {@code "I/N"} as {@code {I, N}}, with {@code 0 <= I < N}. */
  static int[] part(String spec) {
    String[] p = spec.split("/");
    int i = p.length == 2 ? Integer.parseInt(p[0].trim()) : -1;
    int n = p.length == 2 ? Integer.parseInt(p[1].trim()) : 0;
    if (n < 1 || i < 0 || i >= n) {
      throw new IllegalArgumentException("--part must be I/N with 0 <= I < N, got " + spec);
    }
    return new int[] {i, n};
  }

  ObjectNode run(Path input, Path output) throws IOException {
    return run(input, output, 0, 1);
  }

  ObjectNode run(Path input, Path output, int part, int partCount) throws IOException {
    ObjectMapper json = new ObjectMapper();
    // the heavy resources, built once as the pipeline's DoFns get them
    long t = System.nanoTime();
    ArticleParser parser = new ArticleParser(ArticleParser.Limits.defaults());
    BoilerplateStripper stripper = BoilerplateStripper.withDefaults();
    LanguageIdentifier identifier = LanguageIdentifier.createDefault();
    EntityExtractor extractor = new EntityExtractor(EntityCatalog.loadDefault());
    QuoteExtractor quotes = QuoteExtractor.withDefaults();
    long setupNanos = System.nanoTime() - t;

    t = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
      files = new ArrayList<>();
      for (int i = part; i < all.size(); i += partCount) {
        files.add(all.get(i));
      }
    }
    t = tick("list", t);

    Outputs out = output == null ? null : new Outputs(output);
    t = tick("write", t);
    long bytes = 0;
    long rejected = 0;
    // one article per content key, merged with each copy as it comes (ExactDuplicates.merge is associative),
    // so that the loop holds one article per distinct text, not every copy
    Map<String, Article> copies = new TreeMap<>();
    for (Path file : files) {
      long size = Files.size(file);
      bytes += size;
      ArticleParser.Outcome outcome = parser.parse(file.getFileName().toString(), size, () -> Files.newInputStream(file));
      t = tick("read", t);
      if (!(outcome instanceof ArticleParser.Parsed parsed)) {
        rejected++;
        if (out != null) {
          ArticleParser.Failure failure = (ArticleParser.Failure) outcome;
          out.rejected.write(Rejected.create(source(file), ReadArticles.STAGE, failure.reason(), failure.detail()));
        }
        t = tick("write", t);
        continue;
      }
      StrippedText stripped = stripper.strip(parsed.text());
      t = tick("boilerplate", t);
      if (stripped.text().isBlank()) {
        rejected++;
        if (out != null) {
          out.rejected.write(Rejected.create(source(file), StripBoilerplate.STAGE, StripBoilerplate.EMPTY_AFTER_CLEANING,
              "no article text left after removing " + stripped.removed().size() + " boilerplate segments"));
        }
        t = tick("write", t);
        continue;
      }
      Article article =
          Article.read(source(file), parsed.contentType(), parsed.title(), stripped.text()).toBuilder()
              .withBoilerplateRemoved(stripped.removed())
              .build();
      String key = ExactDuplicates.contentKey(article.getText());
      copies.merge(key, article, (a, b) -> ExactDuplicates.merge(key, List.of(a, b)));
      t = tick("dedup", t);
    }

    t = System.nanoTime();
    for (Map.Entry<String, Article> group : copies.entrySet()) {
      group.setValue(ExactDuplicates.merge(group.getKey(), List.of(group.getValue())));
    }
    t = tick("dedup", t);
    Map<String, String> nearDuplicateOf = nearDuplicates(copies.values());
    t = tick("near_duplicates", t);

    long documents = 0;
    long quoteCount = 0;
    long mentionCount = 0;
    Map<String, List<EntityRecord>> partials = new TreeMap<>();
    Map<String, List<QuoteRecord>> quoteGroups = new HashMap<>();
    Map<String, StoryProfile> profiles = new TreeMap<>();
    t = System.nanoTime();
    for (Map.Entry<String, Article> group : copies.entrySet()) {
      Article doc = group.getValue();
      group.setValue(null); // the document is written below: let the copy go
      String representative = nearDuplicateOf.get(doc.getDocId());
      if (representative != null) {
        doc = doc.toBuilder().setNearDuplicateOf(representative).build();
      }
      t = tick("near_duplicates", t);
      LanguageGuess guess = identifier.detect(doc.getText());
      t = tick("language", t);
      List<Mention> mentions = extractor.extract(doc.getText(), guess.language());
      List<MentionRef> refs = new ArrayList<>(mentions.size());
      for (Mention m : mentions) {
        refs.add(MentionRef.create(m.entityId(), m.name(), m.type().name(), m.surface(), m.start(), m.end()));
      }
      doc = doc.toBuilder()
          .setLanguage(guess.language())
          .setLanguageConfidence(guess.recordedConfidence())
          .withMentions(refs)
          .withEntities(EntityAggregator.summarize(mentions))
          .build();
      mentionCount += refs.size();
      t = tick("entities", t);
      List<QuoteMatch> found = quotes.extract(doc.getText(), guess.language(), mentions);
      List<QuoteRef> quoteRefs = new ArrayList<>(found.size());
      for (QuoteMatch q : found) {
        quoteRefs.add(ExtractQuotes.toRef(q, guess.language()));
      }
      doc = doc.toBuilder().withQuotes(quoteRefs).build();
      for (QuoteRecord occurrence : QuoteGroups.occurrencesOf(doc)) {
        quoteGroups.computeIfAbsent(occurrence.getQuoteId(), k -> new ArrayList<>()).add(occurrence);
      }
      quoteCount += found.size();
      documents++;
      t = tick("quotes", t);
      StoryProfile profile = StoryProfile.of(doc);
      if (profile.linkable()) {
        profiles.put(doc.getDocId(), profile);
      }
      t = tick("stories", t);
      for (EntityRecord partial : EntityAggregator.partials(doc)) {
        partials.computeIfAbsent(partial.getEntityId(), k -> new ArrayList<>()).add(partial);
      }
      t = tick("aggregate", t);
      if (out != null) {
        out.documents.write(doc);
        for (MentionRecord m : OutputRecords.mentionsOf(doc)) {
          out.mentions.write(m);
        }
      }
      t = tick("write", t);
    }
    List<QuoteRecord> groupedQuotes = new ArrayList<>(quoteGroups.size());
    for (List<QuoteRecord> occurrences : new TreeMap<>(quoteGroups).values()) {
      groupedQuotes.add(QuoteGroups.merge(occurrences));
    }
    t = tick("quotes", t);
    long storyCount = stories(documents, profiles, nearDuplicateOf);
    t = tick("stories", t);
    List<EntityRecord> entities = new ArrayList<>(partials.size());
    partials.forEach((id, parts) -> entities.add(EntityAggregator.merge(id, parts)));
    t = tick("aggregate", t);
    if (out != null) {
      for (QuoteRecord q : groupedQuotes) {
        out.quotes.write(q);
      }
      for (EntityRecord e : entities) {
        out.entities.write(e);
      }
      out.close();
    }
    tick("write", t);

    ObjectNode result = json.createObjectNode();
    result.put("runner", "baseline");
    result.put("files", files.size());
    result.put("input_bytes", bytes);
    result.put("documents", documents);
    result.put("duplicates", files.size() - rejected - documents);
    result.put("rejected", rejected);
    result.put("near_duplicates", nearDuplicateOf.size());
    result.put("stories", storyCount);
    result.put("quotes", quoteGroups.size());
    result.put("quote_occurrences", quoteCount);
    result.put("mentions", mentionCount);
    result.put("entities", entities.size());
    result.put("setup_s", setupNanos / 1e9);
    ObjectNode stages = result.putObject("stage_s");
    nanos.forEach((stage, n) -> stages.put(stage, n / 1e9));
    return result;
  }

  /**
   * Near-duplicate marking as {@code MarkNearDuplicates} does it: signatures, LSH buckets, candidate pairs
   * verified on the estimated Jaccard, connected components; every member of a component but its
   * representative (smallest rank key: longest text, then smallest id) maps to the representative's id.
   */
  private static Map<String, String> nearDuplicates(Iterable<Article> articles) {
    MinHash.Settings settings = MinHash.Settings.defaults();
    MinHash minHash = new MinHash(settings);
    Map<String, long[]> signatures = new HashMap<>();
    Map<Long, TreeSet<String>> buckets = new HashMap<>();
    for (Article a : articles) {
      long[] signature = minHash.signature(a.getText());
      if (signature == null) {
        continue;
      }
      String rank = NearDuplicates.rankKey(a.getDocId(), a.getText().length());
      signatures.put(rank, signature);
      for (Long key : minHash.bandKeys(signature)) {
        buckets.computeIfAbsent(key, k -> new TreeSet<>()).add(rank);
      }
    }
    List<String[]> edges = verifiedPairs(buckets, (x, y) -> MinHash.estimate(signatures.get(x), signatures.get(y)), settings.threshold());
    Map<String, String> representativeOf = new HashMap<>();
    NearDuplicates.components(edges).forEach((member, root) -> {
      if (!member.equals(root)) {
        representativeOf.put(NearDuplicates.docIdOf(member), NearDuplicates.docIdOf(root));
      }
    });
    return representativeOf;
  }

  /** Story clustering as {@code ClusterStories} does it; returns the number of stories (a document alone is one). */
  private static long stories(long documents, Map<String, StoryProfile> profiles, Map<String, String> nearDuplicateOf) {
    MinHash minHash = new MinHash(STORY_CANDIDATES);
    Map<Long, TreeSet<String>> buckets = new HashMap<>();
    profiles.forEach((docId, profile) -> {
      for (Long key : minHash.bandKeys(minHash.signatureOfShingles(profile.featureHashes()))) {
        buckets.computeIfAbsent(key, k -> new TreeSet<>()).add(docId);
      }
    });
    List<String[]> edges =
        verifiedPairs(buckets, (x, y) -> StoryProfile.similarity(profiles.get(x), profiles.get(y)), StoryProfile.DEFAULT_THRESHOLD);
    nearDuplicateOf.forEach((member, representative) -> edges.add(new String[] {member, representative}));
    Map<String, String> labels = NearDuplicates.components(edges);
    return documents - labels.size() + labels.values().stream().distinct().count();
  }

  private static List<String[]> verifiedPairs(
      Map<Long, TreeSet<String>> buckets, java.util.function.ToDoubleBiFunction<String, String> score, double threshold) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String[]> edges = new ArrayList<>();
    for (TreeSet<String> members : buckets.values()) {
      if (members.size() < 2) {
        continue;
      }
      for (String[] pair : NearDuplicates.candidatePairs(new ArrayList<>(members))) {
        if (seen.add(pair[0] + "\u0000" + pair[1]) && score.applyAsDouble(pair[0], pair[1]) >= threshold) {
          edges.add(pair);
        }
      }
    }
    return edges;
  }

  private static String source(Path file) {
    return file.toAbsolutePath().toString();
  }

  /**
   * The pipeline's five record sets, each as one JSON Lines and one Parquet file ({@link RecordFiles}, the
   * pipeline's writer), in arrival order: the pipeline sorts each shard before writing, the baseline does not.
   */
  private static final class Outputs implements AutoCloseable {
    final Sink<Article> documents;
    final Sink<MentionRecord> mentions;
    final Sink<QuoteRecord> quotes;
    final Sink<EntityRecord> entities;
    final Sink<Rejected> rejected;

    Outputs(Path root) throws IOException {
      SchemaRegistry registry = SchemaRegistry.createDefault();
      documents = new Sink<>(registry, Article.class, root.resolve(OutputLayout.DOCUMENTS), Set.of("mentions"));
      mentions = new Sink<>(registry, MentionRecord.class, root.resolve(OutputLayout.MENTIONS), Set.of());
      quotes = new Sink<>(registry, QuoteRecord.class, root.resolve(OutputLayout.QUOTES), Set.of());
      entities = new Sink<>(registry, EntityRecord.class, root.resolve(OutputLayout.ENTITIES), Set.of());
      rejected = new Sink<>(registry, Rejected.class, root.resolve(OutputLayout.REJECTED), Set.of());
    }

    @Override
    public void close() throws IOException {
      for (Sink<?> sink : List.of(documents, mentions, quotes, entities, rejected)) {
        sink.out.close();
      }
    }
  }

  private static final class Sink<T> {
    private final SerializableFunction<T, Row> toRow;
    private final Schema schema;
    private final RecordFiles.Output out;

    Sink(SchemaRegistry registry, Class<T> type, Path dir, Set<String> excluded) throws IOException {
      try {
        toRow = registry.getToRowFunction(type);
        schema = WriteSortedShards.outputSchema(registry.getSchema(type), excluded);
      } catch (NoSuchSchemaException e) {
        throw new IllegalStateException("no schema for " + type, e);
      }
      Files.createDirectories(dir);
      out = new RecordFiles(schema, true).open(dir.toString(), "part-00000-of-00001");
    }

    void write(T record) throws IOException {
      out.write(RecordFiles.project(toRow.apply(record), schema));
    }
  }
}
