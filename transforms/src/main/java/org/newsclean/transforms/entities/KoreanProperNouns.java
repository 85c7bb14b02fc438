package org.newsclean.transforms.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The semantic class that mecab-ko-dic (the dictionary Lucene's Nori is built from, Apache 2.0) gives its
 * proper nouns: {@code 인명} (a person's name) or {@code 지명} (a place name). Nori's own dictionary keeps
 * the tag NNP but drops that class, so it ships here as {@code ko/proper-nouns-mecab-ko-dic.tsv.gz}
 * (one {@code word<TAB>class} a line, sorted in {@link String} order: {@code P} a person's name only,
 * {@code L} a place only or first, {@code B} both; in lower case when the word has other readings too, a common
 * noun, a verb form or another proper noun, that the dictionary does not rank below the place (내부 {@code l},
 * 올린 {@code p}); a place whose place reading costs the dictionary no more than its other readings is {@code L}
 * (일본); provenance and the command that extracts it in {@code ko/README.md}).
 *
 * <p>Korean names of a surname and two syllables are left out of the file: {@link KoreanNames} types
 * them by their shape already. About 225,000 words are held in one sorted {@code char[]} (2 MB) and
 * looked up by binary search, not in a hash set of strings (about 20 MB).
 *
 * <p>Immutable and thread-safe; loaded once per JVM.
 */
final class KoreanProperNouns {
  static final String RESOURCE = "ko/proper-nouns-mecab-ko-dic.tsv.gz";

  private static final class Holder {
    static final KoreanProperNouns INSTANCE = load(RESOURCE);
  }

  private final char[] chars;
  /** Start of word {@code i} in {@link #chars}; {@code starts[size]} is the end of the last. */
  private final int[] starts;
  private final byte[] classes;

  private KoreanProperNouns(char[] chars, int[] starts, byte[] classes) {
    this.chars = chars;
    this.starts = starts;
    this.classes = classes;
  }

  /** The dictionary this package ships. */
  static KoreanProperNouns shipped() {
    return Holder.INSTANCE;
  }

  /** Number of words. */
  int size() {
    return classes.length;
  }

  /**
   * A word the dictionary knows as a place name first (서울, 베이징, 런던): a place only, a place and a person's
   * name, or a place whose place reading costs the dictionary no more than its other readings (일본, 호주, also
   * common nouns). Not 내부 (inside) or 청구 (claim): the dictionary prefers their common-noun readings.
   */
  boolean isPlace(CharSequence word) {
    byte c = classOf(word);
    return c == 'L' || c == 'B';
  }

  /** A word the dictionary knows only as a person's name (시진핑, 수아레스): no place, common word or verb form. */
  boolean isPerson(CharSequence word) {
    return classOf(word) == 'P';
  }

  /** The class letter of {@code word} ({@code P L B p l b}), 0 if the dictionary does not have it. */
  byte classOf(CharSequence word) {
    int lo = 0;
    int hi = classes.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, word);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return classes[mid];
      }
    }
    return 0;
  }

  private int compare(int i, CharSequence word) {
    int s = starts[i];
    int len = starts[i + 1] - s;
    int n = Math.min(len, word.length());
    for (int k = 0; k < n; k++) {
      int d = chars[s + k] - word.charAt(k);
      if (d != 0) {
        return d;
      }
    }
    return len - word.length();
  }

  static KoreanProperNouns load(String resource) {
    try (InputStream raw = KoreanProperNouns.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      StringBuilder all = new StringBuilder(1 << 20);
      List<Integer> starts = new ArrayList<>();
      StringBuilder cls = new StringBuilder();
      String previous = null;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab != line.length() - 2 || "PLBplb".indexOf(line.charAt(tab + 1)) < 0) {
          throw new IllegalStateException(resource + ": not word<TAB>P|L|B|p|l|b: " + line);
        }
        String word = line.substring(0, tab);
        if (previous != null && previous.compareTo(word) >= 0) {
          throw new IllegalStateException(resource + ": not sorted at " + word);
        }
        previous = word;
        starts.add(all.length());
        all.append(word);
        cls.append(line.charAt(tab + 1));
      }
      int[] st = new int[starts.size() + 1];
      for (int i = 0; i < starts.size(); i++) {
        st[i] = starts.get(i);
      }
      st[starts.size()] = all.length();
      byte[] c = new byte[cls.length()];
      for (int i = 0; i < c.length; i++) {
        c[i] = (byte) cls.charAt(i);
      }
      char[] chars = new char[all.length()];
      all.getChars(0, all.length(), chars, 0);
      return new KoreanProperNouns(chars, st, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
