package org.newsclean.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.newsclean.transforms.language.LanguageGuess;
import org.newsclean.transforms.language.LanguageIdentifier;

/**
 * Compares language detectors on a labelled evaluation directory and prints markdown tables.
 *
 * <p>The directory holds {@code langid.jsonl} (paragraphs) and {@code langid_short.jsonl} (~80-char snippets), one
 * JSON record {@code {id, lang, text}} a line, {@code lang} an ISO 639-1 code. Detectors: Tika's Optimaize detector
 * and Tika's OpenNLP detector, both raw (text as is, Tika's defaults, top result), and our {@link LanguageIdentifier}
 * with its threshold. A result is right when its ISO 639-1 code equals {@code lang}; {@code und} counts as wrong.
 * Times are means per document over a second pass (the first pass is the warm-up).
 *
 * <pre>
 * java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.eval.EvaluateLanguageDetectors DIR
 *     [--min-confidence 0.8] [--max-chars 2000] [--sweep] [--seeds DIR]
 * </pre>
 *
 * {@code --sweep} adds a grid of thresholds and sample sizes for our identifier; {@code --seeds DIR} adds, for each
 * {@code *.txt} file of DIR (long articles, the file name's language is not known here), the language found and the
 * time per document for each sample size.
 */
public final class EvaluateLanguageDetectors {

  private static final String UND = LanguageGuess.UNDETERMINED;
  private static final double[] SWEEP_THRESHOLDS = {0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99};
  private static final int[] SWEEP_MAX_CHARS = {40, 60, 100, 200, 400, 1000, 2000, 5000};

  private EvaluateLanguageDetectors() {}

  /** One labelled record. */
  record Doc(String id, String lang, String text) {}

  /** A named detector: text to ISO 639-1 code or "und". */
  record Detector(String name, Function<String, String> detect) {}

