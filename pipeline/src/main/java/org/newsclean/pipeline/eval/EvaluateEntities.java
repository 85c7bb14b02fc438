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
 * <pre>java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.eval.EvaluateEntities [--errors[=N]] &lt;file.jsonl or directory&gt;...</pre>
 *
 * <p>{@code --errors} adds an error analysis per file: false positives and false negatives by
 * category (wrong type, wrong boundary, a span the gold labels with a type we do not score, no gold
 * span at all, missed) with the N most frequent surfaces of each (default 15), for finding general
 * rules; it prints evaluation text to the terminal only.
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
    int errors = 0;
    List<String> rest = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--errors")) {
        errors = 15;
      } else if (a.startsWith("--errors=")) {
        errors = Integer.parseInt(a.substring("--errors=".length()));
      } else {
        rest.add(a);
      }
    }
    List<Path> files = EvalSupport.fromArgs("EvaluateEntities", rest.toArray(String[]::new));
    EntityExtractor extractor = EntityExtractor.withDefaultCatalog();
    if (errors > 0) {
      for (Path file : files) {
        Score score = score(extractor, file);
        System.out.println("## " + file.getFileName() + "  " + score.row(file.getFileName().toString()));
        score.errors.print(errors);
      }
      System.out.println();
    }
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
    final Errors errors = new Errors();

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
      List<int[]> otherGold = new ArrayList<>();
      for (JsonNode span : record.get("spans")) {
        String type = GOLD.get(span.get("label").asText());
        if (type != null) {
          gold.add(span.get("start").asInt() + ":" + span.get("end").asInt() + ":" + type);
        } else {
          otherGold.add(new int[] {span.get("start").asInt(), span.get("end").asInt()});
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
      score.errors.add(text, gold, predicted, mentions, otherGold);
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

  /** False positives and negatives of one file by category, with their surfaces. */
  static final class Errors {
    final Map<String, Map<String, Integer>> byCategory = new TreeMap<>();

    private void count(String category, String surface) {
      byCategory.computeIfAbsent(category, c -> new TreeMap<>()).merge(surface, 1, Integer::sum);
    }

    private static int[] span(String key) {
      String[] p = key.split(":");
      return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }

    private static String type(String key) {
      return key.substring(key.lastIndexOf(':') + 1);
    }

    private static boolean overlaps(int[] a, int[] b) {
      return a[0] < b[1] && b[0] < a[1];
    }

    void add(String text, Set<String> gold, Set<String> predicted, List<Mention> mentions, List<int[]> otherGold) {
      for (String p : predicted) {
        if (gold.contains(p)) {
          continue;
        }
        int[] ps = span(p);
        String surface = text.substring(ps[0], ps[1]);
        String category = null;
        for (String g : gold) {
          int[] gs = span(g);
          if (gs[0] == ps[0] && gs[1] == ps[1]) {
            category = "FP type " + type(p) + " (gold " + type(g) + ")";
            break;
          }
          if (overlaps(gs, ps)) {
            category = "FP boundary " + type(p) + " (gold " + type(g) + " '" + text.substring(gs[0], gs[1]) + "')";
          }
        }
        if (category != null && category.startsWith("FP boundary")) {
          count("FP boundary " + type(p), surface + "  <-> gold " + category.substring(category.indexOf("(gold ") + 6));
          continue;
        }
        if (category == null) {
          for (int[] o : otherGold) {
            if (overlaps(o, ps)) {
              category = (o[0] == ps[0] && o[1] == ps[1] ? "FP unscored-label exact " : "FP unscored-label overlap ") + type(p);
              break;
            }
          }
        }
        count(category == null ? "FP spurious " + type(p) : category, surface);
      }
      for (String g : gold) {
        if (predicted.contains(g)) {
          continue;
        }
        int[] gs = span(g);
        String surface = text.substring(gs[0], gs[1]);
        String category = "FN missed " + type(g);
        for (Mention m : mentions) {
          int[] ms = {m.start(), m.end()};
          if (ms[0] == gs[0] && ms[1] == gs[1]) {
            category = "FN as " + m.type() + " " + type(g);
            break;
          }
          if (overlaps(ms, gs)) {
            category = "FN boundary " + type(g);
          }
        }
        count(category, surface);
      }
    }

    void print(int top) {
      for (Map.Entry<String, Map<String, Integer>> e : byCategory.entrySet()) {
        int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
        if (e.getKey().startsWith("FP type") && total < 3) {
          continue;
        }
        List<Map.Entry<String, Integer>> items = new ArrayList<>(e.getValue().entrySet());
        items.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder line = new StringBuilder("  " + e.getKey() + ": " + total + "  ");
        for (int i = 0; i < Math.min(top, items.size()); i++) {
          line.append(i == 0 ? "" : " | ").append(items.get(i).getKey());
          if (items.get(i).getValue() > 1) {
            line.append(" x").append(items.get(i).getValue());
          }
        }
        System.out.println(line);
      }
    }
  }
}
