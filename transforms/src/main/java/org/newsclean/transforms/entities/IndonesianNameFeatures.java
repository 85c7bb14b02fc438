package org.newsclean.transforms.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Features of one token for {@link IndonesianNameFinderFactory}'s name finder, for the token and its
 * neighbour either side: the lower-case word and its shape (OpenNLP's token class), the classes the shipped Indonesian lists give the lower-case word
 * ({@link IndonesianLowercase#wordClasses}), its last two and three letters (-nya, -kan), and what the
 * hand-written lower-case rules ({@link IndonesianLowercase#find}) make of the sentence there
 * ({@code B-PERSON}, {@code I-LOCATION}, {@code O}), so the model learns where to trust them; plus
 * the word and shape bigrams and the sentence start of OpenNLP's default name-finder features. No
 * adaptive data: the same sentence always gets the same features, whatever came before it.
 *
 * <p>The features of a sentence are made once, when its first token is asked for, and reused for the
 * others (the same strings, whose hash codes the model's look-up then computes once). Not
 * thread-safe; each name finder has its own.
 */
final class IndonesianNameFeatures implements AdaptiveFeatureGenerator {
  /** Neighbours either side whose list classes, suffixes and rule tags are features (2 measured worse: 0.658). */
  static final int WINDOW = 1;
  /** Neighbours either side whose word and shape are features (2 measured worse: 0.655). */
  static final int WORD_WINDOW = 1;
  /**
   * The rules' tags of the sentence being read, when the caller has them from the whole document (cased text: a word
   * judged by how the document writes it elsewhere); null to compute them from the sentence alone, as in training,
   * where each sentence is its own document.
   */
  static final ThreadLocal<String[]> DOCUMENT_RULES = new ThreadLocal<>();
  private final IndonesianLowercase lists = IndonesianLowercase.get();
  /** Cased text: the rules' reading is the rule-only extractor's ({@link EntityExtractor#rulesOnly}), not the lower-case rules'. */
  private final boolean cased;

  IndonesianNameFeatures() {
    this(false);
  }

  IndonesianNameFeatures(boolean cased) {
    this.cased = cased;
  }
  private String[] lastSentence;
  /** features[i]: all features of token i, its neighbours' with their offset. */
  private String[][] features;

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastSentence) {
      features = sentenceFeatures(tokens);
      lastSentence = tokens;
    }
    out.addAll(Arrays.asList(features[index]));
  }

  private String[][] sentenceFeatures(String[] tokens) {
    int n = tokens.length;
    String[] rules = rules(tokens);
    String[] lower = new String[n];
    String[] shape = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
      shape[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
    }
    List<List<String>> own = new ArrayList<>(n);
    List<String> classes = new ArrayList<>(4);
    for (int i = 0; i < n; i++) {
      String w = lower[i];
      List<String> f = new ArrayList<>(8);
      f.add("w=" + w);
      f.add("wc=" + shape[i]);
      classes.clear();
      lists.wordClasses(w, classes);
      if (classes.isEmpty()) {
        f.add("idw=none");
      }
      for (String c : classes) {
        f.add("idw=" + c);
      }
      if (w.length() >= 5) {
        f.add("suf2=" + w.substring(w.length() - 2));
        f.add("suf3=" + w.substring(w.length() - 3));
      }
      f.add("rule=" + rules[i]);
      own.add(f);
    }
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      List<String> all = new ArrayList<>(own.get(i));
      all.add("def");
      if (i == 0) {
        all.add("S=begin");
      }
      // word and shape bigrams, as OpenNLP's BigramNameFeatureGenerator
      if (i > 0) {
        all.add("pw,w=" + lower[i - 1] + "," + lower[i]);
        all.add("pwc,wc=" + shape[i - 1] + "," + shape[i]);
      }
      if (i + 1 < n) {
        all.add("w,nw=" + lower[i] + "," + lower[i + 1]);
        all.add("wc,nc=" + shape[i] + "," + shape[i + 1]);
      }
      for (int d = -Math.max(WINDOW, WORD_WINDOW); d <= Math.max(WINDOW, WORD_WINDOW); d++) {
        int j = i + d;
        if (d == 0 || j < 0 || j >= n) {
          continue;
        }
        boolean near = Math.abs(d) <= WINDOW;
        boolean wordNear = Math.abs(d) <= WORD_WINDOW;
        for (String f : own.get(j)) {
          boolean word = f.startsWith("w=") || f.startsWith("wc=");
          if (word ? wordNear : near) {
            all.add(d + f);
          }
        }
      }
      out[i] = all.toArray(String[]::new);
    }
    return out;
  }

  /** The rules' BIO tag of every token of the sentence (the tokens joined by spaces, as one text). */
  private String[] rules(String[] tokens) {
    String[] given = DOCUMENT_RULES.get();
    if (given != null && given.length == tokens.length) {
      return given;
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(cased ? tokens[i] : tokens[i].toLowerCase(Locale.ROOT));
    }
    String[] tags = new String[tokens.length];
    Arrays.fill(tags, "O");
    List<int[]> spans = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    if (cased) {
      for (Mention m : EntityExtractor.rulesOnly().extract(text.toString(), "id")) {
        if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION) {
          spans.add(new int[] {m.start(), m.end()});
          types.add(m.type());
        }
      }
    } else {
      Tokens t = new Tokens(text.toString());
      for (IndonesianLowercase.Span sp : lists.find(t, new boolean[t.n])) {
        spans.add(new int[] {t.start[sp.ts()], t.end[sp.te()]});
        types.add(sp.type());
      }
    }
    for (int k = 0; k < spans.size(); k++) {
      int cs = spans.get(k)[0];
      int ce = spans.get(k)[1];
      EntityType type = types.get(k);
      boolean first = true;
      for (int i = 0; i < tokens.length; i++) {
        int ts = starts[i];
        int te = ts + tokens[i].length();
        if (ts < ce && cs < te) {
          tags[i] = (first ? "B-" : "I-") + type.name();
          first = false;
        }
      }
    }
    return tags;
  }
}
