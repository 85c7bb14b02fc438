package org.newsclean.pipeline.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.newsclean.transforms.dedup.Shingles;

/**
 * Builds a synthetic corpus with known duplicates from a few seed articles (Beam-free; used by
 * {@link GenerateCorpus}).
 *
 * <p>A corpus of {@code docs} documents has three roles:
 *
 * <ul>
 *   <li><b>originals</b> ("unrelated" documents): each picks one seed (so its language is the seed's), keeps
 *       a random subset of its paragraphs and sentences in a shuffled paragraph order, replaces each word
 *       with probability {@link Options#wordNoise()} by another word of the same seed, and adds a
 *       masthead / share line at the top and a copyright / newsletter footer of a synthetic site. Two
 *       originals share almost no word 5-gram (true Jaccard about 0.01), so they are distinct stories of a
 *       realistic length in the seeds' languages;
 *   <li><b>exact copies</b> (share {@link Options#exactShare()}): the bytes of an original;
 *   <li><b>near copies</b> (share {@link Options#nearShare()}): an original with one edit of known size:
 *       {@code whitespace} (spaces doubled, NBSP, CRLF, trailing blanks), {@code punctuation} (commas
 *       dropped, full stops turned into other marks, straight quotes curled), {@code boilerplate} (another
 *       site's header and footer lines), {@code insert_sentences} / {@code delete_sentences} /
 *       {@code rewrite_sentences} (1 to 4 sentences; a rewritten sentence has 60% of its words replaced),
 *       {@code heavy_rewrite} (30% to 90% of the sentences rewritten: true Jaccard mostly under 0.5, pairs
 *       that must not be merged).
 * </ul>
 *
 * <p>Copy {@code j} belongs to original {@code j mod originals}, so groups are as even as the shares allow.
 * The truth lists every pair inside a group (original-copy and copy-copy) with the copy's edit and the
 * exact word-5-gram Jaccard ({@link Shingles}, size 5) of the two files' texts. Each document is built from
 * its own random stream (seeded by the corpus seed and its index), so generation is deterministic and
 * parallel.
 */
public final class CorpusGenerator {
  /** Edits of near copies, with their relative weights. */
  public enum Edit {
    WHITESPACE(1),
    PUNCTUATION(1),
    BOILERPLATE(1),
    INSERT_SENTENCES(2),
    DELETE_SENTENCES(2),
    REWRITE_SENTENCES(2),
    HEAVY_REWRITE(1);

    final int weight;

    Edit(int weight) {
      this.weight = weight;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Generation options; shares are fractions of {@code docs}. */
  public record Options(int docs, long seed, double exactShare, double nearShare, double wordNoise, int docsPerDir) {
    public Options {
      if (docs < 1) {
        throw new IllegalArgumentException("docs must be at least 1");
      }
      if (exactShare < 0 || nearShare < 0 || exactShare + nearShare > 0.9) {
        throw new IllegalArgumentException("shares must be >= 0 and sum to at most 0.9");
      }
      if (wordNoise < 0 || wordNoise > 1) {
        throw new IllegalArgumentException("wordNoise must be in [0, 1]");
      }
      if (docsPerDir < 1) {
        throw new IllegalArgumentException("docsPerDir must be at least 1");
      }
    }

    public static Options defaults(int docs, long seed) {
      return new Options(docs, seed, 0.10, 0.30, 0.30, 1000);
    }

    int exactCount() {
      return (int) Math.round(docs * exactShare);
    }

    int nearCount() {
      return (int) Math.round(docs * nearShare);
    }

    int originalCount() {
      return Math.max(1, docs - exactCount() - nearCount());
    }
  }

  /** A seed article: its paragraphs as lists of sentences, and its distinct words. */
  public record Seed(String name, List<List<String>> paragraphs, List<String> vocabulary) {}

  /** One generated document: its path under the corpus directory and its text. */
  public record Doc(int index, String path, String text) {}

  /**
   * A true duplicate pair: {@code a} and {@code b} are paths; {@code kind} is {@code exact} or {@code near}
   * ({@code near} also for copy-copy pairs with at least one near copy); {@code edit} the edit of {@code b}
   * (or {@code a+b} edits for copy-copy pairs) and {@code editSize} its size (sentences, or percent of
   * sentences for heavy rewrites, or changed spots for whitespace/punctuation, 0 for exact copies).
   */
  public record TruthPair(String a, String b, String kind, String edit, int editSize, double jaccard) {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u3002\uFF01\uFF1F])\\s+");
  private static final Pattern SPACE = Pattern.compile(" ");
  private static final String[] SITE_WORDS = {
    "Morning", "Daily", "Harbor", "Global", "Metro", "Capital", "Northern", "Evening", "Courier", "Ledger",
    "Herald", "Tribune", "Gazette", "Observer", "Chronicle", "Dispatch", "Monitor", "Sentinel", "Beacon", "Post"
  };
  private static final String[] HEADER_WIDGETS = {
    "Share on Facebook | Share on X | Email", "Follow us", "Subscribe", "Share this article", "Advertisement"
  };
  private static final String[] FOOTER_WIDGETS = {
    "Subscribe to our newsletter", "Follow us on social media", "Share this article", "Read more", "Comments"
  };

