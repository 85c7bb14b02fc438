package org.newsclean.transforms.language;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.Util;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.NgramExtractors;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageNames;

/**
 * Tika's Optimaize language detector, the same results computed with less work per text: the detector Tika builds
 * once per JVM ({@code OptimaizeLangDetector}'s default, with the n-gram frequencies of Optimaize's built-in
 * profiles), its settings, its n-gram definition and its random sampling, evaluated here without building a string
 * for every n-gram of the text and without hashing a new string for every sampled one.
 *
 * <p>What Tika and Optimaize do for a text {@code t} ({@code OptimaizeLangDetector.addText} then {@code detectAll}):
 * the text handed to Optimaize is {@code t + " "}; when it is longer than the detector's short-text limit (30),
 * Optimaize's long-text algorithm pads it with spaces, lists every 1-, 2- and 3-gram its standard filter keeps (a
 * 1-gram that is not a space, every 2-gram, a 3-gram whose middle is not a space; all 1-grams first, then the
 * 2-grams, then the 3-grams), and runs 7 trials with one {@link Random} seeded 41: each trial starts from the
 * uniform distribution, draws its smoothing from a Gaussian, then multiplies the probabilities of a randomly drawn
 * n-gram's languages in, normalising every fifth draw and stopping when one language passes 0.99999 or after 1,000
 * draws; the trials' averages above the probability threshold are the result, sorted by probability.
 *
 * <p>What this class changes: the n-grams are kept as positions in the padded text and each one's frequencies are
 * looked up once per text, when it is first drawn, in a table keyed by the n-gram's chars packed in a {@code long}
 * (built once per JVM from the same frequency map, sharing its arrays). Every floating-point operation is the
 * library's, in its order ({@link Util#normalizeProb} itself), so the probabilities are the same doubles.
 * {@code OptimaizeLongTextTest} compares the languages and scores with Tika's detector on the seeds, on samples of
 * every length and on random texts in many scripts.
 *
 * <p>Texts the long-text algorithm does not handle (at most the short-text limit, or so long that Tika would add
 * them in chunks) and a Tika or Optimaize whose detector does not look as expected (other settings, language
 * priors, another n-gram extractor: checked once, when the class loads) are left to Tika's detector:
 * {@link #scores} returns {@code null}. Immutable and thread-safe after class loading.
 */
final class OptimaizeLongText {

  /** Tika adds text of at least this many chars in several chunks, each followed by a space: not handled here. */
  static final int TIKA_CHUNK = 4096;

  private static final double ALPHA_WIDTH = 0.05;
  private static final int ITERATION_LIMIT = 1000;
  private static final double CONV_THRESHOLD = 0.99999;
  private static final double BASE_FREQ = 10000;
  private static final int N_TRIAL = 7;
  private static final long DEFAULT_SEED = 41L;

  /** The detector's data and settings, or null when Tika's detector is not what this class reproduces. */
  static final OptimaizeLongText INSTANCE = build();

  private final String[] languageNames;
  private final double alpha;
  private final long seed;
  private final int shortTextLimit;
  private final double prefixFactor;
  private final double suffixFactor;
  private final double probabilityThreshold;
  private final int languages;
  private final double uniform;

  // open addressing: packed n-gram -> its frequencies per language
  private final long[] keys;
  private final double[][] values;
  private final int mask;

