package org.newsclean.transforms.entities;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's greedy (beam 1) part-of-speech decoding over a GIS maxent model whose features are those of
 * the default descriptor ({@link PosFeatures}), evaluated here instead of through {@code POSTaggerME}:
 * the same tags, computed without building feature strings or going through OpenNLP's beam search.
 *
 * <p>What OpenNLP does for each position {@code i}: build the context strings ({@link PosFeatures}: the
 * token's suffixes and prefixes, its lower case, its neighbours' lower case, sentence-start marks, its
 * token class, the previous two tags), look each up in the model's predicate map, add each found
 * predicate's parameters into a score per outcome (starting from {@code log(1/outcomes)}), in the order
 * of the context, turn the scores into probabilities ({@code StrictMath.exp}, divided by their sum) and
 * keep the first outcome of highest probability (beam 1: {@code BeamSearch} adds every outcome whose
 * probability equals the maximum, in outcome order, to a priority queue whose head on ties is the first
 * added).
 *
 * <p>What this class does: the feature strings are never built. Each token's predicates that do not
 * depend on its position (suffixes, prefixes, lower case, class, and its lower case as a neighbour) are
 * looked up once per token, by their parts (a prefix such as {@code "suf="} and a region of the token),
 * in a predicate table of its own, and kept in a {@link Word} with the sum of their parameters (a memo
 * may keep words for the next sentences: a pure function of the word and the model); the previous-tag
 * predicates are looked up once per model for every tag and pair of tags. A position's score is then the
 * word's sum plus its neighbours', sentence-start and previous tags' parameters. That is not OpenNLP's
 * order of summation, so the doubles may differ in their last bits; wherever the best score does not
 * lead the second by more than {@link #MARGIN} (far above the difference two orders can make), the
 * position is summed again in OpenNLP's order, which gives OpenNLP's doubles. Probabilities are
 * computed only when two of those scores are within {@link #TIE} of each other: beyond that gap the
 * exponential (error under one ulp) and the division (half an ulp) keep the order of the scores, so the
 * highest score is the highest probability. Anything outside what OpenNLP's search would handle the same
 * way (a score that is not finite or large enough to overflow the exponential, a sentence so long that
 * its log-probability could reach OpenNLP's floor of -100,000) returns {@code null}, and the caller uses
 * OpenNLP's tagger. {@code GreedyPosTaggerTest} compares the tags with OpenNLP's {@code POSTaggerME}
 * (beam 1) on the seeds and on random sentences, and the quick decisions with OpenNLP-order ones.
 *
 * <p>Immutable and shared; {@link #tag} keeps its scratch arrays in a per-thread {@link Workspace}.
 */
final class GreedyPosTagger {
  /** Scores closer than this are decided by OpenNLP's own probabilities. */
  static final double TIE = 1e-9;

  /**
   * Scores summed in another order than OpenNLP's closer than this are summed again in its order. A
   * score is a sum of at most 22 terms (the uniform prior and one parameter per feature, at most 21
   * features) each at most {@link #MAX_TERM} in magnitude; two orders of summation then differ by less
   * than {@code 2 * 21 * 22 * MAX_TERM * 2^-53} (about 1e-11), far below {@code MARGIN - TIE}.
   */
  static final double MARGIN = 1e-6;

  /** Largest parameter magnitude for which {@link #MARGIN} holds; a model beyond it is summed in OpenNLP's order only. */
  static final double MAX_TERM = 100;

  /** Longest sentence decoded here: its log-probability stays above -100,000 (each step costs at most log(outcomes)). */
  private final int maxTokens;

  private final String[] outcomes;
  private final int n;
  private final double logUniform;
  private final PredicateTable table;
  /** Lower-case word -> its row in {@link #wordIds}: the predicates of {@link #WORD_PREFIXES} + the word (-1 if absent). */
  private final PredicateTable words;
  private final int[] wordIds;
  private static final String[] WORD_PREFIXES = {"w=", "p1w=", "p2w=", "n1w=", "n2w="};
  /** Parameters of predicate {@code p}: {@code paramOutcome/paramValue[start[p] .. start[p + 1])}, in the model's order. */
  private final int[] start;
  private final int[] paramOutcome;
  private final double[] paramValue;
  private final int def;
  private final int sBegin;
  private final int p1SBegin;
  private final int p2SBegin;
  /** Predicate of {@code "t=" + outcome} per outcome, of {@code "t2=" + o1 + "," + o2} per {@code o1 * n + o2}; -1 if absent. */
  private final int[] prevTag;
  private final int[] prevTags;

  /** Are the parameters small enough for summing the local features ahead ({@link #MAX_TERM})? */
  private final boolean precombined;

  private final ThreadLocal<Workspace> workspace = ThreadLocal.withInitial(Workspace::new);

  private GreedyPosTagger(Map<String, Context> pmap, String[] outcomes) {
    this.outcomes = outcomes.clone();
    this.n = outcomes.length;
    this.logUniform = StrictMath.log(1.0 / n); // UniformPrior, as GISModel's constructors set it
    this.maxTokens = (int) Math.min(10_000, 99_000 / Math.max(1.0, Math.log(n)));
    Map<Context, Integer> ids = new IdentityHashMap<>();
    String[] keys = new String[pmap.size()];
    int[] keyIds = new int[pmap.size()];
    int k = 0;
    int paramCount = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      Context c = e.getValue();
      Integer id = ids.get(c);
      if (id == null) {
        id = ids.size();
        ids.put(c, id);
        paramCount += c.getOutcomes().length;
      }
      keys[k] = e.getKey();
      keyIds[k] = id;
      k++;
    }
    Context[] byId = new Context[ids.size()];
    ids.forEach((c, id) -> byId[id] = c);
    start = new int[byId.length + 1];
    paramOutcome = new int[paramCount];
    paramValue = new double[paramCount];
    int at = 0;
    for (int p = 0; p < byId.length; p++) {
      start[p] = at;
      int[] o = byId[p].getOutcomes();
      double[] v = byId[p].getParameters();
      for (int j = 0; j < o.length; j++) {
        paramOutcome[at] = o[j];
        paramValue[at] = v[j];
        at++;
      }
    }
    start[byId.length] = at;
    double maxTerm = Math.abs(logUniform);
    for (double v : paramValue) {
      maxTerm = Math.max(maxTerm, Math.abs(v));
    }
    precombined = maxTerm <= MAX_TERM; // NaN: false
    table = new PredicateTable(keys, keyIds);
    // the five predicates of a lower-case word (w=, p1w=, p2w=, n1w=, n2w=) found with one look-up
    Map<String, int[]> byWord = new java.util.HashMap<>();
    for (int j = 0; j < keys.length; j++) {
      for (int q = 0; q < WORD_PREFIXES.length; q++) {
        if (keys[j].startsWith(WORD_PREFIXES[q])) {
          int[] five = byWord.computeIfAbsent(keys[j].substring(WORD_PREFIXES[q].length()), x -> new int[] {-1, -1, -1, -1, -1});
          five[q] = keyIds[j];
        }
      }
    }
    String[] wordKeys = byWord.keySet().toArray(String[]::new);
    int[] wordSlots = new int[wordKeys.length];
    wordIds = new int[wordKeys.length * WORD_PREFIXES.length];
    for (int j = 0; j < wordKeys.length; j++) {
      wordSlots[j] = j;
      System.arraycopy(byWord.get(wordKeys[j]), 0, wordIds, j * WORD_PREFIXES.length, WORD_PREFIXES.length);
    }
    words = new PredicateTable(wordKeys, wordSlots);
    def = table.find("def");
    sBegin = table.find("S=begin");
    p1SBegin = table.find("p1S=begin");
    p2SBegin = table.find("p2S=begin");
    prevTag = new int[n];
    prevTags = new int[n * n];
    for (int a = 0; a < n; a++) {
      prevTag[a] = table.find("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        prevTags[a * n + b] = table.find("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
  }

  /** A decoder over {@code model}, or null when it is not a GIS model this class evaluates like OpenNLP. */
  static GreedyPosTagger of(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      return null;
    }
    Object[] data = gis.getDataStructures();
    if (!(data[1] instanceof Map<?, ?> pmap) || !(data[2] instanceof String[] names)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) pmap;
    GreedyPosTagger t = new GreedyPosTagger(predicates, names);
    return t.evaluatesLike(gis, predicates) ? t : null;
  }

  /**
   * Checks the evaluation against the model's own on a spread of its predicates (every 97th, alone and
   * after {@code def}): the same probabilities, bit for bit, guards against a prior or an evaluation
   * other than the one this class reproduces.
   */
  private boolean evaluatesLike(GISModel gis, Map<String, Context> pmap) {
    double[] scores = new double[n];
    double[] probs = new double[n];
    int i = 0;
    for (String key : pmap.keySet()) {
      if (i++ % 97 != 0) {
        continue;
      }
      for (String[] context : new String[][] {{key}, {"def", key}}) {
        Arrays.fill(scores, logUniform);
        for (String c : context) {
          add(scores, table.find(c));
        }
        probabilities(scores, probs);
        if (!Arrays.equals(probs, gis.eval(context))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Does this decoder give {@code tagger}'s tags on a few fixed sentences? Guards against a tagger that
   * maps the model's tags to another tag set or validates sequences against a dictionary.
   */
  boolean agreesWith(opennlp.tools.postag.POSTaggerME tagger) {
    String[][] probes = {
        {"Die", "Deutsche", "Bank", "hat", "am", "Montag", "in", "Frankfurt", "ihre", "Zahlen", "vorgelegt", "."},
        {"The", "European", "Commission", "fined", "Google", "on", "Wednesday", ",", "officials", "said", "."},
        {"Le", "président", "Emmanuel", "Macron", "a", "reçu", "la", "PDG", "d'Airbus", "."},
        {"3", ",", "4", "%", "2B2", "e-mail", "www.example.com", "@user", "#tag", "ÄÖÜ", "ß"}};
    for (String[] probe : probes) {
      if (!Arrays.equals(tag(probe), tagger.tag(probe))) {
        return false;
      }
    }
    return true;
  }

  int numOutcomes() {
    return n;
  }

  /** The tag of each token, or null when OpenNLP's tagger has to decide (see the class comment). */
  String[] tag(String[] tokens) {
    return tag(tokens, null);
  }

  /** {@link #tag(String[])}, with the words' features kept in {@code memo} (may be null) for the next sentences. */
  String[] tag(String[] tokens, Memo memo) {
    int[] best = decode(tokens, false, memo);
    if (best == null) {
      return null;
    }
    String[] tags = new String[best.length];
    for (int i = 0; i < best.length; i++) {
      tags[i] = outcomes[best[i]];
    }
    return tags;
  }

  /** A new word memo for this decoder (thread-safe; its content never changes a result, only saves work). */
  Memo newMemo(int capacity) {
    return new Memo(this, capacity);
  }

  /**
   * The words' features: a pure function of the word and the model, so a memo only saves work. Holds at
   * most {@code capacity} words (later words are computed each time).
   */
  static final class Memo {
    private final GreedyPosTagger owner;
    private final int capacity;
    private final java.util.concurrent.ConcurrentHashMap<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();

    private Memo(GreedyPosTagger owner, int capacity) {
      this.owner = owner;
      this.capacity = capacity;
    }

    int size() {
      return words.size();
    }
  }

  /** One word's predicates that do not depend on its position, and the sum of their parameters. */
  static final class Word {
    /** See {@link #local}. */
    final int[] ids;
    /** {@code log(1/outcomes)} + def + suffixes + prefixes + w= + wc= + w&c=, per outcome (not in OpenNLP's order). */
    final double[] sum;

    private Word(int[] ids, double[] sum) {
      this.ids = ids;
      this.sum = sum;
    }
  }

  private Word word(String token, Memo memo) {
    if (memo == null) {
      return newWord(token);
    }
    if (memo.owner != this) {
      throw new IllegalArgumentException("a memo of another model");
    }
    Word w = memo.words.get(token);
    if (w == null) {
      w = newWord(token);
      if (memo.words.size() < memo.capacity) {
        memo.words.putIfAbsent(token, w);
      }
    }
    return w;
  }

  private Word newWord(String token) {
    int[] ids = local(token);
    double[] sum = new double[n];
    Arrays.fill(sum, logUniform);
    add(sum, def);
    for (int a = 0; a <= 10; a++) { // affixes, w=, wc=, w&c=
      add(sum, ids[a]);
    }
    return new Word(ids, sum);
  }

  /**
   * The outcome index of each token, or null (see the class comment). {@code exact}: sum every position
   * in OpenNLP's order and compute its probabilities (for tests: both must agree).
   */
  int[] decode(String[] tokens, boolean exact) {
    return decode(tokens, exact, null);
  }

  private int[] decode(String[] tokens, boolean exact, Memo memo) {
    int len = tokens.length;
    if (len > maxTokens) {
      return null;
    }
    Word[] words = new Word[len];
    for (int i = 0; i < len; i++) {
      words[i] = word(tokens[i], memo);
    }
    Workspace w = workspace.get();
    double[] s = w.scores;
    int[] best = new int[len];
    for (int i = 0; i < len; i++) {
      int b = -2;
      if (!exact && precombined) {
        System.arraycopy(words[i].sum, 0, s, 0, n);
        b = quick(s, words, i, best);
      }
      if (b == -2) { // near a tie: OpenNLP's order, and its probabilities when closer than TIE
        exactScores(s, words, i, tokens[i].length(), best);
        b = choose(s, w.probs, exact);
      }
      if (b < 0) {
        return null;
      }
      best[i] = b;
    }
    return best;
  }

  /**
   * The position's scores from the word's precomputed sum, and its outcome when the best score leads the
   * second by more than {@link #MARGIN} (then OpenNLP's scores, summed in another order, have the same
   * leader by more than {@link #TIE}); -2 otherwise.
   */
  private int quick(double[] s, Word[] words, int i, int[] best) {
    int len = words.length;
    if (i >= 1) {
      add(s, words[i - 1].ids[11]);
    }
    if (i >= 2) {
      add(s, words[i - 2].ids[12]);
    }
    if (i + 1 < len) {
      add(s, words[i + 1].ids[13]);
    }
    if (i + 2 < len) {
      add(s, words[i + 2].ids[14]);
    }
    if (i == 0) {
      add(s, sBegin);
    } else if (i == 1) {
      add(s, p1SBegin);
    } else if (i == 2) {
      add(s, p2SBegin);
    }
    if (i >= 1) {
      add(s, prevTag[best[i - 1]]);
      if (i >= 2) {
        add(s, prevTags[best[i - 2] * n + best[i - 1]]);
      }
    }
    int top = 0;
    for (int o = 1; o < n; o++) {
      if (s[o] > s[top]) {
        top = o;
      }
    }
    double bar = s[top] - MARGIN;
    if (!(Math.abs(s[top]) < 700)) {
      return -2;
    }
    for (int o = 0; o < n; o++) {
      if (o != top && !(s[o] < bar)) {
        return -2;
      }
    }
    return top;
  }

  /** The position's scores summed as GISModel sums them: its features in PosFeatures' order. */
  private void exactScores(double[] s, Word[] words, int i, int tokenLength, int[] best) {
    int len = words.length;
    int[] ids = words[i].ids;
    Arrays.fill(s, logUniform);
    add(s, def);
    int affixes = Math.min(4, tokenLength);
    for (int a = 0; a < affixes; a++) {
      add(s, ids[a]); // suffixes
    }
    for (int a = 0; a < affixes; a++) {
      add(s, ids[4 + a]); // prefixes
    }
    add(s, ids[8]); // w=
    if (i >= 1) {
      add(s, words[i - 1].ids[11]); // p1w=
    }
    if (i >= 2) {
      add(s, words[i - 2].ids[12]); // p2w=
    }
    if (i + 1 < len) {
      add(s, words[i + 1].ids[13]); // n1w=
    }
    if (i + 2 < len) {
      add(s, words[i + 2].ids[14]); // n2w=
    }
    if (i == 0) {
      add(s, sBegin);
    }
    if (i == 1) {
      add(s, p1SBegin);
    }
    if (i == 2) {
      add(s, p2SBegin);
    }
    add(s, ids[9]); // wc=
    add(s, ids[10]); // w&c=
    if (i >= 1) {
      add(s, prevTag[best[i - 1]]);
      if (i >= 2) {
        add(s, prevTags[best[i - 2] * n + best[i - 1]]);
      }
    }
  }

  /** OpenNLP's choice at one position: the first outcome of highest probability; -1 when OpenNLP must decide. */
  private int choose(double[] s, double[] probs, boolean exact) {
    int top = 0;
    for (int o = 1; o < n; o++) {
      if (s[o] > s[top]) {
        top = o;
      }
    }
    double max = s[top];
    if (!(Math.abs(max) < 700)) { // also NaN; far from where exp overflows or every probability underflows
      return -1;
    }
    boolean near = false;
    for (int o = 0; o < n; o++) {
      if (o != top && !(s[o] < max - TIE)) {
        near = true;
        break;
      }
    }
    if (!near && !exact) {
      return top;
    }
    probabilities(s, probs);
    int first = 0;
    for (int o = 1; o < n; o++) {
      if (probs[o] > probs[first]) {
        first = o;
      }
    }
    return probs[first] > 0 ? first : -1;
  }

  /** GISModel's probabilities from the summed scores. */
  private void probabilities(double[] s, double[] probs) {
    double normal = 0.0;
    for (int o = 0; o < n; o++) {
      probs[o] = StrictMath.exp(s[o]);
      normal += probs[o];
    }
    for (int o = 0; o < n; o++) {
      probs[o] /= normal;
    }
  }

  private void add(double[] s, int predicate) {
    if (predicate < 0) {
      return;
    }
    for (int j = start[predicate], end = start[predicate + 1]; j < end; j++) {
      s[paramOutcome[j]] += paramValue[j] * 1.0; // the feature value OpenNLP multiplies by (1 without values)
    }
  }

  /**
   * The predicates of a token that do not depend on its position, -1 where the model has none: slots 0-3
   * suffixes ({@code "suf="} + the last 1..4 chars), 4-7 prefixes ({@code "pre="} + the first 1..4), 8
   * {@code "w="} + lower case, 9 {@code "wc="} + class, 10 {@code "w&c="} + lower case + "," + class,
   * 11-14 the token as a neighbour ({@code "p1w="}, {@code "p2w="}, {@code "n1w="}, {@code "n2w="} + lower case).
   */
  private int[] local(String token) {
    int[] ids = new int[15];
    Arrays.fill(ids, -1);
    int len = token.length();
    int affixes = Math.min(4, len);
    for (int a = 0; a < affixes; a++) {
      ids[a] = table.find("suf=", token, Math.max(len - a - 1, 0), len);
      ids[4 + a] = table.find("pre=", token, 0, Math.min(a + 1, len));
    }
    String lower = lowerCase(token);
    String cls = FeatureGeneratorUtil.tokenFeature(token);
    ids[9] = table.find("wc=", cls, 0, cls.length());
    ids[10] = table.find("w&c=", lower, ',', cls);
    int row = words.find("", lower, 0, lower.length());
    if (row >= 0) {
      row *= WORD_PREFIXES.length;
      ids[8] = wordIds[row];
      ids[11] = wordIds[row + 1];
      ids[12] = wordIds[row + 2];
      ids[13] = wordIds[row + 3];
      ids[14] = wordIds[row + 4];
    }
    return ids;
  }

  /**
   * OpenNLP's {@code StringUtil.toLowerCase}: {@code Character.toLowerCase} of each code point; here
   * char by char when the token has no surrogate and no char maps outside the BMP.
   */
  static String lowerCase(String token) {
    int len = token.length();
    char[] out = null;
    for (int i = 0; i < len; i++) {
      char c = token.charAt(i);
      if (Character.isSurrogate(c)) {
        return StringUtil.toLowerCase(token);
      }
      int l = Character.toLowerCase((int) c);
      if (l != c) {
        if (l > 0xFFFF) {
          return StringUtil.toLowerCase(token);
        }
        if (out == null) {
          out = token.toCharArray();
        }
        out[i] = (char) l;
      }
    }
    return out == null ? token : new String(out);
  }

  /** Per-thread scratch space. */
  private final class Workspace {
    final double[] scores = new double[n];
    final double[] probs = new double[n];
  }

  /**
   * Predicate string -> id, open addressing, looked up by the parts of a string (a prefix and a region
   * of another string, or a prefix, a string, one char and another string) without building it.
   */
  static final class PredicateTable {
    private final String[] keys;
    private final int[] hashes;
    private final int[] ids;
    private final int mask;

    PredicateTable(String[] keys, int[] keyIds) {
      int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
      this.keys = new String[cap];
      this.hashes = new int[cap];
      this.ids = new int[cap];
      this.mask = cap - 1;
      for (int k = 0; k < keys.length; k++) {
        int h = mix(keys[k].hashCode());
        int slot = h & mask;
        while (this.keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        this.keys[slot] = keys[k];
        this.hashes[slot] = h;
        this.ids[slot] = keyIds[k];
      }
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 15);
    }

    private static int hash(int h, String s, int from, int to) {
      for (int i = from; i < to; i++) {
        h = 31 * h + s.charAt(i);
      }
      return h;
    }

    int find(String key) {
      return find(key, key, 0, 0);
    }

    /** The id of {@code prefix + s.substring(from, to)}, or -1. */
    int find(String prefix, String s, int from, int to) {
      int h = mix(hash(prefix.hashCode(), s, from, to));
      int len = prefix.length() + to - from;
      int slot = h & mask;
      String k;
      while ((k = keys[slot]) != null) {
        if (hashes[slot] == h && k.length() == len && k.startsWith(prefix)
            && k.regionMatches(prefix.length(), s, from, to - from)) {
          return ids[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    /** The id of {@code prefix + a + sep + b}, or -1. */
    int find(String prefix, String a, char sep, String b) {
      int h = hash(31 * hash(prefix.hashCode(), a, 0, a.length()) + sep, b, 0, b.length());
      h = mix(h);
      int len = prefix.length() + a.length() + 1 + b.length();
      int slot = h & mask;
      String k;
      while ((k = keys[slot]) != null) {
        int at = prefix.length() + a.length();
        if (hashes[slot] == h && k.length() == len && k.startsWith(prefix) && k.regionMatches(prefix.length(), a, 0, a.length())
            && k.charAt(at) == sep && k.regionMatches(at + 1, b, 0, b.length())) {
          return ids[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }
  }
}
