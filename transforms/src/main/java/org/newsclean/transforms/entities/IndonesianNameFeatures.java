package org.newsclean.transforms.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Features of one token for the Indonesian name finders ({@link IndonesianNameFinderFactory}), for the token and
 * its neighbour either side: the lower-case word and its shape (OpenNLP's token class), the classes the shipped
 * Indonesian lists give the lower-case word ({@link IndonesianLowercase#wordClasses}), its last two and three letters
 * (-nya, -kan), and what the rules make of it ({@code B-PERSON}, {@code I-LOCATION}, {@code O}: the lower-case rules,
 * {@link IndonesianLowercase#find}, or for cased text the rule-only extractor, {@link EntityExtractor#rulesOnly}),
 * so the model learns where to trust them; plus
 * the word and shape bigrams and the sentence start of OpenNLP's default name-finder features. No
 * adaptive data: the same sentence always gets the same features, whatever came before it.
 *
 * <p>The features of a sentence are made once, when its first token is asked for, and reused for the
 * others (the same strings, whose hash codes the model's look-up then computes once). Not
 * thread-safe; each name finder has its own.
 */
final class IndonesianNameFeatures implements AdaptiveFeatureGenerator {
  // One neighbour either side: two measured worse on the lower-case data (0.658 for the word lists' classes,
  // suffixes and rule tags, 0.655 for the word and its shape, against 0.661).

  /**
   * The rules' tags of the sentence being read, when the caller has them from the whole document (a word judged by
   * how the document writes it elsewhere); null to compute them from the sentence alone, as in training, where each
   * sentence is its own document.
   */
  static final ThreadLocal<String[]> DOCUMENT_RULES = new ThreadLocal<>();

  private final IndonesianLowercase lists = IndonesianLowercase.get();
  /** Cased text: the rules' reading is the rule-only extractor's, not the lower-case rules'. */
  private final boolean cased;
  private String[] lastSentence;
  /** features[i]: all features of token i, its neighbours' with their offset. */
  private String[][] features;

  IndonesianNameFeatures() {
    this(false);
  }

  IndonesianNameFeatures(boolean cased) {
    this.cased = cased;
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastSentence) {
      features = sentenceFeatures(tokens);
      lastSentence = tokens;
    }
    out.addAll(Arrays.asList(features[index]));
  }

  /** Words whose features are kept ({@link #memo}; about 12 MB a finder at most); emptied when full. */
  private static final int MEMO_WORDS = 20_000;

  /** A word's own features (without the rules' tag) and the same with the neighbour offsets -1 and 1. */
  private record WordFeatures(String[] own, String[] before, String[] after) {}

  /** The features of words seen before, by the word as written: a pure function of it, so output never depends on it. */
  private final java.util.HashMap<String, WordFeatures> memo = new java.util.HashMap<>();

  private static final java.util.Map<String, String[]> RULE_FEATURES = new java.util.concurrent.ConcurrentHashMap<>();

  /** "rule=TAG", "-1rule=TAG", "1rule=TAG": the same strings every time. */
  private static String[] ruleFeatures(String tag) {
    return RULE_FEATURES.computeIfAbsent(tag, t -> new String[] {"rule=" + t, "-1rule=" + t, "1rule=" + t});
  }

  private WordFeatures wordFeatures(String token) {
    WordFeatures wf = memo.get(token);
    if (wf != null) {
      return wf;
    }
    String w = token.toLowerCase(Locale.ROOT);
    List<String> f = new ArrayList<>(8);
    f.add("w=" + w);
    f.add("wc=" + FeatureGeneratorUtil.tokenFeature(token));
    List<String> classes = new ArrayList<>(4);
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
    String[] own = f.toArray(String[]::new);
    String[] before = new String[own.length];
    String[] after = new String[own.length];
    for (int k = 0; k < own.length; k++) {
      before[k] = "-1" + own[k];
      after[k] = "1" + own[k];
    }
    wf = new WordFeatures(own, before, after);
    if (memo.size() >= MEMO_WORDS) {
      memo.clear();
    }
    memo.put(token, wf);
    return wf;
  }

  private String[][] sentenceFeatures(String[] tokens) {
    int n = tokens.length;
    String[] rules = rules(tokens);
    WordFeatures[] words = new WordFeatures[n];
    String[][] ruleFs = new String[n][];
    for (int i = 0; i < n; i++) {
      words[i] = wordFeatures(tokens[i]);
      ruleFs[i] = ruleFeatures(rules[i]);
    }
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      List<String> all = new ArrayList<>(48);
      all.addAll(Arrays.asList(words[i].own()));
      all.add(ruleFs[i][0]);
      all.add("def");
      if (i == 0) {
        all.add("S=begin");
      }
      // word and shape bigrams, as OpenNLP's BigramNameFeatureGenerator
      String w = words[i].own()[0].substring(2);
      String c = words[i].own()[1].substring(3);
      if (i > 0) {
        all.add("pw,w=" + words[i - 1].own()[0].substring(2) + "," + w);
        all.add("pwc,wc=" + words[i - 1].own()[1].substring(3) + "," + c);
      }
      if (i + 1 < n) {
        all.add("w,nw=" + w + "," + words[i + 1].own()[0].substring(2));
        all.add("wc,nc=" + c + "," + words[i + 1].own()[1].substring(3));
      }
      if (i > 0) {
        all.addAll(Arrays.asList(words[i - 1].before()));
        all.add(ruleFs[i - 1][1]);
      }
      if (i + 1 < n) {
        all.addAll(Arrays.asList(words[i + 1].after()));
        all.add(ruleFs[i + 1][2]);
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
