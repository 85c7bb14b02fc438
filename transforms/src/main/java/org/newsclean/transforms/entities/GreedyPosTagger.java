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
 * <p>What this class does: the token-local feature strings are never built; each is looked up in a
 * predicate table of its own by its parts (a prefix such as {@code "suf="} and a region of the token),
 * once per token and not once per position, and the previous-tag predicates are looked up once per
 * model for every tag and pair of tags. Scores are summed in OpenNLP's order over the same doubles, so
 * they are the same doubles. The probabilities are computed only when two outcomes' scores are within
 * {@link #TIE} of each other: below that gap, the exponential (error under one ulp) and the division
 * (half an ulp) keep the order of the scores, so the highest score is the highest probability. Anything
 * outside what OpenNLP's search would handle the same way (a score that is not finite or large enough to
 * overflow the exponential, a sentence so long that its log-probability could reach OpenNLP's floor of
 * -100,000) returns {@code null}, and the caller uses OpenNLP's tagger. {@code GreedyPosTaggerTest}
 * compares the tags with OpenNLP's {@code POSTaggerME} (beam 1) on the seeds and on random sentences.
 *
 * <p>Immutable and shared; {@link #tag} keeps its scratch arrays in a per-thread {@link Workspace}.
 */
final class GreedyPosTagger {
  /** Scores closer than this are decided by OpenNLP's own probabilities. */
  static final double TIE = 1e-9;

  /** Longest sentence decoded here: its log-probability stays above -100,000 (each step costs at most log(outcomes)). */
  private final int maxTokens;

  private final String[] outcomes;
  private final int n;
  private final double logUniform;
  private final PredicateTable table;
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
    table = new PredicateTable(keys, keyIds);
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
    int[] best = decode(tokens, false);
    if (best == null) {
      return null;
    }
    String[] tags = new String[best.length];
    for (int i = 0; i < best.length; i++) {
      tags[i] = outcomes[best[i]];
    }
    return tags;
  }

  /**
   * The outcome index of each token, or null (see the class comment). {@code exact}: compute the
   * probabilities at every position instead of only at near ties (for tests: both must agree).
   */
  int[] decode(String[] tokens, boolean exact) {
    int len = tokens.length;
    if (len > maxTokens) {
      return null;
    }
    Workspace w = workspace.get();
    w.ensure(len);
    for (int i = 0; i < len; i++) {
      local(tokens[i], w, i);
    }
    double[] s = w.scores;
    int[] best = new int[len];
    for (int i = 0; i < len; i++) {
      Arrays.fill(s, logUniform);
      add(s, def);
      int base = i * Workspace.LOCAL;
      int affixes = Math.min(4, tokens[i].length());
      for (int a = 0; a < 2 * affixes; a++) { // suffixes, then prefixes
        add(s, w.local[base + a]);
      }
      add(s, w.local[base + 8]); // w=
      if (i >= 1) {
        add(s, w.local[(i - 1) * Workspace.LOCAL + 11]); // p1w=
      }
      if (i >= 2) {
        add(s, w.local[(i - 2) * Workspace.LOCAL + 12]); // p2w=
      }
      if (i + 1 < len) {
        add(s, w.local[(i + 1) * Workspace.LOCAL + 13]); // n1w=
      }
      if (i + 2 < len) {
        add(s, w.local[(i + 2) * Workspace.LOCAL + 14]); // n2w=
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
      add(s, w.local[base + 9]); // wc=
      add(s, w.local[base + 10]); // w&c=
      if (i >= 1) {
        add(s, prevTag[best[i - 1]]);
        if (i >= 2) {
          add(s, prevTags[best[i - 2] * n + best[i - 1]]);
        }
      }
      int b = choose(s, w.probs, exact);
      if (b < 0) {
        return null;
      }
      best[i] = b;
    }
    return best;
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
   * The predicates of token {@code i} that do not depend on its position: slots 0-3 suffixes
   * ({@code "suf="} + the last 1..4 chars), 4-7 prefixes, 8 {@code "w="} + lower case, 9 {@code "wc="} +
   * class, 10 {@code "w&c="} + lower case + "," + class, 11-14 the token as a neighbour
   * ({@code "p1w="}, {@code "p2w="}, {@code "n1w="}, {@code "n2w="} + lower case).
   */
  private void local(String token, Workspace w, int i) {
    int base = i * Workspace.LOCAL;
    int len = token.length();
    int affixes = Math.min(4, len);
    for (int a = 0; a < affixes; a++) {
      w.local[base + a] = table.find("suf=", token, Math.max(len - a - 1, 0), len);
      w.local[base + affixes + a] = table.find("pre=", token, 0, Math.min(a + 1, len));
    }
    String lower = StringUtil.toLowerCase(token);
    String cls = FeatureGeneratorUtil.tokenFeature(token);
    w.local[base + 8] = table.find("w=", lower, 0, lower.length());
    w.local[base + 9] = table.find("wc=", cls, 0, cls.length());
    w.local[base + 10] = table.find("w&c=", lower, ',', cls);
    w.local[base + 11] = table.find("p1w=", lower, 0, lower.length());
    w.local[base + 12] = table.find("p2w=", lower, 0, lower.length());
    w.local[base + 13] = table.find("n1w=", lower, 0, lower.length());
    w.local[base + 14] = table.find("n2w=", lower, 0, lower.length());
  }

  /** Per-thread scratch space. */
  private final class Workspace {
    static final int LOCAL = 15;
    int[] local = new int[64 * LOCAL];
    final double[] scores = new double[n];
    final double[] probs = new double[n];

    void ensure(int len) {
      if (local.length < len * LOCAL) {
        local = new int[Math.max(len, local.length / LOCAL * 2) * LOCAL];
      }
    }
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
