package org.newsclean.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsclean.transforms.entities.EntityExtractor;
import org.newsclean.transforms.entities.Mention;

/**
 * Scores the entity stage on labelled JSON Lines ({@code {lang, text, spans: [{start, end, label}]}},
 * the format of the shared NER development sets): micro precision, recall and F1 per coarse type
 * (PER, ORG, LOC; exact span and type) and overall, per file, plus the extraction speed.
 *
 * <pre>java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.eval.EvaluateEntities &lt;file.jsonl or directory&gt;...</pre>
 */
public final class EvaluateEntities {
  static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  /** Gold labels of the shared sets (WikiNEuRal, IndoNLU NERGrit/NERP, KLUE) mapped to PER/ORG/LOC; others are not scored. */
  static final Map<String, String> GOLD =
      Map.ofEntries(
          Map.entry("PER", "PER"), Map.entry("PERSON", "PER"), Map.entry("PPL", "PER"), Map.entry("PS", "PER"),
          Map.entry("ORG", "ORG"), Map.entry("ORGANISATION", "ORG"), Map.entry("ORGANIZATION", "ORG"), Map.entry("IND", "ORG"), Map.entry("OG", "ORG"),
          Map.entry("LOC", "LOC"), Map.entry("PLACE", "LOC"), Map.entry("PLC", "LOC"), Map.entry("LC", "LOC"));

  static final Map<String, String> PREDICTED = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC");

  private EvaluateEntities() {}

  public static void main(String[] args) throws IOException {
    List<Path> files = EvalSupport.fromArgs("EvaluateEntities", args);
    EntityExtractor extractor = EntityExtractor.withDefaultCatalog();
    System.out.println("| file | lang | docs | PER P/R/F1 | ORG P/R/F1 | LOC P/R/F1 | micro P | micro R | micro F1 | MB/s |");
    System.out.println("|---|---|---:|---|---|---|---:|---:|---:|---:|");
    for (Path file : files) {
      Score score = score(extractor, file);
      System.out.println(score.row(file.getFileName().toString()));
    }
  }

  /** Counts of one file. */
  static final class Score {
    final Map<String, int[]> perType = new TreeMap<>(); // tp, fp, fn
    String language = "?";
    int docs;
    long chars;
    long nanos;

    int[] counts(String type) {
      return perType.computeIfAbsent(type, t -> new int[3]);
    }

    String row(String name) {
      StringBuilder row = new StringBuilder("| " + name + " | " + language + " | " + docs + " |");
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (String type : TYPES) {
        int[] c = counts(type);
        tp += c[0];
        fp += c[1];
        fn += c[2];
        row.append(String.format(Locale.ROOT, " %.2f / %.2f / %.2f |", p(c[0], c[1]), r(c[0], c[2]), f(c[0], c[1], c[2])));
      }
      row.append(String.format(Locale.ROOT, " %.3f | %.3f | **%.3f** | %.1f |", p(tp, fp), r(tp, fn), f(tp, fp, fn), chars / 1e6 / (nanos / 1e9)));
      return row.toString();
    }
  }

  static Score score(EntityExtractor extractor, Path file) throws IOException {
    Score score = new Score();
    for (JsonNode record : EvalSupport.records(file)) {
      String text = record.get("text").asText();
      String language = record.path("lang").asText("und");
      score.language = language;
      Set<String> gold = new HashSet<>();
      for (JsonNode span : record.get("spans")) {
        String type = GOLD.get(span.get("label").asText());
        if (type != null) {
          gold.add(span.get("start").asInt() + ":" + span.get("end").asInt() + ":" + type);
        }
      }
      long start = System.nanoTime();
      List<Mention> mentions = extractor.extract(text, language);
      score.nanos += System.nanoTime() - start;
      score.chars += text.length();
      score.docs++;
      Set<String> predicted = new HashSet<>();
      for (Mention m : mentions) {
        String type = PREDICTED.get(m.type().name());
        if (type != null) {
          predicted.add(m.start() + ":" + m.end() + ":" + type);
        }
      }
      for (String p : predicted) {
        String type = p.substring(p.lastIndexOf(':') + 1);
        score.counts(type)[gold.contains(p) ? 0 : 1]++;
      }
      for (String g : gold) {
        if (!predicted.contains(g)) {
          score.counts(g.substring(g.lastIndexOf(':') + 1))[2]++;
        }
      }
    }
    return score;
  }



  static double p(int tp, int fp) {
    return EvalSupport.ratio(tp, tp + fp);
  }

  static double r(int tp, int fn) {
    return EvalSupport.ratio(tp, tp + fn);
  }

  static double f(int tp, int fp, int fn) {
    return EvalSupport.f1(p(tp, fp), r(tp, fn));
  }
}