  private OptimaizeLongText(
      String[] languageNames, double alpha, long seed, int shortTextLimit, double prefixFactor, double suffixFactor,
      double probabilityThreshold, Map<String, double[]> frequencies) {
    this.languageNames = languageNames;
    this.alpha = alpha;
    this.seed = seed;
    this.shortTextLimit = shortTextLimit;
    this.prefixFactor = prefixFactor;
    this.suffixFactor = suffixFactor;
    this.probabilityThreshold = probabilityThreshold;
    this.languages = languageNames.length;
    this.uniform = 1.0 / languages;
    int capacity = Integer.highestOneBit(Math.max(16, frequencies.size() * 2 - 1)) << 1;
    this.keys = new long[capacity];
    this.values = new double[capacity][];
    this.mask = capacity - 1;
    for (Map.Entry<String, double[]> e : frequencies.entrySet()) {
      String gram = e.getKey();
      if (gram.isEmpty() || gram.length() > 3) {
        continue; // never looked up: the n-grams are 1 to 3 chars long
      }
      long key = pack(gram, 0, gram.length());
      int slot = slot(key);
      while (values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
  }

  /** Chars {@code s[start, start + len)} (len 1 to 3) and the length in one long; no two n-grams share one. */
  static long pack(CharSequence s, int start, int len) {
    long key = len;
    for (int i = 0; i < len; i++) {
      key = key << 16 | s.charAt(start + i);
    }
    return key;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /** The frequencies of the packed n-gram per language, or null when no profile has it. */
  double[] frequencies(long key) {
    int slot = slot(key);
    double[] v;
    while ((v = values[slot]) != null) {
      if (keys[slot] == key) {
        return v;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * What Tika's {@code OptimaizeLangDetector} would give for {@code text} (added whole, then {@code detectAll}): the
   * Tika language names and raw scores ({@code (float)} probabilities), best first; an empty result where Tika gives
   * only its null result. Null when this text is left to Tika (see the class comment).
   */
  Scores scores(String text) {
    // Tika adds the text, then one space
    int tikaLength = text.length() + 1;
    if (text.length() >= TIKA_CHUNK || tikaLength <= shortTextLimit) {
      return null;
    }
    // Optimaize's padding: a space before and after unless there is one (the last char is Tika's space)
    boolean padStart = text.isEmpty() || text.charAt(0) != ' ';
    StringBuilder padded = new StringBuilder(tikaLength + 1);
    if (padStart) {
      padded.append(' ');
    }
    padded.append(text).append(' ');
    int len = padded.length();
    // the kept n-grams in Optimaize's order: all 1-grams, then 2-grams, then 3-grams (start << 2 | length)
    int[] grams = new int[3 * len];
    int count = 0;
    for (int pos = 0; pos < len; pos++) {
      if (padded.charAt(pos) != ' ') {
        grams[count++] = pos << 2 | 1;
      }
    }
    for (int pos = 0; pos + 1 < len; pos++) {
      grams[count++] = pos << 2 | 2;
    }
    for (int pos = 0; pos + 2 < len; pos++) {
      if (padded.charAt(pos + 1) != ' ') {
        grams[count++] = pos << 2 | 3;
      }
    }
    if (count == 0) {
      return Scores.EMPTY;
    }
    double[][] looked = new double[count][];
    boolean[] seen = new boolean[count];
    double[] langprob = new double[languages];
    Random rand = new Random(seed);
    for (int t = 0; t < N_TRIAL; ++t) {
      double[] prob = new double[languages];
      for (int i = 0; i < languages; ++i) {
        prob[i] = uniform;
      }
      double alphaT = this.alpha + (rand.nextGaussian() * ALPHA_WIDTH);
      for (int i = 0; i < ITERATION_LIMIT; i++) {
        int r = rand.nextInt(count);
        double[] freq;
        if (seen[r]) {
          freq = looked[r];
        } else {
          int g = grams[r];
          freq = frequencies(pack(padded, g >>> 2, g & 3));
          looked[r] = freq;
          seen[r] = true;
        }
        if (freq != null) {
          double weight = alphaT / BASE_FREQ;
          int g = grams[r];
          int gl = g & 3;
          if (gl > 1) {
            int gs = g >>> 2;
            if (prefixFactor != 1.0 && padded.charAt(gs) == ' ') {
              weight *= prefixFactor;
            } else if (suffixFactor != 1.0 && padded.charAt(gs + gl - 1) == ' ') {
              weight *= suffixFactor;
            }
          }
          for (int k = 0; k < prob.length; ++k) {
            prob[k] *= (weight + freq[k]);
          }
        }
        if (i % 5 == 0) {
          if (Util.normalizeProb(prob) > CONV_THRESHOLD) {
            break;
          }
        }
      }
      for (int j = 0; j < langprob.length; ++j) {
        langprob[j] += prob[j] / N_TRIAL;
      }
    }
    return Scores.sorted(langprob, probabilityThreshold, languageNames);
  }

  /** Tika language names and raw scores, best first (ties in language order, as Optimaize's stable sort leaves them). */
  static final class Scores {
    static final Scores EMPTY = new Scores(new String[0], new float[0]);

    final String[] names;
    final float[] scores;

    Scores(String[] names, float[] scores) {
      this.names = names;
      this.scores = scores;
    }

    static Scores sorted(double[] prob, double threshold, String[] languageNames) {
      List<Integer> kept = new ArrayList<>();
      for (int j = 0; j < prob.length; ++j) {
        if (prob[j] >= threshold) {
          kept.add(j);
        }
      }
      kept.sort((a, b) -> Double.compare(prob[b], prob[a])); // List.sort is stable, like Collections.sort
      String[] names = new String[kept.size()];
      float[] scores = new float[kept.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = languageNames[kept.get(i)];
        scores[i] = (float) prob[kept.get(i)];
      }
      return new Scores(names, scores);
    }
  }

  /** Reads Tika's default detector; null (so Tika's own path is used) when it is not what this class reproduces. */
  @SuppressWarnings("unchecked")
  private static OptimaizeLongText build() {
    try {
      new OptimaizeLangDetector().loadModels();
      Object detector = field(OptimaizeLangDetector.class, "DEFAULT_DETECTOR").get(null);
      Class<?> impl = detector.getClass();
      if (!impl.getName().equals("com.optimaize.langdetect.LanguageDetectorImpl")
          || field(impl, "priorMap").get(detector) != null
          || field(impl, "ngramExtractor").get(detector) != NgramExtractors.standard()) {
        return null;
      }
      NgramExtractor standard = NgramExtractors.standard();
      if (!standard.getGramLengths().equals(List.of(1, 2, 3))) {
        return null;
      }
      NgramFrequencyData data = (NgramFrequencyData) field(impl, "ngramFrequencyData").get(detector);
      Map<String, double[]> frequencies = (Map<String, double[]>) field(NgramFrequencyData.class, "wordLangProbMap").get(data);
      List<LdLocale> locales = data.getLanguageList();
      String[] names = new String[locales.size()];
      for (int i = 0; i < names.length; i++) {
        LdLocale l = locales.get(i);
        names[i] = LanguageNames.makeName(l.getLanguage(), l.getScript().orNull(), l.getRegion().orNull());
      }
      com.google.common.base.Optional<Long> seed = (com.google.common.base.Optional<Long>) field(impl, "seed").get(detector);
      return new OptimaizeLongText(
          names,
          field(impl, "alpha").getDouble(detector),
          seed.or(DEFAULT_SEED),
          field(impl, "shortTextAlgorithm").getInt(detector),
          field(impl, "prefixFactor").getDouble(detector),
          field(impl, "suffixFactor").getDouble(detector),
          field(impl, "probabilityThreshold").getDouble(detector),
          frequencies);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
      return null;
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
