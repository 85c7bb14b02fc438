package org.newsclean.transforms.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The phrase lists and the TLD list, loaded from the data files of this package. Immutable. */
final class PhraseLexicon {

  /** A phrase in matching form; {@code wordBounded} when it must match whole words. */
  record Phrase(String text, boolean wordBounded) {}

  final PhraseIndex line;
  final PhraseIndex social;
  final PhraseIndex filler;
  final List<Phrase> prefix;
  final PhraseIndex notice;
  final Set<String> numbers;
  final Set<String> attribution;
  final Set<String> tlds;

  private PhraseLexicon(Map<String, List<String>> sections, Set<String> tlds) {
    this.line = new PhraseIndex(phrases(sections, "line"));
    this.social = new PhraseIndex(phrases(sections, "social"));
    this.filler = new PhraseIndex(phrases(sections, "filler"));
    this.prefix = phrases(sections, "prefix");
    this.notice = new PhraseIndex(phrases(sections, "notice"));
    this.numbers = Set.copyOf(normalized(sections.getOrDefault("number", List.of())));
    this.attribution = Set.copyOf(normalized(sections.getOrDefault("attribution", List.of())));
    this.tlds = Set.copyOf(tlds);
  }

  static PhraseLexicon loadDefaults() {
    Map<String, List<String>> sections = parsePhrases(read("phrases.txt"));
    Set<String> tlds = new LinkedHashSet<>();
    for (String l : read("tlds.txt")) {
      if (l.startsWith("#")) {
        continue;
      }
      for (String t : l.trim().split("\\s+")) {
        if (!t.isEmpty()) {
          tlds.add(t.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new PhraseLexicon(sections, tlds);
  }

  static List<String> read(String resource) {
    try (InputStream in = PhraseLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses "[section]" headers and "lang: a | b | c" lines. */
  static Map<String, List<String>> parsePhrases(List<String> lines) {
    Map<String, List<String>> out = new HashMap<>();
    String section = null;
    for (String raw : lines) {
      String l = raw.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1).trim();
        continue;
      }
      if (section == null) {
        throw new IllegalStateException("phrase line before any section: " + l);
      }
      int colon = l.indexOf(':');
      if (colon <= 0 || !l.substring(0, colon).matches("[a-z]{2,3}")) {
        throw new IllegalStateException("expected 'lang: phrases' but got: " + l);
      }
      for (String p : l.substring(colon + 1).split("\\|")) {
        String t = p.strip();
        if (!t.isEmpty()) {
          out.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
        }
      }
    }
    return out;
  }

  private static List<String> normalized(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String s : raw) {
      out.add(norm(s));
    }
    return out;
  }

  static List<Phrase> phrases(Map<String, List<String>> sections, String name) {
    Set<String> seen = new LinkedHashSet<>(normalized(sections.getOrDefault(name, List.of())));
    List<Phrase> out = new ArrayList<>();
    for (String s : seen) {
      out.add(new Phrase(s, !hasUnspacedScript(s)));
    }
    return List.copyOf(out);
  }

  /** Matching form: NFKC, lower case, typographic apostrophes as ASCII, whitespace folded. */
  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
        c = '\'';
      }
      if (TextLines.isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** True if the text has Han, Kana or Hangul characters (matched as substrings, not whole words). */
  static boolean hasUnspacedScript(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (TextLines.isCjkOrHangul(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
