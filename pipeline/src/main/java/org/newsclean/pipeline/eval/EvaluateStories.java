package org.newsclean.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsclean.transforms.dedup.NearDuplicates;
import org.newsclean.transforms.dedup.StoryProfile;
import org.newsclean.transforms.entities.EntityAggregator;
import org.newsclean.transforms.entities.EntityExtractor;
import org.newsclean.transforms.entities.Mention;
import org.newsclean.transforms.quotes.ExtractQuotes;
import org.newsclean.transforms.quotes.QuoteExtractor;
import org.newsclean.transforms.quotes.QuoteMatch;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.QuoteRef;

/**
 * Scores story clustering across languages on JSON Lines with {@code id}, {@code cluster_id}, {@code lang} and
 * {@code text} (for example the UDHR cross-lingual set): entities and quotes are extracted with the pipeline's
 * cores, each document gets its {@link StoryProfile}, pairs at or above the threshold are linked (here all
 * pairs are compared, the set being small; the pipeline uses LSH candidates) and clusters are the connected
 * components. Prints pairwise precision, recall, F1 and the adjusted Rand index, at the default threshold and
 * a few others for reference.
 */
public final class EvaluateStories {
  private EvaluateStories() {}

  public static void main(String[] args) throws IOException {
    List<Path> files = EvalSupport.fromArgs("EvaluateStories", args);
    ObjectMapper json = new ObjectMapper();
    EntityExtractor entities = EntityExtractor.withDefaultCatalog();
    QuoteExtractor quotes = QuoteExtractor.withDefaults();
    List<String> ids = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    List<StoryProfile> profiles = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String text = n.get("text").asText();
        String lang = n.has("lang") ? n.get("lang").asText() : "und";
        List<Mention> mentions = entities.extract(text, lang);
        List<QuoteRef> refs = new ArrayList<>();
        for (QuoteMatch q : quotes.extract(text, lang, mentions)) {
          refs.add(ExtractQuotes.toRef(q, lang));
        }
        Article a =
            Article.read(n.get("id").asText(), "text/plain", null, text).toBuilder()
                .setDocId(n.get("id").asText())
                .setLanguage(lang)
                .withEntities(EntityAggregator.summarize(mentions))
                .withQuotes(refs)
                .build();
        ids.add(a.getDocId());
        gold.add(n.get("cluster_id").asText());
        profiles.add(StoryProfile.of(a));
      }
    }
    long linkable = profiles.stream().filter(StoryProfile::linkable).count();
    System.out.printf(Locale.ROOT, "%d documents, %d with at least %d story features (entities, numbers)%n",
        ids.size(), linkable, StoryProfile.MIN_FEATURES);
    System.out.println("| threshold | pairs predicted | pairwise precision | pairwise recall | F1 | adjusted Rand index |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (double threshold : new double[] {StoryProfile.DEFAULT_THRESHOLD, 0.5, 0.3}) {
      List<String[]> edges = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          if (profiles.get(i).linkable() && profiles.get(j).linkable()
              && StoryProfile.similarity(profiles.get(i), profiles.get(j)) >= threshold) {
            edges.add(new String[] {ids.get(i), ids.get(j)});
          }
        }
      }
      Map<String, String> component = NearDuplicates.components(edges);
      List<String> predicted = new ArrayList<>();
      for (String id : ids) {
        predicted.add(component.getOrDefault(id, id));
      }
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          boolean p = predicted.get(i).equals(predicted.get(j));
          boolean g = gold.get(i).equals(gold.get(j));
          if (p && g) {
            tp++;
          } else if (p) {
            fp++;
          } else if (g) {
            fn++;
          }
        }
      }
      double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
      double recall = EvalSupport.ratio(tp, tp + fn);
      System.out.printf(Locale.ROOT, "| %.2f%s | %d | %s | %.4f | %.4f | %.4f |%n", threshold,
          threshold == StoryProfile.DEFAULT_THRESHOLD ? " (default)" : "", tp + fp,
          Double.isNaN(precision) ? "- (none predicted)" : String.format(Locale.ROOT, "%.4f", precision), recall,
          Double.isNaN(precision) ? 0 : EvalSupport.f1(precision, recall), adjustedRand(gold, predicted));
    }
  }

  /** Adjusted Rand index of two labellings of the same items (Hubert and Arabie). */
  static double adjustedRand(List<String> a, List<String> b) {
    Map<String, Long> rows = new HashMap<>();
    Map<String, Long> cols = new HashMap<>();
    Map<String, Long> cells = new HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      rows.merge(a.get(i), 1L, Long::sum);
      cols.merge(b.get(i), 1L, Long::sum);
      cells.merge(a.get(i) + "\u0000" + b.get(i), 1L, Long::sum);
    }
    double index = cells.values().stream().mapToDouble(EvaluateStories::pairs).sum();
    double sumRows = rows.values().stream().mapToDouble(EvaluateStories::pairs).sum();
    double sumCols = cols.values().stream().mapToDouble(EvaluateStories::pairs).sum();
    double expected = sumRows * sumCols / pairs(a.size());
    double max = (sumRows + sumCols) / 2;
    return max == expected ? 0 : (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
