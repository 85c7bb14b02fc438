package org.newsclean.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsclean.transforms.entities.EntityExtractor;
import org.newsclean.transforms.entities.Mention;
import org.newsclean.transforms.quotes.QuoteExtractor;
import org.newsclean.transforms.quotes.QuoteMatch;

/**
 * Scores the quote stage on labelled JSON Lines ({@code {lang, text, quotes: [{quote, speaker,
 * quote_span, has_quote_marks}]}}, the format of the shared quote development sets), over the gold
 * quotes that carry quotation marks: recall, precision and F1 where a match covers at least 30% (and
 * 80%) of the gold quote's characters, and speaker accuracy (the found speaker names the gold
 * speaker: surname match, the surname read before an apposition or an "of" after the name) over the
 * found quotes. A found quote covers its reported statement (the
 * quote, or for a partial quote the clause reporting it, as the gold annotates attribution content).
 * Quotes the stage calls {@code term} are not counted
 * as found quotes. The found speaker is the named person or, when the text names the speaker
 * otherwise ("he", "a source", "předseda"), those words as written ({@code speaker_text}), since the
 * gold speaker is the span written in the text; a gold quote without a speaker (elided subject) is
 * right when no speaker is found.
 *
 * <p>The last column counts the found named person only (the stricter rule of the first version).
 *
 * <p>With {@code --details}, every missed gold quote, unmatched found quote and wrong speaker is
 * printed to standard error.
 *
 * <p>The text goes through the same entity and quote cores as in the pipeline, in the record's language.
 *
 * <pre>java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.eval.EvaluateQuotes &lt;file.jsonl or directory&gt;...</pre>
 */
public final class EvaluateQuotes {
  private EvaluateQuotes() {}

  public static void main(String[] args) throws IOException {
    boolean details = Arrays.asList(args).contains("--details");
    List<Path> files = EvalSupport.fromArgs(
        "EvaluateQuotes [--details]", Arrays.stream(args).filter(a -> !a.equals("--details")).toArray(String[]::new));
    EntityExtractor entities = EntityExtractor.withDefaultCatalog();
    QuoteExtractor quotes = QuoteExtractor.withDefaults();
    System.out.println("| file | lang | gold quotes (with marks) | found | P@30 | R@30 | F1@30 | P@80 | R@80 | F1@80 | speaker accuracy | named person only |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Path file : files) {
      System.out.println(score(entities, quotes, file, details).row(file.getFileName().toString()));
    }
  }

  /** One gold quote: its character intervals in the text and its speaker. */
  record Gold(List<int[]> spans, String speaker, boolean marked) {
    int length() {
      return spans.stream().mapToInt(s -> s[1] - s[0]).sum();
    }

    int overlap(int start, int end) {
      int total = 0;
      for (int[] s : spans) {
        total += Math.max(0, Math.min(end, s[1]) - Math.max(start, s[0]));
      }
      return total;
    }
  }

  static final class Score {
    String language = "?";
    int gold;
    int predicted;
    int[] goldFound = new int[2]; // at 30 %, at 80 %
    int[] predictedMatched = new int[2];
    int speakerChecked;
    int speakerRight;
    int namedRight;

    String row(String name) {
      double p30 = EvalSupport.ratio(predictedMatched[0], predicted);
      double r30 = EvalSupport.ratio(goldFound[0], gold);
      double p80 = EvalSupport.ratio(predictedMatched[1], predicted);
      double r80 = EvalSupport.ratio(goldFound[1], gold);
      return String.format(
          Locale.ROOT,
          "| %s | %s | %d | %d | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | **%.3f** (%d/%d) | %.3f |",
          name, language, gold, predicted, p30, r30, EvalSupport.f1(p30, r30), p80, r80, EvalSupport.f1(p80, r80),
          EvalSupport.ratio(speakerRight, speakerChecked), speakerRight, speakerChecked,
          EvalSupport.ratio(namedRight, speakerChecked));
    }
  }

