package org.newsclean.transforms.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of word endings, tested by looking up each ending length of the word (a handful of hash
 * lookups instead of one {@code endsWith} per ending). Immutable and thread-safe.
 */
final class SuffixSet {
  static final SuffixSet EMPTY = new SuffixSet(Set.of());

  private final Set<String> suffixes;
  private final int min;
  private final int max;

  SuffixSet(Collection<String> endings) {
    Set<String> s = new HashSet<>(endings);
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (String e : s) {
      lo = Math.min(lo, e.length());
      hi = Math.max(hi, e.length());
    }
    this.suffixes = Set.copyOf(s);
    this.min = s.isEmpty() ? 0 : lo;
    this.max = hi;
  }

  boolean isEmpty() {
    return suffixes.isEmpty();
  }

  /** Does {@code word} end with one of the endings and keep at least three more characters before it? */
  boolean endsWord(String word) {
    int top = Math.min(max, word.length() - 3);
    for (int len = min; len <= top; len++) {
      if (suffixes.contains(word.substring(word.length() - len))) {
        return true;
      }
    }
    return false;
  }
}
