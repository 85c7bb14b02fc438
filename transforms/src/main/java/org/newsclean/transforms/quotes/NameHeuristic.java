package org.newsclean.transforms.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fallback person finder used when no entity mentions are given: runs of two to four capitalised
 * words ("Jane Doe"), and later single words equal to the last word of such a run (a surname
 * used alone). Leading function words (per-language stop words and attribution cues) are dropped;
 * a sentence-initial first word that also occurs in lower case in the text is a common word, not a
 * given name. Immutable.
 */
final class NameHeuristic {
  private static final Pattern CAP_WORD = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\p{N}'’-])\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*(?![\\p{L}\\p{M}\\p{N}])");
  private static final Pattern LOWER_WORD = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\p{N}])\\p{Ll}[\\p{L}\\p{M}]*");
  private static final int MAX_WORDS = 4;

  private final Set<String> stopwords;

  NameHeuristic(Set<String> stopwords) {
    this.stopwords = Set.copyOf(stopwords);
  }

  List<QuoteExtractor.Person> find(String t) {
    Set<String> lower = new HashSet<>();
    Matcher lm = LOWER_WORD.matcher(t);
    while (lm.find()) {
      lower.add(lm.group());
    }
    List<QuoteExtractor.Person> out = new ArrayList<>();
    Map<String, String> surnames = new HashMap<>();
    List<int[]> run = new ArrayList<>();
    Matcher m = CAP_WORD.matcher(t);
    int lastEnd = -2;
    while (m.find()) {
      String w = m.group();
      boolean usable = hasLower(w) && !stopwords.contains(w.toLowerCase(Locale.ROOT));
      boolean adjacent = m.start() == lastEnd + 1 && t.charAt(lastEnd) == ' ';
      if (!usable || !adjacent) {
        flush(t, run, out, surnames, lower);
      }
      if (usable) {
        run.add(new int[] {m.start(), m.end()});
        lastEnd = m.end();
      } else {
        lastEnd = -2;
      }
    }
    flush(t, run, out, surnames, lower);
    return out;
  }

  private static void flush(String t, List<int[]> run, List<QuoteExtractor.Person> out,
      Map<String, String> surnames, Set<String> lower) {
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
}