  static Score score(EntityExtractor entities, QuoteExtractor quotes, Path file, boolean details) throws IOException {
    Score score = new Score();
    for (JsonNode record : EvalSupport.records(file)) {
      String text = record.get("text").asText();
      String language = record.path("lang").asText("und");
      score.language = language;
      List<Gold> golds = new ArrayList<>();
      for (JsonNode q : record.get("quotes")) {
        golds.add(new Gold(spans(q.get("quote_span")), q.path("speaker").asText(""), q.path("has_quote_marks").asBoolean(false)));
      }
      List<Mention> mentions = entities.extract(text, language);
      List<QuoteMatch> found = new ArrayList<>();
      for (QuoteMatch q : quotes.extract(text, language, mentions)) {
        if (q.kind() != QuoteMatch.Kind.TERM) {
          found.add(q);
        }
      }
      score.predicted += found.size();
      for (QuoteMatch q : found) {
        // a found quote is right when it covers enough of any gold quote, marked or not
        for (int level = 0; level < 2; level++) {
          double need = level == 0 ? 0.3 : 0.8;
          boolean matched = false;
          for (Gold g : golds) {
            if (g.length() > 0 && g.overlap(q.statementStart(), q.statementEnd()) >= need * g.length()) {
              matched = true;
              break;
            }
          }
          if (matched) {
            score.predictedMatched[level]++;
          } else if (details && level == 0) {
            System.err.println("FP " + record.path("id").asText() + " [" + q.kind() + "] " + q.text());
          }
        }
      }
      for (Gold g : golds) {
        if (!g.marked() || g.length() == 0) {
          continue;
        }
        score.gold++;
        QuoteMatch best = null;
        int bestOverlap = 0;
        for (QuoteMatch q : found) {
          int overlap = g.overlap(q.statementStart(), q.statementEnd());
          if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = q;
          }
        }
        if (best != null && bestOverlap >= 0.3 * g.length()) {
          score.goldFound[0]++;
          score.speakerChecked++;
          if (g.speaker().isBlank() ? best.speaker() == null : sameSpeaker(best.speaker(), g.speaker())) {
            score.namedRight++;
          }
          if (sameSpeaker(best, g.speaker())) {
            score.speakerRight++;
          } else if (details) {
            System.err.println("SPK " + record.path("id").asText() + " gold=" + g.speaker() + " found=" + best.speaker()
                + " / " + best.speakerText() + " :: " + best.text());
          }
        } else if (details) {
          System.err.println("FN " + record.path("id").asText() + " " + text.substring(g.spans().get(0)[0], g.spans().get(0)[1]));
        }
        if (best != null && bestOverlap >= 0.8 * g.length()) {
          score.goldFound[1]++;
        }
      }
    }
    // precision is counted against every found quote; cap matched counts by construction
    return score;
  }

  /**
   * The found quote names the gold speaker: by its named person or by the words naming the speaker;
   * both empty when the gold quote has no speaker.
   */
  static boolean sameSpeaker(QuoteMatch found, String gold) {
    if (gold == null || gold.isBlank()) {
      return found.speaker() == null && found.speakerText() == null;
    }
    return sameSpeaker(found.speaker(), gold) || sameSpeaker(found.speakerText(), gold);
  }

  /** A name of two capitalised words or more, then " of " and the place or body the person belongs to. */
  private static final java.util.regex.Pattern NAME_OF =
      java.util.regex.Pattern.compile("^(.*\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu}[\\p{L}.'’-]*) of .*$");

  /**
   * Surname match: the last word of the gold speaker's name (before any comma or parenthesis of an
   * apposition, and before "of" after a name: "Rep. Jane Doe of Ohio" -> Doe) occurs among the words
   * of the found speaker.
   */
  static boolean sameSpeaker(String found, String gold) {
    if (found == null || found.isBlank() || gold == null || gold.isBlank()) {
      return false;
    }
    // the name, without an apposition ("Jane Doe, the director of ...", "Rep. Jane Doe (D-N.Y.)",
    // "Rep. Jane Doe of Ohio"; not "the mother of three")
    String name = NAME_OF.matcher(gold.split("[,(]", 2)[0]).replaceFirst("$1");
    String[] goldWords = fold(name.isBlank() ? gold : name).split("[^\\p{L}\\p{N}]+");
    String surname = goldWords[goldWords.length - 1];
    for (String word : fold(found).split("[^\\p{L}\\p{N}]+")) {
      if (!surname.isEmpty() && word.equals(surname)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
  }

  /** {@code [[s, e], ...]} or {@code [s, e]}. */
  static List<int[]> spans(JsonNode node) {
    List<int[]> out = new ArrayList<>();
    if (node == null || !node.isArray() || node.isEmpty()) {
      return out;
    }
    if (node.get(0).isArray()) {
      for (JsonNode pair : node) {
        out.add(new int[] {pair.get(0).asInt(), pair.get(1).asInt()});
      }
    } else {
      out.add(new int[] {node.get(0).asInt(), node.get(1).asInt()});
    }
    return out;
  }


}
