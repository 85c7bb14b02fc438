package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus with known duplicates (see {@link CorpusGenerator}) for the dedup
 * benchmark and any speed benchmark:
 *
 * <pre>
 * java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.bench.GenerateCorpus \
 *     --out DIR --docs N [--seed S] [--seeds DIR] [--exactShare 0.10] [--nearShare 0.30] \
 *     [--wordNoise 0.30] [--docsPerDir 1000]
 * </pre>
 *
 * <p>Writes {@code DIR/articles/NNNNN/doc-NNNNNNN.txt} (UTF-8), {@code DIR/truth.jsonl} (one true
 * duplicate pair a line: {@code a}, {@code b} paths relative to DIR, {@code kind}, {@code edit},
 * {@code edit_size}, {@code jaccard}) and {@code DIR/corpus.json} (the options and counts). Refuses to
 * write into a DIR that already has {@code articles/}.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = parseFlags(args);
    if (!flags.containsKey("out") || !flags.containsKey("docs")) {
      System.err.println(
          "usage: GenerateCorpus --out DIR --docs N [--seed S] [--seeds DIR] [--exactShare F] [--nearShare F]"
              + " [--wordNoise F] [--docsPerDir N]");
      System.exit(2);
    }
    CorpusGenerator.Options defaults = CorpusGenerator.Options.defaults(Integer.parseInt(flags.get("docs")), 1);
    CorpusGenerator.Options options =
        new CorpusGenerator.Options(
            defaults.docs(),
            Long.parseLong(flags.getOrDefault("seed", "1")),
            Double.parseDouble(flags.getOrDefault("exactShare", String.valueOf(defaults.exactShare()))),
            Double.parseDouble(flags.getOrDefault("nearShare", String.valueOf(defaults.nearShare()))),
            Double.parseDouble(flags.getOrDefault("wordNoise", String.valueOf(defaults.wordNoise()))),
            Integer.parseInt(flags.getOrDefault("docsPerDir", String.valueOf(defaults.docsPerDir()))));
    long start = System.nanoTime();
    Summary summary = write(readSeeds(Path.of(flags.getOrDefault("seeds", "seeds"))), options, Path.of(flags.get("out")));
    System.err.printf(
        "wrote %d documents (%d originals, %d exact copies, %d near copies) and %d true pairs to %s in %.1f s%n",
        options.docs(), summary.originals, summary.exact, summary.near, summary.pairs, flags.get("out"),
        (System.nanoTime() - start) / 1e9);
  }

  static Map<String, String> parseFlags(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + arg);
      }
      String name = arg.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        flags.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < args.length) {
        flags.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("missing value for " + arg);
      }
    }
    return flags;
  }

  /** Every {@code .txt} file of the seed directory, sorted by name. */
  static List<CorpusGenerator.Seed> readSeeds(Path dir) throws IOException {
    List<CorpusGenerator.Seed> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(CorpusGenerator.parseSeed(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no .txt seed files in " + dir);
    }
    return seeds;
  }

  record Summary(int originals, int exact, int near, long pairs) {}

  /** Writes the corpus; documents are built and written in parallel, the truth in document order. */
  static Summary write(List<CorpusGenerator.Seed> seeds, CorpusGenerator.Options options, Path out) throws IOException {
    if (Files.exists(out.resolve("articles"))) {
      throw new IllegalArgumentException(out.resolve("articles") + " already exists; choose a new --out");
    }
    CorpusGenerator generator = new CorpusGenerator(seeds, options);
    int docs = options.docs();
    for (int dir = 0; dir <= (docs - 1) / options.docsPerDir(); dir++) {
      Files.createDirectories(out.resolve(String.format("articles/%05d", dir)));
    }
    @SuppressWarnings("unchecked")
    List<CorpusGenerator.TruthPair>[] truth = new List[docs];
    IntStream.range(0, docs)
        .parallel()
        .forEach(
            i -> {
              CorpusGenerator.Doc doc = generator.doc(i);
              try {
                Files.writeString(out.resolve(doc.path()), doc.text(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              truth[i] = generator.truthFor(i);
            });
    ObjectMapper json = new ObjectMapper();
    long pairs = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
      for (List<CorpusGenerator.TruthPair> list : truth) {
        for (CorpusGenerator.TruthPair p : list) {
          ObjectNode line = json.createObjectNode();
          line.put("a", p.a());
          line.put("b", p.b());
          line.put("kind", p.kind());
          line.put("edit", p.edit());
          line.put("edit_size", p.editSize());
          line.put("jaccard", p.jaccard());
          writer.write(json.writeValueAsString(line));
          writer.write('\n');
          pairs++;
        }
      }
    }
    Summary summary = new Summary(options.originalCount(), options.exactCount(), docs - options.originalCount() - options.exactCount(), pairs);
    Map<String, Object> corpus = new TreeMap<>();
    corpus.put("docs", docs);
    corpus.put("seed", options.seed());
    corpus.put("exact_share", options.exactShare());
    corpus.put("near_share", options.nearShare());
    corpus.put("word_noise", options.wordNoise());
    corpus.put("docs_per_dir", options.docsPerDir());
    corpus.put("originals", summary.originals());
    corpus.put("exact_copies", summary.exact());
    corpus.put("near_copies", summary.near());
    corpus.put("true_pairs", pairs);
    corpus.put("seeds", seeds.stream().map(CorpusGenerator.Seed::name).toList());
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("corpus.json").toFile(), corpus);
    return summary;
  }
}
