package org.newsclean.transforms.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.openhft.hashing.LongHashFunction;

/**
 * Shingles of a text for near-duplicate detection: the distinct 64-bit hashes of every run of
 * {@code size} consecutive tokens.
 *
 * <p>Tokens: the text is NFKC-normalised and lower-cased (root locale); a token is a maximal run of
 * letters, marks and digits; punctuation and whitespace separate tokens and are not part of them. In
 * scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar,
 * Tibetan) every character is a token of its own, so a shingle there is a character n-gram; other
 * scripts (Latin, Cyrillic, Hangul, Arabic, ...) give word n-grams. A text with fewer tokens than
 * {@code size} has one shingle, all its tokens. Hashes: xxHash3 (zero-allocation-hashing) of each
 * token's UTF-16 chars, then xxHash3 of the window of token hashes.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shingles {
  private static final LongHashFunction TOKEN_HASH = LongHashFunction.xx3();
  private static final LongHashFunction WINDOW_HASH = LongHashFunction.xx3(0x5eed5eedL);

  private Shingles() {}

  /** Whether characters of this script are tokens of their own (scripts written without spaces). */
  static boolean isUnspacedScript(Character.UnicodeScript script) {
    switch (script) {
      case HAN:
      case HIRAGANA:
      case KATAKANA:
      case THAI:
      case LAO:
      case KHMER:
      case MYANMAR:
      case TIBETAN:
        return true;
      default:
        return false;
    }
  }

  /**
   * {@code isUnspacedScript(Character.UnicodeScript.of(cp))} without the script table's binary search for the code
   * points of the common scripts: every unspaced script starts at U+0E00 (Thai) or later, and the Hangul syllables
   * are Hangul ({@code ShinglesTest} checks every code point).
   */
  static boolean isUnspaced(int cp) {
    if (cp < 0x0E00 || (cp >= 0xAC00 && cp <= 0xD7A3)) {
      return false;
    }
    return isUnspacedScript(Character.UnicodeScript.of(cp));
  }

  private static boolean isWordChar(int cp, int type) {
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** The tokens of a text, in order (see the class comment). */
  public static List<String> tokens(String text) {
    return tokensOfNormal(normalize(text));
  }

  private static List<String> tokensOfNormal(String normal) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < normal.length()) {
      int cp = normal.codePointAt(i);
      int type = Character.getType(cp);
      if (!isWordChar(cp, type)) {
        flush(word, tokens);
      } else if (isUnspaced(cp)) {
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
          // a vowel sign or tone mark belongs to the preceding character (Thai, Khmer, ...)
          if (!tokens.isEmpty() && word.length() == 0) {
            tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + Character.toString(cp));
          } else {
            word.appendCodePoint(cp);
          }
        } else {
          flush(word, tokens);
          tokens.add(Character.toString(cp));
        }
      } else {
        word.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  /** The distinct shingle hashes of a text, sorted ascending (signed order); empty for a text without tokens. */
  public static long[] of(String text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
    }
    String normal = normalize(text);
    long[] tokenHashes = spacedTokenHashes(normal);
    if (tokenHashes == null) {
      List<String> tokens = tokensOfNormal(normal);
      tokenHashes = new long[tokens.size()];
      for (int t = 0; t < tokenHashes.length; t++) {
        tokenHashes[t] = TOKEN_HASH.hashChars(tokens.get(t));
      }
    }
    if (tokenHashes.length == 0) {
      return new long[0];
    }
    int windows = Math.max(1, tokenHashes.length - size + 1);
    int width = Math.min(size, tokenHashes.length);
    long[] shingles = new long[windows];
    for (int w = 0; w < windows; w++) {
      shingles[w] = WINDOW_HASH.hashLongs(tokenHashes, w, width);
    }
    Arrays.sort(shingles);
    return distinctSorted(shingles);
  }

  /**
   * The token hashes of a normalised text in which no word char is of an unspaced script, hashed straight from the
   * text's chars (a token there is a run of consecutive word chars, so its chars are a range of the text: the same
   * hash as the token's string); null when some word char is of an unspaced script, whose tokens
   * {@link #tokensOfNormal} makes.
   */
  private static long[] spacedTokenHashes(String normal) {
    long[] hashes = new long[16];
    int n = 0;
    int start = -1;
    int i = 0;
    while (i < normal.length()) {
      int cp = normal.codePointAt(i);
      if (!isWordChar(cp, Character.getType(cp))) {
        if (start >= 0) {
          if (n == hashes.length) {
            hashes = Arrays.copyOf(hashes, n * 2);
          }
          hashes[n++] = TOKEN_HASH.hashChars(normal, start, i - start);
          start = -1;
        }
      } else if (isUnspaced(cp)) {
        return null;
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      if (n == hashes.length) {
        hashes = Arrays.copyOf(hashes, n + 1);
      }
      hashes[n++] = TOKEN_HASH.hashChars(normal, start, normal.length() - start);
    }
    return Arrays.copyOf(hashes, n);
  }

  private static long[] distinctSorted(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** Exact Jaccard similarity of two sorted distinct shingle sets; 1 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** Exact Jaccard similarity of the shingle sets of two texts. */
  public static double jaccard(String a, String b, int size) {
    return jaccard(of(a, size), of(b, size));
  }
}
