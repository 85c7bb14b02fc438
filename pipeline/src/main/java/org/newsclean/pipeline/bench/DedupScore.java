package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Stream;
import org.newsclean.transforms.dedup.Shingles;

/**
 * Pairwise scores of the dedup stage against a generated corpus's truth (Beam-free).
 *
 * <p>Predicted clusters come from the document records: the files of a record (its {@code source} and
 * {@code duplicate_sources}) belong to the cluster of {@code near_duplicate_of}, or of its own {@code doc_id}
 * when it is not a near-duplicate. Every pair of files in one cluster is a merged pair. A true pair is
 * <em>found</em> when it is merged; a merged pair is <em>correct</em> when it is a true pair. The true word-5-gram
 * Jaccard of merged pairs that are not in the truth is computed from the files, so "no pair under 0.5 merged"
 * covers them too.
 */
final class DedupScore {
  /** A line of truth.jsonl. */
  record Truth(String a, String b, String kind, String edit, int editSize, double jaccard) {}

  /** Found / total per bucket of true pairs. */
  static final class Tally {
    long found;
    long total;

    double recall() {
      return total == 0 ? Double.NaN : (double) found / total;
    }
  }

  /** The scores. */
  record Result(
      Map<String, Tally> byBucket,
      Map<String, Tally> byEdit,
      long mergedPairs,
      long mergedTruePairs,
      long mergedPairsAtLeastHalf,
      long mergedPairsUnderHalf,
      Tally nearAtLeast08) {
    double precision() {
      return mergedPairs == 0 ? 1.0 : (double) mergedTruePairs / mergedPairs;
    }

    /** Merged pairs whose true Jaccard is at least 0.5, over merged pairs. */
    double precisionAtLeastHalf() {
      return mergedPairs == 0 ? 1.0 : (double) mergedPairsAtLeastHalf / mergedPairs;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private DedupScore() {}

  static List<Truth> readTruth(Path corpus) throws IOException {
    List<Truth> truth = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        truth.add(new Truth(n.get("a").asText(), n.get("b").asText(), n.get("kind").asText(), n.get("edit").asText(),
            n.get("edit_size").asInt(), n.get("jaccard").asDouble()));
      }
    }
    return truth;
  }

  /** The corpus-relative path ({@code articles/...}) of a source. */
  static String relative(String source) {
    int at = source.lastIndexOf("articles/");
    return at < 0 ? source : source.substring(at);
  }

