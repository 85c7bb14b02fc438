package org.newsclean.transforms.language;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Identifies the language of a text with Tika's Optimaize-based detector ({@link OptimaizeLangDetector}).
 *
 * <p><b>Models and threads.</b> Tika keeps the Optimaize language profiles and the (immutable, thread-safe)
 * Optimaize {@code LanguageDetectorImpl} built from them in static fields of {@link OptimaizeLangDetector}: they are
 * read once per JVM (class loader), on first use (measured: about 0.7 s; about 115 MB of heap in use afterwards). The
 * only state in Tika's class is the per-instance text buffer ({@code CharArrayWriter}), so {@link #detect} builds a
 * fresh Tika wrapper for every call: that costs one small buffer (at most {@code maxChars} chars) and two field
 * assignments, and makes this class immutable and safe to share between threads. {@link #create} forces the models
 * to load, so a Beam {@code @Setup} that creates an identifier pays the loading cost there and not in the first
 * element. The scores themselves are computed by {@link OptimaizeLongText}: the same detector, settings and
 * doubles as Tika's {@code detectAll}, with less work per text (about a sixth of the whole pipeline's CPU went to
 * language detection, most of it building and hashing a string per n-gram; see docs/benchmarks.md), built once per
 * JVM from Tika's models; Tika's own detector handles the texts it does not (samples of at most 29 chars).
 *
 * <p><b>What is detected.</b> Only a bounded sample is looked at: the first {@code maxChars} chars of the text, cut
 * back to the last whitespace in the second half of that window (or cut hard when there is none, e.g. in Chinese or
 * Japanese). URLs and e-mail addresses are removed and every char that is not a letter or a combining mark (digits,
 * punctuation, symbols) becomes a space before detection. The result is {@code "und"} when the sample holds fewer
 * than {@link #MIN_LETTERS} letters, when Optimaize finds nothing, or when the confidence is below
 * {@code minConfidence}. Codes are ISO 639-1 without region ({@code zh-CN} and {@code zh-TW} become {@code zh}).
 *
 * <p><b>Two corrections over raw Optimaize</b>, both measured in {@code docs/language-detection.md}:
 * <ul>
 *   <li>Indonesian / Malay: Optimaize says {@code id} for most Malay. When its best language is {@code id} or
 *       {@code ms}, the choice between the two is made by counting words spelt differently in the two standards
 *       ({@code bahwa}/{@code bahawa}, {@code karena}/{@code kerana}, ...), keeping Optimaize's choice on a tie.</li>
 *   <li>Japanese / Chinese: Optimaize says {@code zh} for most Japanese. When its best language is {@code zh} or
 *       {@code ja} and at least {@link #MIN_KANA_SHARE} of the Han and kana letters are kana, the answer is
 *       {@code ja}.</li>
 * </ul>
 * In both cases the confidence is the summed probability of the pair, i.e. the confidence that the text is in one of
 * the two languages.
 *
 * <p>Defaults ({@link #DEFAULT_MIN_CONFIDENCE}, {@link #DEFAULT_MAX_CHARS}) were chosen by measurement, see
 * {@code docs/language-detection.md}.
 */
public final class LanguageIdentifier implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Default threshold on the best probability: 0, i.e. no rejection by confidence. On the evaluation sets every
   * higher threshold turned more right answers into {@code "und"} than it removed wrong ones, and Optimaize gives
   * high probabilities to non-text anyway (see docs/language-detection.md); use 0.9 for a precision-first run.
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.0;

  /**
   * Default sample size: accuracy stops growing at about 400 chars; 1000 leaves room for a title, byline or site name
   * at the start of an article, at about 1 ms per article (see docs/language-detection.md).
   */
  public static final int DEFAULT_MAX_CHARS = 1000;

  /** Texts whose sample has fewer letters than this are {@code "und"}. */
  public static final int MIN_LETTERS = 10;

  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?://|ftp://|www\\.)\\S+");
  /** Languages Optimaize confuses with each other, decided by a rule once Optimaize picked one of them. */
  private static final Set<String> MALAY_GROUP = Set.of("id", "ms");

  private static final Set<String> HAN_GROUP = Set.of("zh", "ja");

  /** Kana share of the Han + kana letters from which a zh/ja text is Japanese (Chinese has no kana). */
  static final double MIN_KANA_SHARE = 0.10;

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");

  private final double minConfidence;
  private final int maxChars;

  private LanguageIdentifier(double minConfidence, int maxChars) {
    this.minConfidence = minConfidence;
    this.maxChars = maxChars;
  }

  /**
   * @param minConfidence best-language probability below which the result is {@code "und"}, in [0, 1]
   * @param maxChars size of the sample taken from the start of the text, at least {@link #MIN_LETTERS}
   */
  public static LanguageIdentifier create(double minConfidence, int maxChars) {
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException("minConfidence out of [0,1]: " + minConfidence);
    }
    if (maxChars < MIN_LETTERS) {
      throw new IllegalArgumentException("maxChars < " + MIN_LETTERS + ": " + maxChars);
    }
    Models.ensureLoaded();
    return new LanguageIdentifier(minConfidence, maxChars);
  }

  /** An identifier with the measured defaults. */
  public static LanguageIdentifier createDefault() {
    return create(DEFAULT_MIN_CONFIDENCE, DEFAULT_MAX_CHARS);
  }

  public double minConfidence() {
    return minConfidence;
  }

  public int maxChars() {
    return maxChars;
  }

  /** Detects the language of {@code text} ({@code null} is treated as empty). Never returns {@code null}. */
  public LanguageGuess detect(String text) {
    if (text == null || text.isEmpty()) {
      return LanguageGuess.undetermined(0.0);
    }
    String normalized = normalize(sample(text, maxChars));
    if (countLetters(normalized) < MIN_LETTERS) {
      return LanguageGuess.undetermined(0.0);
    }
    OptimaizeLongText.Scores scores = scores(normalized);
    Map<String, Double> probabilities = new HashMap<>();
    for (int i = 0; i < scores.names.length; i++) {
      String code = toIso6391(scores.names[i]);
      if (!code.isEmpty()) {
        probabilities.merge(code, (double) scores.scores[i], Double::sum); // zh-CN + zh-TW -> zh
      }
    }
    String best = "";
    double confidence = 0.0;
    for (Map.Entry<String, Double> e : probabilities.entrySet()) {
      if (e.getValue() > confidence || (e.getValue() == confidence && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        confidence = e.getValue();
      }
    }
    if (best.isEmpty()) {
      return LanguageGuess.undetermined(0.0);
    }
    if (MALAY_GROUP.contains(best)) {
      // Optimaize separates Indonesian and Malay poorly (it mostly says id): trust it for the pair, then decide
      // between the two from spelling differences of the standard languages.
      confidence = groupProbability(probabilities, MALAY_GROUP);
      best = MalayOrIndonesian.decide(normalized, best);
    } else if (HAN_GROUP.contains(best)) {
      // Optimaize takes most Japanese for Chinese; kana are written in Japanese only.
      confidence = groupProbability(probabilities, HAN_GROUP);
      if (kanaShare(normalized) >= MIN_KANA_SHARE) {
        best = "ja";
      }
    }
    confidence = clamp(confidence);
    if (confidence < minConfidence) {
      return LanguageGuess.undetermined(confidence);
    }
    return new LanguageGuess(best, confidence);
  }

  /**
   * Tika's Optimaize scores of a normalised sample: computed by {@link OptimaizeLongText} (the same doubles with less
   * work) where it handles the text, else by Tika's detector.
   */
  static OptimaizeLongText.Scores scores(String normalized) {
    OptimaizeLongText fast = OptimaizeLongText.INSTANCE;
    OptimaizeLongText.Scores scores = fast == null ? null : fast.scores(normalized);
    return scores != null ? scores : tikaScores(normalized);
  }

  /** Tika's detector on the whole text: its language names and raw scores, best first, without its null result. */
  static OptimaizeLongText.Scores tikaScores(String normalized) {
    OptimaizeLangDetector detector = new OptimaizeLangDetector(normalized.length() + 1);
    detector.loadModels(); // only points the instance at Tika's static, shared models
    detector.addText(normalized);
    java.util.List<String> names = new java.util.ArrayList<>();
    java.util.List<Float> raw = new java.util.ArrayList<>();
    for (LanguageResult r : detector.detectAll()) {
      if (!r.getLanguage().isEmpty()) {
        names.add(r.getLanguage());
        raw.add(r.getRawScore());
      }
    }
    float[] scores = new float[raw.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = raw.get(i);
    }
    return new OptimaizeLongText.Scores(names.toArray(String[]::new), scores);
  }

  private static double groupProbability(Map<String, Double> probabilities, Set<String> group) {
    double sum = 0.0;
    for (String code : group) {
      sum += probabilities.getOrDefault(code, 0.0);
    }
    return sum;
  }

  /** Share of kana among the kana and Han letters of {@code s}; 0 when there are none. */
  static double kanaShare(String s) {
    int kana = 0;
    int han = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
        kana++;
      } else if (script == Character.UnicodeScript.HAN) {
        han++;
      }
    }
    return kana + han == 0 ? 0.0 : (double) kana / (kana + han);
  }

  /**
   * The first {@code maxChars} chars of {@code text}, cut back to the last whitespace within the second half of that
   * window; cut hard (never inside a surrogate pair) when there is no such whitespace.
   */
  static String sample(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    for (int i = maxChars; i >= maxChars / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return text.substring(0, i);
      }
    }
    int end = maxChars;
    if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Removes URLs and e-mail addresses, turns non-letters into spaces and collapses spaces. */
  static String normalize(String text) {
    String s = text;
    // the patterns cannot match without these characters: most samples skip both scans
    if (s.contains("://") || s.toLowerCase(Locale.ROOT).contains("www.")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) {
      s = EMAIL.matcher(s).replaceAll(" ");
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean keep =
          Character.isLetter(cp)
              || type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK;
      if (keep) {
        out.appendCodePoint(cp);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    return out.toString();
  }

  static int countLetters(String s) {
    return (int) s.codePoints().filter(Character::isLetter).count();
  }

  /** "zh-CN" -> "zh", "PT" -> "pt", "" -> "". */
  static String toIso6391(String tikaName) {
    if (tikaName == null || tikaName.isEmpty()) {
      return "";
    }
    int dash = tikaName.indexOf('-');
    String base = dash < 0 ? tikaName : tikaName.substring(0, dash);
    return base.toLowerCase(Locale.ROOT);
  }

  private static double clamp(double p) {
    if (Double.isNaN(p) || p < 0.0) {
      return 0.0;
    }
    return Math.min(1.0, p);
  }

  @Override
  public String toString() {
    return "LanguageIdentifier{minConfidence=" + minConfidence + ", maxChars=" + maxChars + "}";
  }

  /**
   * Tells standard Indonesian from standard Malay by words whose spelling or choice differs between the two
   * (Malay {@code bahawa, kerana, sahaja, wang, peratus}; Indonesian {@code bahwa, karena, saja, uang, persen}, ...).
   * The lists come from the well-known differences between the two standards, not from any evaluation data.
   */
  static final class MalayOrIndonesian {
    static final Set<String> MALAY = Set.of(
        "bahawa", "bahawasanya", "kerana", "sahaja", "wang", "kerajaan", "antarabangsa", "selepas", "iaitu",
        "hendaklah", "kanak", "sebarang", "perlembagaan", "percuma", "kakitangan", "syarikat", "cuba", "pejabat",
        "universiti", "polis", "maklumat", "aktiviti", "komuniti", "kualiti", "identiti", "realiti", "menerusi",
        "manakala", "pertubuhan", "persatuan", "dikehendaki", "berbanding", "memandangkan", "perkhidmatan",
        "bekalan", "kempen", "mahupun", "sebahagian", "berbeza", "peratus", "ogos", "julai", "kebajikan");
    static final Set<String> INDONESIAN = Set.of(
        "bahwa", "karena", "bisa", "yaitu", "uang", "saja", "kantor", "polisi", "universitas", "aktivitas",
        "kualitas", "komunitas", "identitas", "realitas", "gratis", "coba", "bilang", "kampanye", "konstitusi",
        "internasional", "pengadilan", "pernyataan", "tapi", "nggak", "enggak", "maupun", "pemerintah", "sebagian",
        "berbeda", "persen", "agustus", "juli", "ujar", "ujarnya", "kepolisian");

    private MalayOrIndonesian() {}

    /** "ms" or "id" by the majority of marker words; {@code fallback} on a tie. */
    static String decide(String normalized, String fallback) {
      int malay = 0;
      int indonesian = 0;
      for (String token : normalized.toLowerCase(Locale.ROOT).split(" ")) {
        String stem = token.endsWith("nya") && token.length() > 6 ? token.substring(0, token.length() - 3) : token;
        if (MALAY.contains(token) || MALAY.contains(stem)) {
          malay++;
        } else if (INDONESIAN.contains(token) || INDONESIAN.contains(stem)
            || (token.length() > 6 && token.endsWith("itas"))) {
          indonesian++;
        }
      }
      if (malay > indonesian) {
        return "ms";
      }
      if (indonesian > malay) {
        return "id";
      }
      return fallback;
    }
  }

  /** Lazily loads Tika's static Optimaize models, once per JVM, the first time an identifier is created. */
  private static final class Models {
    static final boolean FAST_PATH;

    static {
      new OptimaizeLangDetector().loadModels();
      FAST_PATH = OptimaizeLongText.INSTANCE != null; // builds its table from Tika's models, once
    }

    private Models() {}

    static void ensureLoaded() {
      // the static initializer above has run by now
    }
  }
}
