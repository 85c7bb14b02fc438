package org.newsclean.transforms.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fallback person finder used when no entity mentions are given: runs of two to four capitalised
 * words ("Jane Doe"), and later single words equal to the last word of such a run (a surname
 * used alone). Leading function words (per-language stop words and attribution cues) are dropped;
 * a sentence-initial first word that also occurs in lower case in the text is a common word, not a
 * given name. Immutable.
 */
final class NameHeuristic {
  /**
   * What {@link Words#capWords} finds, as a regular expression (the definition; the scan is a loop
   * because the expression's lookbehind, tried at every position of every text, was half the time of
   * quote extraction): a capitalised word with its inner hyphens and apostrophes, not inside a word.
   */
  static final String CAP_WORD =
      "(?<![\\p{L}\\p{M}\\p{N}'’-])\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*(?![\\p{L}\\p{M}\\p{N}])";
  /** What {@link Words#lowerWords} finds, as a regular expression: a word that starts in lower case. */
  static final String LOWER_WORD = "(?<![\\p{L}\\p{M}\\p{N}])\\p{Ll}[\\p{L}\\p{M}]*";
  private static final int MAX_WORDS = 4;

  private final Set<String> stopwords;

  NameHeuristic(Set<String> stopwords) {
    this.stopwords = Set.copyOf(stopwords);
  }

  List<QuoteExtractor.Person> find(String t) {
    LowerWords lower = new LowerWords(t);
    List<QuoteExtractor.Person> out = new ArrayList<>();
    Map<String, String> surnames = new HashMap<>();
    List<int[]> run = new ArrayList<>();
    int[] cw = Words.capWords(t);
    int lastEnd = -2;
    for (int k = 0; k < cw.length; k += 2) {
      int start = cw[k];
      int end = cw[k + 1];
      String w = t.substring(start, end);
      boolean usable = hasLower(w) && !stopwords.contains(w.toLowerCase(Locale.ROOT));
      boolean adjacent = start == lastEnd + 1 && t.charAt(lastEnd) == ' ';
      if (!usable || !adjacent) {
        flush(t, run, out, surnames, lower);
      }
      if (usable) {
        run.add(new int[] {start, end});
        lastEnd = end;
      } else {
        lastEnd = -2;
      }
    }
    flush(t, run, out, surnames, lower);
    return out;
  }

  private static void flush(String t, List<int[]> run, List<QuoteExtractor.Person> out,
      Map<String, String> surnames, LowerWords lower) {
    if (run.isEmpty()) {
      return;
    }
    int from = 0;
    if (run.size() >= 2 && sentenceInitial(t, run.get(0)[0])) {
      String first = t.substring(run.get(0)[0], run.get(0)[1]);
      if (lower.contains(first.toLowerCase(Locale.ROOT))) {
        from = 1;
      }
    }
    int n = run.size() - from;
    if (n >= 2 && n <= MAX_WORDS) {
      int s = run.get(from)[0];
      int e = run.get(run.size() - 1)[1];
      String name = t.substring(s, e);
      out.add(new QuoteExtractor.Person(s, e, name, null));
      int[] last = run.get(run.size() - 1);
      surnames.putIfAbsent(t.substring(last[0], last[1]), name);
    } else if (n == 1) {
      int[] w = run.get(from);
      String full = surnames.get(t.substring(w[0], w[1]));
      if (full != null) {
        out.add(new QuoteExtractor.Person(w[0], w[1], full, null));
      }
    }
    run.clear();
  }

  /**
   * The words of a text that start in lower case ({@link Words#lowerWords}), found on the first question only (most
   * texts ask none or few) and asked about without building a string for each: a set of them was a tenth of quote
   * extraction.
   */
  static final class LowerWords {
    private final String t;
    private int[] lw;

    LowerWords(String t) {
      this.t = t;
    }