  /** File (corpus-relative) -> cluster key, from the JSON Lines document records of an output directory. */
  static Map<String, String> clusters(Path documentsDir) throws IOException {
    Map<String, String> cluster = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(documentsDir)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path file : files) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode d = JSON.readTree(line);
          JsonNode near = d.get("near_duplicate_of");
          String key = near == null || near.isNull() ? d.get("doc_id").asText() : near.asText();
          cluster.put(relative(d.get("source").asText()), key);
          for (JsonNode s : d.get("duplicate_sources")) {
            cluster.put(relative(s.asText()), key);
          }
        }
      }
    }
    return cluster;
  }

  static String bucket(Truth t) {
    if (t.kind().equals("exact")) {
      return "exact copy";
    }
    double j = t.jaccard();
    if (j >= 1.0) {
      return "near, J = 1.0";
    } else if (j >= 0.9) {
      return "near, 0.9 <= J < 1.0";
    } else if (j >= 0.8) {
      return "near, 0.8 <= J < 0.9";
    } else if (j >= 0.7) {
      return "near, 0.7 <= J < 0.8";
    } else if (j >= 0.5) {
      return "near, 0.5 <= J < 0.7";
    }
    return "near, J < 0.5";
  }

  static final List<String> BUCKETS =
      List.of("exact copy", "near, J = 1.0", "near, 0.9 <= J < 1.0", "near, 0.8 <= J < 0.9", "near, 0.7 <= J < 0.8",
          "near, 0.5 <= J < 0.7", "near, J < 0.5");

  /** Scores clusters against the truth; {@code jaccardOf} gives the true Jaccard of a merged pair not in the truth. */
  static Result score(List<Truth> truth, Map<String, String> cluster, ToDoubleBiFunction<String, String> jaccardOf) {
    Map<String, Tally> byBucket = new LinkedHashMap<>();
    BUCKETS.forEach(b -> byBucket.put(b, new Tally()));
    Map<String, Tally> byEdit = new TreeMap<>();
    Tally near08 = new Tally();
    Map<String, Double> truthJaccard = new HashMap<>();
    for (Truth t : truth) {
      truthJaccard.put(t.a() + "\u0000" + t.b(), t.jaccard());
      String ca = cluster.get(t.a());
      boolean found = ca != null && ca.equals(cluster.get(t.b()));
      Tally bucket = byBucket.get(bucket(t));
      bucket.total++;
      Tally edit = byEdit.computeIfAbsent(t.edit(), e -> new Tally());
      edit.total++;
      if (found) {
        bucket.found++;
        edit.found++;
      }
      if (!t.kind().equals("exact") && t.jaccard() >= 0.8) {
        near08.total++;
        if (found) {
          near08.found++;
        }
      }
    }
    Map<String, List<String>> members = new TreeMap<>();
    cluster.forEach((file, key) -> members.computeIfAbsent(key, k -> new ArrayList<>()).add(file));
    long merged = 0;
    long mergedTrue = 0;
    long atLeastHalf = 0;
    long underHalf = 0;
    for (List<String> files : members.values()) {
      files.sort(null);
      for (int i = 0; i < files.size(); i++) {
        for (int j = i + 1; j < files.size(); j++) {
          merged++;
          Double jaccard = truthJaccard.get(files.get(i) + "\u0000" + files.get(j));
          if (jaccard != null) {
            mergedTrue++;
          } else {
            jaccard = jaccardOf.applyAsDouble(files.get(i), files.get(j));
          }
          if (jaccard >= 0.5) {
            atLeastHalf++;
          } else {
            underHalf++;
          }
        }
      }
    }
    return new Result(byBucket, byEdit, merged, mergedTrue, atLeastHalf, underHalf, near08);
  }

  /** The true Jaccard of two corpus files. */
  static ToDoubleBiFunction<String, String> fileJaccard(Path corpus) {
    return (a, b) -> {
      try {
        return Shingles.jaccard(Files.readString(corpus.resolve(a)), Files.readString(corpus.resolve(b)), 5);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** A Markdown report of the result. */
  static String report(Result r) {
    StringBuilder out = new StringBuilder();
    out.append("| true pairs | pairs | found | recall |\n|---|---:|---:|---:|\n");
    r.byBucket().forEach((b, t) -> out.append(row(b, t)));
    out.append(row("**near, J >= 0.8 (bar: >= 0.95)**", r.nearAtLeast08()));
    out.append("\n| edit | pairs | found | recall |\n|---|---:|---:|---:|\n");
    r.byEdit().forEach((e, t) -> out.append(row(e, t)));
    out.append(String.format(Locale.ROOT,
        "%nmerged pairs %d; true pairs among them %d: precision %.4f; with true J >= 0.5: %.4f (bar: >= 0.99);"
            + " merged pairs with true J < 0.5: %d (bar: 0)%n",
        r.mergedPairs(), r.mergedTruePairs(), r.precision(), r.precisionAtLeastHalf(), r.mergedPairsUnderHalf()));
    return out.toString();
  }

  private static String row(String name, Tally t) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", name, t.total, t.found,
        t.total == 0 ? "-" : String.format(Locale.ROOT, "%.4f", t.recall()));
  }

  /** Files of the corpus that appear in no record (should be none: no silent loss). */
  static Set<String> missing(List<Truth> truth, Map<String, String> cluster) {
    Set<String> missing = new HashSet<>();
    for (Truth t : truth) {
      if (!cluster.containsKey(t.a())) {
        missing.add(t.a());
      }
      if (!cluster.containsKey(t.b())) {
        missing.add(t.b());
      }
    }
    return missing;
  }
}