  /** Outcome of one detector on one set. */
  record Run(String detector, String set, Map<String, int[]> perLang, int und, int total, double meanMillis,
      Map<String, Integer> confusions) {

    int right() {
      return perLang.values().stream().mapToInt(a -> a[0]).sum();
    }

    double accuracy() {
      return total == 0 ? 0 : (double) right() / total;
    }

    double undShare() {
      return total == 0 ? 0 : (double) und / total;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EvaluateLanguageDetectors DIR [--min-confidence X] [--max-chars N] [--sweep]"
          + " [--seeds DIR]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    double minConfidence = LanguageIdentifier.DEFAULT_MIN_CONFIDENCE;
    int maxChars = LanguageIdentifier.DEFAULT_MAX_CHARS;
    boolean sweep = false;
    Path seeds = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--min-confidence" -> minConfidence = Double.parseDouble(args[++i]);
        case "--max-chars" -> maxChars = Integer.parseInt(args[++i]);
        case "--sweep" -> sweep = true;
        case "--seeds" -> seeds = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    Map<String, List<Doc>> sets = new LinkedHashMap<>();
    sets.put("paragraphs", read(dir.resolve("langid.jsonl")));
    sets.put("snippets", read(dir.resolve("langid_short.jsonl")));

    LanguageIdentifier ours = LanguageIdentifier.create(minConfidence, maxChars);
    List<Detector> detectors = List.of(
        new Detector("Tika Optimaize (raw)", tikaDetector(newOptimaize())),
        new Detector("Tika OpenNLP (raw)", tikaDetector(new OpenNLPDetector())),
        new Detector(String.format(Locale.ROOT, "LanguageIdentifier (min %.2f, %d chars)", minConfidence, maxChars),
            t -> ours.detect(t).language()));

    out.println("# Language detector evaluation");
    out.println();
    for (Map.Entry<String, List<Doc>> set : sets.entrySet()) {
      out.printf(Locale.ROOT, "- %s: %d documents, %d languages, mean %.0f chars%n", set.getKey(),
          set.getValue().size(), set.getValue().stream().map(Doc::lang).distinct().count(),
          set.getValue().stream().mapToInt(d -> d.text().length()).average().orElse(0));
    }
    out.println();

    List<Run> runs = new ArrayList<>();
    for (Map.Entry<String, List<Doc>> set : sets.entrySet()) {
      for (Detector d : detectors) {
        runs.add(evaluate(d, set.getKey(), set.getValue(), true));
      }
    }

    out.println("## Summary");
    out.println();
    out.println("| set | detector | accuracy | und share | mean ms/doc |");
    out.println("|---|---|---:|---:|---:|");
    for (Run r : runs) {
      out.printf(Locale.ROOT, "| %s | %s | %.1f%% (%d/%d) | %.1f%% | %.3f |%n", r.set(), r.detector(),
          100 * r.accuracy(), r.right(), r.total(), 100 * r.undShare(), r.meanMillis());
    }
    out.println();

    for (String set : sets.keySet()) {
      List<Run> setRuns = runs.stream().filter(r -> r.set().equals(set)).toList();
      out.println("## Accuracy per language: " + set);
      out.println();
      StringBuilder header = new StringBuilder("| lang | n |");
      StringBuilder rule = new StringBuilder("|---|---:|");
      for (Run r : setRuns) {
        header.append(' ').append(r.detector()).append(" |");
        rule.append("---:|");
      }
      out.println(header);
      out.println(rule);
      TreeSet<String> langs = new TreeSet<>(setRuns.get(0).perLang().keySet());
      for (String lang : langs) {
        StringBuilder row = new StringBuilder("| " + lang + " | " + setRuns.get(0).perLang().get(lang)[1] + " |");
        for (Run r : setRuns) {
          int[] c = r.perLang().get(lang);
          row.append(String.format(Locale.ROOT, " %.0f%% |", 100.0 * c[0] / c[1]));
        }
        out.println(row);
      }
      StringBuilder all = new StringBuilder("| **all** | " + setRuns.get(0).total() + " |");
      for (Run r : setRuns) {
        all.append(String.format(Locale.ROOT, " **%.1f%%** |", 100 * r.accuracy()));
      }
      out.println(all);
      out.println();
      out.println("Most frequent errors (expected -> detected: count):");
      out.println();
      for (Run r : setRuns) {
        String top = r.confusions().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(8)
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
        out.println("- " + r.detector() + ": " + (top.isEmpty() ? "none" : top));
      }
      out.println();
    }

    if (sweep) {
      sweep(out, sets);
    }
    if (seeds != null) {
      seeds(out, seeds);
    }
  }

  private static void sweep(PrintStream out, Map<String, List<Doc>> sets) {
    out.println("## Sweep of LanguageIdentifier: threshold x sample size");
    out.println();
    out.println("Cells: accuracy / und share / accuracy on the documents that were not und.");
    out.println();
    for (Map.Entry<String, List<Doc>> set : sets.entrySet()) {
      out.println("### " + set.getKey());
      out.println();
      StringBuilder header = new StringBuilder("| max chars |");
      StringBuilder rule = new StringBuilder("|---:|");
      for (double t : SWEEP_THRESHOLDS) {
        header.append(String.format(Locale.ROOT, " min %.3f |", t));
        rule.append("---|");
      }
      out.println(header);
      out.println(rule);
      for (int maxChars : SWEEP_MAX_CHARS) {
        // one pass with threshold 0 keeps the confidences; thresholds are applied afterwards
        LanguageIdentifier id = LanguageIdentifier.create(0.0, maxChars);
        List<LanguageGuess> guesses = set.getValue().stream().map(d -> id.detect(d.text())).toList();
        StringBuilder row = new StringBuilder("| " + maxChars + " |");
        for (double t : SWEEP_THRESHOLDS) {
          int right = 0;
          int und = 0;
          for (int i = 0; i < guesses.size(); i++) {
            LanguageGuess g = guesses.get(i);
            if (!g.isDetermined() || g.confidence() < t) {
              und++;
            } else if (g.language().equals(set.getValue().get(i).lang())) {
              right++;
            }
          }
          int n = guesses.size();
          int answered = n - und;
          row.append(String.format(Locale.ROOT, " %.1f / %.1f / %.1f |", 100.0 * right / n, 100.0 * und / n,
              answered == 0 ? 0.0 : 100.0 * right / answered));
        }
        out.println(row);
      }
      out.println();
    }
  }

  private static void seeds(PrintStream out, Path seedDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(seedDir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    out.println("## Long documents (" + seedDir + "): language (confidence) per sample size");
    out.println();
    StringBuilder header = new StringBuilder("| max chars |");
    StringBuilder rule = new StringBuilder("|---:|");
    for (int i = 0; i < files.size(); i++) {
      header.append(' ').append(files.get(i).getFileName()).append(String.format(Locale.ROOT, " (%d chars) |",
          texts.get(i).length()));
      rule.append("---|");
    }
    header.append(" mean ms/doc |");
    rule.append("---:|");
    out.println(header);
    out.println(rule);
    for (int maxChars : SWEEP_MAX_CHARS) {
      LanguageIdentifier id = LanguageIdentifier.create(0.0, maxChars);
      StringBuilder row = new StringBuilder("| " + maxChars + " |");
      for (String t : texts) {
        LanguageGuess g = id.detect(t);
        row.append(String.format(Locale.ROOT, " %s (%.3f) |", g.language(), g.confidence()));
      }
      int reps = 50;
      long start = System.nanoTime();
      for (int r = 0; r < reps; r++) {
        for (String t : texts) {
          id.detect(t);
        }
      }
      double ms = (System.nanoTime() - start) / 1e6 / (reps * texts.size());
      row.append(String.format(Locale.ROOT, " %.3f |", ms));
      out.println(row);
    }
    out.println();
  }

  static Run evaluate(Detector d, String set, List<Doc> docs, boolean warmUp) {
    if (warmUp) {
      for (Doc doc : docs) {
        d.detect().apply(doc.text());
      }
    }
    Map<String, int[]> perLang = new TreeMap<>();
    Map<String, Integer> confusions = new HashMap<>();
    int und = 0;
    long nanos = 0;
    for (Doc doc : docs) {
      long start = System.nanoTime();
      String got = d.detect().apply(doc.text());
      nanos += System.nanoTime() - start;
      int[] c = perLang.computeIfAbsent(doc.lang(), k -> new int[2]);
      c[1]++;
      if (got.equals(doc.lang())) {
        c[0]++;
      } else {
        confusions.merge(doc.lang() + " -> " + got, 1, Integer::sum);
      }
      if (got.equals(UND)) {
        und++;
      }
    }
    return new Run(d.name(), set, perLang, und, docs.size(), nanos / 1e6 / Math.max(1, docs.size()), confusions);
  }

  private static LanguageDetector newOptimaize() {
    return new OptimaizeLangDetector().loadModels();
  }

  /** Wraps a stateful Tika detector (single-threaded use): reset, add the raw text, take the top result. */
  private static Function<String, String> tikaDetector(LanguageDetector detector) {
    return text -> {
      detector.reset();
      detector.addText(text);
      List<LanguageResult> results = detector.detectAll();
      // raw: the top language whatever its confidence; only an empty answer is "und"
      if (results.isEmpty() || results.get(0).getLanguage().isEmpty()) {
        return UND;
      }
      return toIso6391(results.get(0).getLanguage());
    };
  }

  private static final Map<String, String> ISO3_TO_ISO1 = buildIso3Map();

  private static Map<String, String> buildIso3Map() {
    Map<String, String> m = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        m.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known to the JDK
      }
    }
    // individual languages and variants the OpenNLP model uses instead of the macrolanguage code
    m.put("cmn", "zh");
    m.put("zho-simp", "zh");
    m.put("zho-trad", "zh");
    m.put("arb", "ar");
    m.put("zsm", "ms");
    m.put("zlm", "ms");
    m.put("pes", "fa");
    m.put("prs", "fa");
    m.put("ekk", "et");
    m.put("lvs", "lv");
    m.put("swh", "sw");
    m.put("uzn", "uz");
    m.put("azj", "az");
    m.put("khk", "mn");
    m.put("npi", "ne");
    m.put("gug", "gn");
    m.put("quz", "qu");
    m.put("fil", "tl");
    m.put("nob", "nb");
    m.put("nno", "nn");
    return m;
  }

  /** Tika names ("pt", "zh-CN", "ind", "zho-simp") to ISO 639-1; unknown codes are returned as they are. */
  static String toIso6391(String name) {
    if (name == null || name.isEmpty()) {
      return UND;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String mapped = ISO3_TO_ISO1.get(lower);
    if (mapped != null) {
      return mapped;
    }
    int dash = lower.indexOf('-');
    String base = dash < 0 ? lower : lower.substring(0, dash);
    if (base.length() == 2) {
      return base;
    }
    return ISO3_TO_ISO1.getOrDefault(base, lower);
  }

  static List<Doc> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        docs.add(new Doc(n.path("id").asText(), n.path("lang").asText(), n.path("text").asText()));
      }
    }
    return docs;
  }
}