    /** Is {@code w} one of the text's lower-case words? */
    boolean contains(String w) {
      if (lw == null) {
        lw = Words.lowerWords(t);
      }
      int len = w.length();
      for (int k = 0; k < lw.length; k += 2) {
        if (lw[k + 1] - lw[k] == len && t.regionMatches(lw[k], w, 0, len)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean hasLower(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceInitial(String t, int pos) {
    int j = pos - 1;
    while (j >= 0 && (QuoteScanner.isSpace(t.charAt(j)) || QuoteScanner.isOpener(t.charAt(j)))) {
      if (t.charAt(j) == '\n') {
        return true;
      }
      j--;
    }
    return j < 0 || QuoteScanner.isTerminal(t.charAt(j));
  }

  /**
   * The two word scans as loops that give exactly the matches of {@link #CAP_WORD} and {@link
   * #LOWER_WORD} under {@link java.util.regex.Matcher#find()} (code point by code point, as the regex
   * engine steps; a lookbehind sees one char, so a supplementary letter before a word does not count
   * as a letter, as in the engine). {@code NameHeuristicTest} checks both against the expressions.
   */
  static final class Words {
    private Words() {}

    /** Start and end of each capitalised word, in pairs, in order. */
    static int[] capWords(String t) {
      return scan(t, true);
    }

    /** Start and end of each word that starts with a lower-case letter, in pairs, in order. */
    static int[] lowerWords(String t) {
      return scan(t, false);
    }

    private static int[] scan(String t, boolean capitalised) {
      int first = capitalised ? Character.UPPERCASE_LETTER : Character.LOWERCASE_LETTER;
      int n = t.length();
      int[] out = new int[capitalised ? 16 : 64];
      int size = 0;
      int i = 0;
      while (i < n) {
        int cp = t.codePointAt(i);
        int cc = Character.charCount(cp);
        if (Character.getType(cp) == first && !wordCharBefore(t, i, capitalised)) {
          int end = capitalised ? capWordEnd(t, i + cc) : letterRun(t, i + cc);
          if (end >= 0) {
            if (size + 2 > out.length) {
              out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = i;
            out[size++] = end;
            i = end;
            continue;
          }
        }
        i += cc;
      }
      return java.util.Arrays.copyOf(out, size);
    }

    /** The lookbehind: the one char before {@code i} is a letter, mark or number (or, for capitalised words, ' ’ -). */
    private static boolean wordCharBefore(String t, int i, boolean joiners) {
      if (i == 0) {
        return false;
      }
      int p = t.codePointAt(i - 1);
      if (Character.charCount(p) != 1) {
        return false;
      }
      return letterOrMark(p) || number(p) || joiners && (p == '\'' || p == '’' || p == '-');
    }

    /** End of a capitalised word whose first letter ends at {@code j}: the longest form the lookahead allows, or -1. */
    private static int capWordEnd(String t, int j) {
      int n = t.length();
      j = letterRun(t, j);
      int best = wordEnds(t, j) ? j : -1;
      while (j + 1 < n) {
        char c = t.charAt(j);
        if (c != '-' && c != '\'' && c != '’') {
          break;
        }
        int cp = t.codePointAt(j + 1);
        if (!Character.isLetter(cp)) {
          break;
        }
        j = letterRun(t, j + 1 + Character.charCount(cp));
        if (wordEnds(t, j)) {
          best = j;
        }
      }
      return best;
    }

    /** Past the letters and marks from {@code j}. */
    private static int letterRun(String t, int j) {
      int n = t.length();
      while (j < n) {
        int cp = t.codePointAt(j);
        if (!letterOrMark(cp)) {
          break;
        }
        j += Character.charCount(cp);
      }
      return j;
    }

    /** The lookahead: no letter, mark or number at {@code j}. */
    private static boolean wordEnds(String t, int j) {
      if (j >= t.length()) {
        return true;
      }
      int cp = t.codePointAt(j);
      return !letterOrMark(cp) && !number(cp);
    }

    private static boolean letterOrMark(int cp) {
      if (Character.isLetter(cp)) {
        return true;
      }
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean number(int cp) {
      int type = Character.getType(cp);
      return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
  }
}