  private final List<Seed> seeds;
  private final Options options;

  public CorpusGenerator(List<Seed> seeds, Options options) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no seed texts");
    }
    this.seeds = List.copyOf(seeds);
    this.options = options;
  }

  /** Splits a seed text into paragraphs (non-blank lines) and sentences; collects its words. */
  public static Seed parseSeed(String name, String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    LinkedHashSet<String> vocabulary = new LinkedHashSet<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      List<String> sentences = new ArrayList<>();
      for (String s : SENTENCE_END.split(trimmed)) {
        if (!s.isBlank()) {
          sentences.add(s.strip());
        }
      }
      paragraphs.add(List.copyOf(sentences));
      for (String w : trimmed.split("\\s+")) {
        vocabulary.add(w);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("seed " + name + " has no text");
    }
    return new Seed(name, List.copyOf(paragraphs), List.copyOf(vocabulary));
  }

  public Options options() {
    return options;
  }

  /** The path of document {@code index}: files are numbered by a fixed permutation, so roles are interleaved. */
  public String path(int index) {
    int file = fileNumber(index);
    return String.format(Locale.ROOT, "articles/%05d/doc-%07d.txt", file / options.docsPerDir(), file);
  }

  private int fileNumber(int index) {
    long n = options.docs();
    long a = multiplierCoprimeTo(n);
    return (int) ((index * a + 17) % n);
  }

  private static long multiplierCoprimeTo(long n) {
    long a = 2654435761L % Math.max(n, 1);
    while (a <= 1 || gcd(a, n) != 1) {
      a++;
      if (a >= n) {
        return 1;
      }
    }
    return a;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** Document {@code index} (0 .. docs-1). */
  public Doc doc(int index) {
    int originals = options.originalCount();
    if (index < originals) {
      return new Doc(index, path(index), render(original(index)));
    }
    Copy copy = copy(index);
    return new Doc(index, path(index), copy.text);
  }

  /** The true pairs that document {@code index} closes: with its original and with earlier copies of it. */
  public List<TruthPair> truthFor(int index) {
    int originals = options.originalCount();
    if (index < originals || index >= options.docs()) {
      return List.of();
    }
    List<TruthPair> pairs = new ArrayList<>();
    Copy copy = copy(index);
    int origin = (index - originals) % originals;
    String originText = render(original(origin));
    long[] copyShingles = Shingles.of(copy.text, 5);
    pairs.add(pair(path(origin), path(index), copy.exact, copy.edit, copy.size, Shingles.jaccard(Shingles.of(originText, 5), copyShingles)));
    for (int earlier = index - originals; earlier >= originals; earlier -= originals) {
      Copy other = copy(earlier);
      String edit = other.edit + "+" + copy.edit;
      pairs.add(pair(path(earlier), path(index), other.exact && copy.exact, edit, other.size + copy.size,
          Shingles.jaccard(Shingles.of(other.text, 5), copyShingles)));
    }
    return pairs;
  }

  private static TruthPair pair(String a, String b, boolean exact, String edit, int size, double jaccard) {
    double rounded = Math.round(jaccard * 10000) / 10000.0;
    return a.compareTo(b) <= 0
        ? new TruthPair(a, b, exact ? "exact" : "near", edit, size, rounded)
        : new TruthPair(b, a, exact ? "exact" : "near", edit, size, rounded);
  }

  /** An article before rendering: header lines, paragraphs of sentences, footer lines. */
  private record Draft(int seed, List<String> header, List<List<String>> paragraphs, List<String> footer) {}

  private record Copy(String text, boolean exact, String edit, int size) {}

  private SplittableRandom random(int index, int salt) {
    return new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + index * 31L + salt);
  }

  private Draft original(int index) {
    SplittableRandom rnd = random(index, 0);
    int s = rnd.nextInt(seeds.size());
    Seed seed = seeds.get(s);
    List<List<String>> paragraphs = new ArrayList<>();
    for (List<String> paragraph : seed.paragraphs()) {
      if (rnd.nextDouble() < 0.15) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (String sentence : paragraph) {
        if (rnd.nextDouble() < 0.85) {
          kept.add(perturb(sentence, seed, options.wordNoise(), rnd));
        }
      }
      if (!kept.isEmpty()) {
        paragraphs.add(kept);
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(List.of(perturb(seed.paragraphs().get(0).get(0), seed, options.wordNoise(), rnd)));
    }
    // shuffle all paragraphs but the first (the lead)
    for (int i = paragraphs.size() - 1; i > 1; i--) {
      int j = 1 + rnd.nextInt(i);
      List<String> t = paragraphs.get(i);
      paragraphs.set(i, paragraphs.get(j));
      paragraphs.set(j, t);
    }
    return new Draft(s, header(rnd), paragraphs, footer(rnd));
  }

  private static List<String> header(SplittableRandom rnd) {
    String site = siteName(rnd);
    return List.of(site, HEADER_WIDGETS[rnd.nextInt(HEADER_WIDGETS.length)]);
  }

  private static List<String> footer(SplittableRandom rnd) {
    String site = siteName(rnd);
    return List.of(FOOTER_WIDGETS[rnd.nextInt(FOOTER_WIDGETS.length)],
        "\u00A9 " + (2015 + rnd.nextInt(12)) + " " + site + ". All rights reserved.");
  }

  private static String siteName(SplittableRandom rnd) {
    return SITE_WORDS[rnd.nextInt(SITE_WORDS.length)] + SITE_WORDS[rnd.nextInt(SITE_WORDS.length)];
  }

  /** Replaces each word with probability {@code p} by a random word of the seed's vocabulary. */
  private static String perturb(String sentence, Seed seed, double p, SplittableRandom rnd) {
    if (p == 0) {
      return sentence;
    }
    String[] words = SPACE.split(sentence);
    List<String> vocabulary = seed.vocabulary();
    for (int i = 0; i < words.length; i++) {
      if (rnd.nextDouble() < p) {
        words[i] = vocabulary.get(rnd.nextInt(vocabulary.size()));
      }
    }
    return String.join(" ", words);
  }

  private static String render(Draft draft) {
    StringBuilder out = new StringBuilder();
    for (String line : draft.header()) {
      out.append(line).append('\n');
    }
    for (List<String> paragraph : draft.paragraphs()) {
      out.append(String.join(" ", paragraph)).append('\n');
    }
    for (String line : draft.footer()) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private Copy copy(int index) {
    int originals = options.originalCount();
    int j = index - originals;
    Draft origin = original(j % originals);
    if (j < options.exactCount()) {
      return new Copy(render(origin), true, "exact", 0);
    }
    SplittableRandom rnd = random(index, 1);
    Edit edit = pickEdit(rnd);
    Seed seed = seeds.get(origin.seed());
    switch (edit) {
      case WHITESPACE:
        return whitespace(render(origin), rnd);
      case PUNCTUATION:
        return punctuation(render(origin), rnd);
      case BOILERPLATE:
        return new Copy(render(new Draft(origin.seed(), header(rnd), origin.paragraphs(), footer(rnd))), false, edit.label(), 4);
      case INSERT_SENTENCES: {
        int k = 1 + rnd.nextInt(4);
        List<List<String>> paragraphs = mutableCopy(origin.paragraphs());
        for (int n = 0; n < k; n++) {
          List<String> target = paragraphs.get(rnd.nextInt(paragraphs.size()));
          List<String> source = seed.paragraphs().get(rnd.nextInt(seed.paragraphs().size()));
          String inserted = perturb(source.get(rnd.nextInt(source.size())), seed, 0.6, rnd);
          target.add(rnd.nextInt(target.size() + 1), inserted);
        }
        return new Copy(render(new Draft(origin.seed(), origin.header(), paragraphs, origin.footer())), false, edit.label(), k);
      }
      case DELETE_SENTENCES: {
        int total = sentenceCount(origin.paragraphs());
        int k = Math.min(1 + rnd.nextInt(4), total - 1);
        List<List<String>> paragraphs = mutableCopy(origin.paragraphs());
        for (int n = 0; n < k; n++) {
          int at = rnd.nextInt(sentenceCount(paragraphs));
          removeSentence(paragraphs, at);
        }
        return new Copy(render(new Draft(origin.seed(), origin.header(), paragraphs, origin.footer())), false, edit.label(), k);
      }
      case REWRITE_SENTENCES: {
        int total = sentenceCount(origin.paragraphs());
        int k = Math.min(1 + rnd.nextInt(4), total);
        return rewrite(origin, seed, k, edit, k, rnd);
      }
      case HEAVY_REWRITE: {
        int total = sentenceCount(origin.paragraphs());
        int percent = 30 + rnd.nextInt(61);
        int k = Math.max(1, (int) Math.round(total * percent / 100.0));
        return rewrite(origin, seed, k, edit, percent, rnd);
      }
      default:
        throw new IllegalStateException("unknown edit " + edit);
    }
  }

  private static Copy rewrite(Draft origin, Seed seed, int k, Edit edit, int size, SplittableRandom rnd) {
    List<List<String>> paragraphs = mutableCopy(origin.paragraphs());
    int total = sentenceCount(paragraphs);
    // choose k distinct sentence positions (partial Fisher-Yates over positions)
    int[] positions = new int[total];
    for (int i = 0; i < total; i++) {
      positions[i] = i;
    }
    for (int i = 0; i < Math.min(k, total); i++) {
      int j = i + rnd.nextInt(total - i);
      int t = positions[i];
      positions[i] = positions[j];
      positions[j] = t;
      int at = positions[i];
      int[] where = locate(paragraphs, at);
      List<String> paragraph = paragraphs.get(where[0]);
      paragraph.set(where[1], perturb(paragraph.get(where[1]), seed, 0.6, rnd));
    }
    return new Copy(render(new Draft(origin.seed(), origin.header(), paragraphs, origin.footer())), false, edit.label(), size);
  }

  private static Copy whitespace(String text, SplittableRandom rnd) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int changes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && rnd.nextDouble() < 0.05) {
        out.append(rnd.nextBoolean() ? "  " : "\u00A0");
        changes++;
      } else if (c == '\n') {
        out.append(rnd.nextBoolean() ? " \r\n" : "\n\n");
        changes++;
      } else {
        out.append(c);
      }
    }
    return new Copy(out.toString(), false, Edit.WHITESPACE.label(), changes);
  }

  private static Copy punctuation(String text, SplittableRandom rnd) {
    StringBuilder out = new StringBuilder(text.length());
    int changes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' && rnd.nextDouble() < 0.5) {
        changes++;
      } else if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && rnd.nextDouble() < 0.3) {
        out.append(rnd.nextBoolean() ? ';' : '!');
        changes++;
      } else if (c == '"') {
        out.append(rnd.nextBoolean() ? '\u201C' : '\u201D');
        changes++;
      } else {
        out.append(c);
      }
    }
    return new Copy(out.toString(), false, Edit.PUNCTUATION.label(), changes);
  }

  private static Edit pickEdit(SplittableRandom rnd) {
    int total = 0;
    for (Edit e : Edit.values()) {
      total += e.weight;
    }
    int r = rnd.nextInt(total);
    for (Edit e : Edit.values()) {
      r -= e.weight;
      if (r < 0) {
        return e;
      }
    }
    throw new IllegalStateException();
  }

  private static List<List<String>> mutableCopy(List<List<String>> paragraphs) {
    List<List<String>> copy = new ArrayList<>(paragraphs.size());
    for (List<String> p : paragraphs) {
      copy.add(new ArrayList<>(p));
    }
    return copy;
  }

  private static int sentenceCount(List<List<String>> paragraphs) {
    int n = 0;
    for (List<String> p : paragraphs) {
      n += p.size();
    }
    return n;
  }

  private static int[] locate(List<List<String>> paragraphs, int at) {
    int left = at;
    for (int p = 0; p < paragraphs.size(); p++) {
      if (left < paragraphs.get(p).size()) {
        return new int[] {p, left};
      }
      left -= paragraphs.get(p).size();
    }
    throw new IndexOutOfBoundsException(at);
  }

  private static void removeSentence(List<List<String>> paragraphs, int at) {
    int[] where = locate(paragraphs, at);
    paragraphs.get(where[0]).remove(where[1]);
    if (paragraphs.get(where[0]).isEmpty()) {
      paragraphs.remove(where[0]);
    }
  }
}
