package org.newsclean.transforms.boilerplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate from the plain text of a news article by general, site-independent rules:
 *
 * <ul>
 *   <li>site names / mastheads: short brand-like lines (one to three tokens, no sentence punctuation, no
 *       lower-case prose, at least one brand-shaped token: letters+digits, CamelCase, all-caps, a domain, or
 *       a single capitalised word) among the first and last few lines, before the first / after the last
 *       line of real text; and any short line repeated in both the header and the footer;
 *   <li>captcha residue: arithmetic challenges ({@code 3 + 4 = ?}, {@code seven − 2 =}) and short lines
 *       dominated by captcha phrases ({@code I am not a robot});
 *   <li>share / subscribe / follow / newsletter / advertisement / comments widgets: SHORT lines whose letters
 *       are mostly covered by the multilingual phrase list; "read also" lead-in lines; cookie and
 *       rights-reserved notices; copyright lines ({@code ©});
 *   <li>lines made only of URLs, e-mail addresses or domain names, or with no letter or digit at all;
 *   <li>injected spam fragments: a trailing comma clause of at most three words, right before a sentence end,
 *       containing a bare domain name with a lower-case TLD ({@code ..., example.com lain.} becomes
 *       {@code ....}).
 * </ul>
 *
 * <p>Output format: the non-empty lines that remain, trimmed, inner whitespace folded to one space, joined by
 * {@code "\n\n"}. Immutable and thread-safe; build once per JVM ({@link #withDefaults()} caches).
 */
public final class BoilerplateStripper {

  /** Max words of a line removed because it is dominated by widget phrases. */
  static final int MAX_WIDGET_WORDS = 12;
  /** Min share of the (non-filler) letters of such a line covered by widget phrases. */
  static final double MIN_WIDGET_COVERAGE = 0.6;
  /** Max words of a line removed for starting with a "read also" style lead-in. */
  static final int MAX_PREFIX_WORDS = 25;
  /** Max words of a line removed for containing a cookie / rights notice or a copyright sign. */
  static final int MAX_NOTICE_WORDS = 30;
  /** How many candidate lines are examined at each edge of the document for a masthead. */
  static final int EDGE_WINDOW = 3;
  /** Max words of a line that may be matched between header and footer. */
  static final int MAX_SHARED_EDGE_WORDS = 6;

  private static final String OPERATORS = "+\\-\u2212\u2013\u2014\u00D7x*\u00F7/\u2715\u2716";
  private static final Pattern CAPTCHA =
      Pattern.compile(
          "^(?:[\\p{L}\\p{M}']+[:,]?\\s+){0,4}?([\\p{L}\\p{M}\\p{N}]+)\\s*(["
              + OPERATORS
              + "])\\s*([\\p{L}\\p{M}\\p{N}]+)\\s*(?:=\\s*[?_.\u2026]*|\\?)\\s*$");
  private static final Pattern URL =
      Pattern.compile("(?i)^(?:(?:https?|ftp)://|www\\.)\\S+$");
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?";
  private static final Pattern DOMAIN =
      Pattern.compile("^(?:" + LABEL + "\\.)+(\\p{L}{2,24})(?::\\d+)?(?:/\\S*)?$");
  private static final Pattern EMAIL =
      Pattern.compile("^(?:mailto:)?[\\p{L}\\p{N}._%+\\-]+@((?:" + LABEL + "\\.)+\\p{L}{2,24})$");
  private static final Pattern LINE_LABEL = Pattern.compile("^[\\p{L}\\p{M}\\-]+(?: [\\p{L}\\p{M}\\-]+)?\\s?:(?!/)\\s*");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s|,;\u00B7\u2022]+");
  private static final String OPENERS = "<([{\"'\u201C\u2018\u00AB\u300C";
  private static final String CLOSERS = ">)]}\"'\u201D\u2019\u00BB\u300D.,:;!?";
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?i)[\u00A9\u24D2\u24B8]|\\(c\\)\\s*\\d{4}|copyright\\s*(?:\u00A9|\\(c\\))?\\s*\\d{4}|^copyright\\b");
  /** A comma clause of at most three words ending a sentence; group 1 the clause, group 2 the end. */
  private static final Pattern TRAILING_CLAUSE =
      Pattern.compile(
          ",\\s*((?:[^\\s,;:]+\\s+){0,2}[^\\s,;:]+?)([.!?\u3002\uFF01\uFF1F]+[\"'\u201D\u2019\u00BB)\\]]?)"
              + "(?=$|\\s|(?<=[\u3002\uFF01\uFF1F][\"'\u201D\u2019\u00BB)\\]]?))");
  private static final String SEPARATORS = "|\u2022\u00B7/\\-\u2013\u2014:~*>\u00BB\u00AB";

  private static volatile BoilerplateStripper defaults;

  private final PhraseLexicon lex;

  private BoilerplateStripper(PhraseLexicon lex) {
    this.lex = lex;
  }

  /** The stripper with the phrase lists shipped as resources of this package (loaded once, then shared). */
  public static BoilerplateStripper withDefaults() {
    BoilerplateStripper d = defaults;
    if (d == null) {
      synchronized (BoilerplateStripper.class) {
        d = defaults;
        if (d == null) {
          d = new BoilerplateStripper(PhraseLexicon.loadDefaults());
          defaults = d;
        }
      }
    }
    return d;
  }

  /** Strips boilerplate from {@code rawText}; a null or blank text gives an empty result. */
  public StrippedText strip(String rawText) {
    if (rawText == null || rawText.isEmpty()) {
      return new StrippedText("", List.of());
    }
    List<String> lines = TextLines.foldedLines(rawText);
    int n = lines.size();
    boolean[] cut = new boolean[n];
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      words[i] = TextLines.wordCount(line);
      cut[i] = isBoilerplateLine(line, words[i]);
    }
    markEdges(lines, words, cut);

    StringBuilder text = new StringBuilder(rawText.length());
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (cut[i]) {
        removed.add(lines.get(i));
        continue;
      }
      String kept = cutSpamFragments(lines.get(i), removed);
      if (kept.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(kept);
    }
    return new StrippedText(text.toString(), removed);
  }

  // ---------------------------------------------------------------- line rules (anywhere in the text)

  boolean isBoilerplateLine(String line, int words) {
    if (!TextLines.hasLetterOrDigit(line)) {
      return true;
    }
    if (words > MAX_NOTICE_WORDS && words > MAX_PREFIX_WORDS) {
      return false; // long lines are article text
    }
    String norm = PhraseLexicon.norm(line);
    if (words <= 10 && (norm.indexOf('=') >= 0 || norm.indexOf('?') >= 0) && isCaptcha(norm)) {
      return true;
    }
    if (words <= 12 && (line.indexOf('.') >= 0 || line.indexOf('@') >= 0) && isAddressOnly(line)) {
      return true;
    }
    if (words <= MAX_WIDGET_WORDS && isWidgetDominated(norm)) {
      return true;
    }
    if (words <= MAX_PREFIX_WORDS && startsWithLeadIn(norm)) {
      return true;
    }
    return words <= MAX_NOTICE_WORDS && (mayBeCopyright(line, norm) && COPYRIGHT.matcher(line).find()
        || lex.notice.containsAny(norm));
  }

  private static boolean mayBeCopyright(String line, String norm) {
    return line.indexOf('\u00A9') >= 0 || line.indexOf('\u24D2') >= 0 || line.indexOf('\u24B8') >= 0 || norm.indexOf("(c)") >= 0 || norm.indexOf("copyright") >= 0;
  }

  boolean isCaptcha(String norm) {
    Matcher m = CAPTCHA.matcher(norm);
    if (!m.matches()) {
      return false;
    }
    return isNumberOperand(m.group(1)) && isNumberOperand(m.group(3));
  }

  private boolean isNumberOperand(String s) {
    if (s.length() <= 6 && s.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return lex.numbers.contains(s);
  }

  /** Lines made only of URLs, e-mail addresses or domain names (optionally after a short label). */
  boolean isAddressOnly(String line) {
    String s = line;
    Matcher label = LINE_LABEL.matcher(s);
    if (label.find() && !isAddressToken(s.substring(0, label.end()).trim())) {
      s = s.substring(label.end());
    }
    int tokens = 0;
    for (String raw : TOKEN_SPLIT.split(s)) {
      String t = stripEnds(raw);
      if (t.isEmpty()) {
        continue;
      }
      if (!isAddressToken(t)) {
        return false;
      }
      tokens++;
    }
    return tokens > 0;
  }

  private boolean isAddressToken(String t) {
    if (URL.matcher(t).matches()) {
      return true;
    }
    Matcher e = EMAIL.matcher(t);
    if (e.matches()) {
      return true;
    }
    return isDomain(t, false);
  }

  /** A bare domain name such as {@code example.co.id}; with {@code lowerTld} the TLD must be lower case. */
  boolean isDomain(String t, boolean lowerTld) {
    Matcher d = DOMAIN.matcher(t);
    if (!d.matches()) {
      return false;
    }
    String tld = d.group(1);
    if (lowerTld && !tld.equals(tld.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return lex.tlds.contains(tld.toLowerCase(Locale.ROOT));
  }

  private static String stripEnds(String t) {
    int b = 0;
    int e = t.length();
    while (b < e && OPENERS.indexOf(t.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && CLOSERS.indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return t.substring(b, e);
  }

  /**
   * A short line is a widget line if it contains a widget phrase (or three social network names) and those
   * phrases plus social names cover at least {@link #MIN_WIDGET_COVERAGE} of its letters, not counting
   * filler words (function words, generic channel names) and digits.
   */
  boolean isWidgetDominated(String norm) {
    int len = norm.length();
    byte[] mark = new byte[len]; // 0 none, 1 filler, 2 covered
    boolean trigger = lex.line.markAll(norm, mark, (byte) 2) > 0;
    int socials = lex.social.markAll(norm, mark, (byte) 2);
    if (!trigger && socials < 3) {
      return false;
    }
    lex.filler.markAll(norm, mark, (byte) 1);
    int total = 0;
    int covered = 0;
    for (int i = 0; i < len; ) {
      int cp = norm.codePointAt(i);
      int w = Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (mark[i] == 2) {
          covered++;
          total++;
        } else if (mark[i] == 0) {
          total++;
        }
      }
      i += w;
    }
    return total > 0 && covered >= MIN_WIDGET_COVERAGE * total;
  }

  /** Line starts (after bullets and arrows) with a "read also" style lead-in phrase. */
  boolean startsWithLeadIn(String norm) {
    int b = 0;
    while (b < norm.length()) {
      int cp = norm.codePointAt(b);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      b += Character.charCount(cp);
    }
    for (PhraseLexicon.Phrase p : lex.prefix) {
      String t = p.text();
      if (norm.startsWith(t, b)) {
        int end = b + t.length();
        if (!p.wordBounded() || end >= norm.length() || !PhraseIndex.isWordChar(norm.codePointAt(end))
            || !Character.isLetterOrDigit(t.codePointBefore(t.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- header and footer

  private void markEdges(List<String> lines, int[] words, boolean[] cut) {
    List<Integer> head = scanEdge(lines, words, cut, true);
    List<Integer> foot = scanEdge(lines, words, cut, false);
    Set<Integer> shared = new HashSet<>();
    for (int h : head) {
      for (int f : foot) {
        if (h < f
            && words[h] <= MAX_SHARED_EDGE_WORDS
            && words[f] <= MAX_SHARED_EDGE_WORDS
            && !TextLines.endsSentence(lines.get(h))
            && edgeKey(lines.get(h)).equals(edgeKey(lines.get(f)))
            && !edgeKey(lines.get(h)).isEmpty()) {
          shared.add(h);
          shared.add(f);
        }
      }
    }
    for (int i : shared) {
      cut[i] = true;
    }
  }

  /**
   * Walks from one edge over lines not yet cut, up to {@link #EDGE_WINDOW} lines, stopping at the first
   * line of real text. Cuts brand-like lines; returns the indexes of the lines examined.
   */
  private List<Integer> scanEdge(List<String> lines, int[] words, boolean[] cut, boolean fromTop) {
    List<Integer> window = new ArrayList<>();
    int n = lines.size();
    for (int k = 0; k < n && window.size() < EDGE_WINDOW; k++) {
      int i = fromTop ? k : n - 1 - k;
      if (cut[i]) {
        continue;
      }
      String line = lines.get(i);
      if (isTextLine(line, words[i])) {
        break;
      }
      window.add(i);
      if (isBrandLike(line)) {
        cut[i] = true;
      }
    }
    return window;
  }

  private static boolean isTextLine(String line, int words) {
    return words >= 8 || (words >= 4 && TextLines.endsSentence(line));
  }

  /**
   * One to three tokens, no sentence punctuation, no lower-case-only word, and a brand-shaped token:
   * letters mixed with digits, CamelCase, all caps, a domain name, or a lone capitalised word.
   */
  boolean isBrandLike(String line) {
    if (TextLines.endsSentence(line) && !isDomain(stripEnds(line), false)) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (",;!?\u3001\u3002\uFF0C\uFF01\uFF1F\"\u201C\u201D".indexOf(line.charAt(i)) >= 0) {
        return false;
      }
    }
    List<String> tokens = new ArrayList<>();
    for (String t : line.split(" ")) {
      boolean separator = true;
      for (int i = 0; i < t.length(); i++) {
        if (SEPARATORS.indexOf(t.charAt(i)) < 0) {
          separator = false;
          break;
        }
      }
      if (!separator) {
        tokens.add(t);
      }
    }
    if (tokens.isEmpty() || tokens.size() > 3) {
      return false;
    }
    boolean brandShaped = false;
    for (String t : tokens) {
      boolean domain = isDomain(stripEnds(t), false);
      int letters = 0;
      int lower = 0;
      int upper = 0;
      int digits = 0;
      boolean camel = false;
      int prev = 0;
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        if (Character.isLetter(cp)) {
          letters++;
          if (Character.isLowerCase(cp)) {
            lower++;
          } else if (Character.isUpperCase(cp)) {
            upper++;
            if (prev != 0 && Character.isLowerCase(prev)) {
              camel = true;
            }
          }
        } else if (Character.isDigit(cp)) {
          digits++;
        }
        prev = cp;
        i += Character.charCount(cp);
      }
      if (letters > 0 && lower == letters && !domain) {
        return false; // lower-case prose
      }
      boolean capitalised = letters >= 2 && Character.isUpperCase(t.codePointAt(0));
      if (domain
          || (letters > 0 && digits > 0)
          || camel
          || (letters >= 2 && upper == letters)
          || (tokens.size() == 1 && capitalised)) {
        brandShaped = true;
      }
    }
    return brandShaped;
  }

  private static String edgeKey(String line) {
    StringBuilder sb = new StringBuilder();
    String n = PhraseLexicon.norm(line);
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- fragments inside a paragraph

  /** Cuts injected ", spam.example lain." clauses; appends each cut clause to {@code removed}. */
  String cutSpamFragments(String line, List<String> removed) {
    // a spam clause holds a domain, and a domain a '.' followed by a letter (DOMAIN: LABEL "." \p{L}): a line
    // without one has no clause to cut, and the clause expression need not be tried at each of its commas
    if (line.indexOf(',') < 0 || !hasDotBeforeLetter(line)) {
      return line;
    }
    return cutSpamClauses(line, removed);
  }

  /** Whether {@code s} holds a '.' directly followed by a letter (as {@code \p{L}} defines it). */
  static boolean hasDotBeforeLetter(String s) {
    for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
      if (Character.isLetter(s.codePointAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #cutSpamFragments} without its shortcut: every clause after a comma is tried (the reference). */
  String cutSpamClauses(String line, List<String> removed) {
    if (line.indexOf(',') < 0 || line.indexOf('.') < 0) {
      return line;
    }
    Matcher m = TRAILING_CLAUSE.matcher(line);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String clause = m.group(1);
      if (!isSpamClause(clause)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(line.length());
      }
      out.append(line, last, m.start());
      removed.add(clause.trim());
      last = m.start(2);
    }
    if (out == null) {
      return line;
    }
    out.append(line, last, line.length());
    return out.toString().trim();
  }

  private boolean isSpamClause(String clause) {
    boolean domain = false;
    for (String raw : clause.split("\\s+")) {
      String t = stripEnds(raw);
      if (isDomain(t, true)) {
        domain = true;
      } else if (lex.attribution.contains(PhraseLexicon.norm(t))) {
        return false; // "..., according to example.com." is a citation
      }
    }
    return domain;
  }
}
