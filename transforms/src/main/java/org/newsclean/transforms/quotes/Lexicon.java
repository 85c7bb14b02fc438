package org.newsclean.transforms.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Precompiled attribution cues of one language (or of several merged). Immutable. */
final class Lexicon {
  static final String VERBS = "verbs";
  static final String PRONOUNS = "pronouns";
  static final String UNNAMED = "unnamed";
  static final String QUOTATIVE = "quotative";
  static final String STOPWORDS = "stopwords";
  static final String TITLES = "titles";
  static final String NONSUBJECT = "nonsubject";
  static final String SKIP = "skip";
  static final String CONJUNCTIONS = "conjunctions";
  static final String SELF = "self";

  private static final String WORD_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
  private static final String WORD_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";
  /** Up to two lower-case (or caseless-script) words, case-sensitive even in a case-insensitive pattern. */
  private static final String INTERMEDIATE = "(?-i:(?:\\s+[\\p{Ll}\\p{Lo}][\\p{L}\\p{M}'’-]*){0,2}?)";

  final Map<String, List<String>> entries;
  /** Null when the section is empty. */
  final Pattern verbs;
  final Pattern pronouns;
  final Pattern unnamed;
  final Pattern quotative;
  final Pattern titles;
  final Pattern skip;
  final Pattern self;
  final Set<String> stopwords;
  final Set<String> nonsubject;
  final Set<String> conjunctions;

  private Lexicon(Map<String, List<String>> entries) {
    this.entries = entries;
    this.verbs = compile(entries.get(VERBS), false);
    this.pronouns = compile(entries.get(PRONOUNS), false);
    this.unnamed = compile(entries.get(UNNAMED), true);
    this.quotative = compile(entries.get(QUOTATIVE), false);
    this.titles = compile(entries.get(TITLES), false);
    this.skip = compile(entries.get(SKIP), false);
    this.self = compile(entries.get(SELF), false);
    this.stopwords = lowerSet(entries.get(STOPWORDS));
    this.nonsubject = lowerSet(entries.get(NONSUBJECT));
    this.conjunctions = lowerSet(entries.get(CONJUNCTIONS));
  }

  private static Set<String> lowerSet(List<String> list) {
    Set<String> set = new LinkedHashSet<>();
    for (String s : list == null ? List.<String>of() : list) {
      set.add(s.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(set);
  }

  /** Parses a lexicon file: {@code [section]} headers, one entry a line, {@code #} comments. */
  static Lexicon parse(List<String> lines) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    String section = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
        continue;
      }
      if (section == null) {
        throw new IllegalArgumentException("entry before any [section]: " + line);
      }
      map.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
    }
    return new Lexicon(freeze(map));
  }

  /** The union of several lexicons (used when the language is unknown). */
  static Lexicon merge(Iterable<Lexicon> all) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Lexicon l : all) {
      for (Map.Entry<String, List<String>> e : l.entries.entrySet()) {
        List<String> list = map.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
        for (String s : e.getValue()) {
          if (!list.contains(s)) {
            list.add(s);
          }
        }
      }
    }
    return new Lexicon(freeze(map));
  }

  static List<String> readLines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static Pattern compile(List<String> list, boolean intermediate) {
    if (list == null || list.isEmpty()) {
      return null;
    }
    return Pattern.compile(alternation(list, intermediate), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The regex of a list of entries: longest first; one word-start lookbehind and one first-letter lookahead in
   * front of all entries of spaced scripts (so most positions of a text are rejected at once, without trying
   * every entry), then the entries of scripts written without spaces. The two groups cannot match at the same
   * position (their first letters differ in script), so this finds what one alternation of every entry, each
   * with its own lookbehind, finds.
   */
  static String alternation(List<String> list, boolean intermediate) {
    List<String> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder spaced = new StringBuilder();
    StringBuilder unspaced = new StringBuilder();
    java.util.TreeSet<Integer> firstLetters = new java.util.TreeSet<>();
    for (String entry : sorted) {
      boolean prefix = entry.endsWith("*");
      String e = prefix ? entry.substring(0, entry.length() - 1).strip() : entry;
      String[] tokens = e.split("\\s+");
      boolean withoutSpaces = writtenWithoutSpaces(e.charAt(0));
      StringBuilder alt = withoutSpaces ? unspaced : spaced;
      if (alt.length() > 0) {
        alt.append('|');
      }
      if (!withoutSpaces) {
        firstLetters.add(e.codePointAt(0));
      }
      alt.append(Pattern.quote(tokens[0]));
      if (intermediate && tokens.length > 1) {
        alt.append(INTERMEDIATE);
      }
      for (int i = 1; i < tokens.length; i++) {
        alt.append("\\s+").append(Pattern.quote(tokens[i]));
      }
      if (prefix) {
        alt.append("[\\p{L}\\p{M}]*");
      }
    }
    StringBuilder regex = new StringBuilder("(?:");
    if (spaced.length() > 0) {
      regex.append(WORD_BEFORE).append("(?=[");
      firstLetters.forEach(cp -> regex.append("\\x{").append(Integer.toHexString(cp)).append('}'));
      regex.append("])(?:").append(spaced).append(')');
    }
    if (unspaced.length() > 0) {
      regex.append(spaced.length() > 0 ? "|" : "").append("(?:").append(unspaced).append(')');
    }
    return regex.append(')').append(WORD_AFTER).toString();
  }

  /** Han and kana are written without spaces between words: no word boundary before such an entry. */
  private static boolean writtenWithoutSpaces(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
