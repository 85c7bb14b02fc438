package org.newsclean.transforms.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases in matching form, indexed by their first char. Immutable. */
final class PhraseIndex {

  private final FirstChars byFirst;
  private final int size;

  PhraseIndex(List<PhraseLexicon.Phrase> phrases) {
    Map<Character, List<PhraseLexicon.Phrase>> m = new HashMap<>();
    for (PhraseLexicon.Phrase p : phrases) {
      m.computeIfAbsent(p.text().charAt(0), k -> new ArrayList<>()).add(p);
    }
    Map<Character, PhraseLexicon.Phrase[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.toArray(new PhraseLexicon.Phrase[0])));
    this.byFirst = new FirstChars(out);
    this.size = phrases.size();
  }

  /** The phrases that start with {@code c}, in index order, or null (what the index's map gives for that char). */
  PhraseLexicon.Phrase[] startingWith(char c) {
    return byFirst.get(c);
  }

  /**
   * The phrases by first char, looked up for every char of every line: a bit per char says whether any phrase starts
   * with it, and an open-addressing table of the chars that do holds their phrases, so that no lookup boxes a char.
   */
  private static final class FirstChars {
    private final long[] present = new long[1 << 10];
    private final char[] keys;
    private final PhraseLexicon.Phrase[][] values;
    private final int mask;

    FirstChars(Map<Character, PhraseLexicon.Phrase[]> map) {
      int capacity = Integer.highestOneBit(Math.max(4, map.size() * 4 - 1)) << 1;
      keys = new char[capacity];
      values = new PhraseLexicon.Phrase[capacity][];
      mask = capacity - 1;
      map.forEach((c, phrases) -> {
        present[c >>> 6] |= 1L << c;
        int slot = slot(c);
        while (values[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = c;
        values[slot] = phrases;
      });
    }

    private int slot(char c) {
      return (c * 0x9E3779B1) >>> 16 & mask;
    }

    PhraseLexicon.Phrase[] get(char c) {
      if ((present[c >>> 6] & (1L << c)) == 0) {
        return null;
      }
      int slot = slot(c);
      while (keys[slot] != c || values[slot] == null) {
        slot = (slot + 1) & mask;
      }
      return values[slot];
    }
  }

  int size() {
    return size;
  }

  /** Phrase occurring at {@code at} (respecting word bounds), or null; the longest one if several. */
  PhraseLexicon.Phrase matchAt(String s, int at) {
    PhraseLexicon.Phrase[] cands = byFirst.get(s.charAt(at));
    if (cands == null) {
      return null;
    }
    PhraseLexicon.Phrase best = null;
    boolean wordStart = at == 0 || !isWordChar(s.codePointBefore(at));
    for (PhraseLexicon.Phrase p : cands) {
      String t = p.text();
      if ((wordStart || !p.wordBounded())
          && (best == null || t.length() > best.text().length())
          && s.startsWith(t, at)
          && (!p.wordBounded() || isWordBounded(s, at, at + t.length()))) {
        best = p;
      }
    }
    return best;
  }

  /**
   * Marks (never downgrading) the chars of every occurrence of every phrase with {@code value}; returns the
   * number of distinct phrases found.
   */
  int markAll(String s, byte[] mark, byte value) {
    int found = 0;
    List<PhraseLexicon.Phrase> seen = null;
    for (int at = 0; at < s.length(); at++) {
      PhraseLexicon.Phrase[] cands = byFirst.get(s.charAt(at));
      if (cands == null) {
        continue;
      }
      boolean wordStart = at == 0 || !isWordChar(s.codePointBefore(at));
      for (PhraseLexicon.Phrase p : cands) {
        String t = p.text();
        if ((p.wordBounded() && !wordStart) || !s.startsWith(t, at) || (p.wordBounded() && !isWordBounded(s, at, at + t.length()))) {
          continue;
        }
        for (int k = at; k < at + t.length(); k++) {
          if (mark[k] < value) {
            mark[k] = value;
          }
        }
        if (seen == null) {
          seen = new ArrayList<>(4);
        }
        if (!seen.contains(p)) {
          seen.add(p);
          found++;
        }
      }
    }
    return found;
  }

  boolean containsAny(String s) {
    for (int at = 0; at < s.length(); at++) {
      if (matchAt(s, at) != null) {
        return true;
      }
    }
    return false;
  }

  static boolean isWordBounded(String s, int start, int end) {
    if (start > 0 && isWordChar(s.codePointBefore(start))) {
      return false;
    }
    return end >= s.length() || !isWordChar(s.codePointAt(end));
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
