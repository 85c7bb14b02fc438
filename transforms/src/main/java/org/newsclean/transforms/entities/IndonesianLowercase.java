package org.newsclean.transforms.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Names in Indonesian text written in lower case (lower-cased corpora, chat, social media), where
 * capitals say nothing. A word is a name word when no vocabulary knows it, neither as written nor
 * after its affixes are taken off ({@code me-, ber-, di-, ter-, pe-, -kan, -an, -nya}, Lucene's
 * {@link IndonesianStemmer} plus a few variants), or when it is a known given name, surname or place
 * and not one of the most common words. A run of name words is a candidate; its type comes from
 * its context and form:
 *
 * <ul>
 *   <li>a place of the gazetteer (provinces, islands, countries, GeoNames' Indonesian places and
 *       large cities of the world, ICU's place names), optionally with a compass word ({@code jawa
 *       barat}), or a place head before it ({@code kota bandung}, {@code jalan ...}): LOCATION;
 *   <li>a title or role before it ({@code presiden}, {@code pak}, {@code akbp}), a speech word
 *       before ({@code kata}) or a speech verb after ({@code mengatakan}), a given name first or a
 *       surname last: PERSON;
 *   <li>{@code pt ...}, {@code bank ...}, {@code ... tbk}, a web domain ({@code kompas.com}), or a
 *       cue before it ({@code aplikasi}, {@code band}, {@code dilansir}): ORGANIZATION;
 *   <li>a place preposition before it ({@code di}, {@code ke}, {@code dari}): LOCATION;
 *   <li>otherwise a PERSON, unless it is a lone acronym-like word (no vowel, or under four letters):
 *       those are left out without a cue.
 * </ul>
 *
 * <p>Runs only on text that is mostly lower case ({@link #mostlyLower}); capitalised text keeps the
 * capitalisation-based discovery. Immutable and thread-safe; the word lists are read once per JVM
 * ({@link #get}).
 */
final class IndonesianLowercase {
  private static final String DIR = "/org/newsclean/transforms/entities/id/";
  /** subtitle words of at least this frequency rank are "core": a known name among them is a word. */
  static final int CORE_RANK = 3000;
  static final int COMMON_RANK = 10000;
  private static final int MAX_WORDS = 4;
  private static final Set<String> STREETS = Set.of("jalan", "jl", "gang");

  /** A found name: token span (inclusive) and type. */
  record Span(int ts, int te, EntityType type) {}

  private final Set<String> vocab;
  private final Set<String> core;
  private final Set<String> givenNames;
  private final Set<String> surnames;
  /** lower-case place names (one or more words, single spaces). */
  private final Set<String> places;
  /** lower-case brand, product and service names that are no common word, given name or place. */
  private final Set<String> brands;
  /** places of ICU, the lexicon and the hand-written list: a place even when it is also a common word. */
  private final Set<String> surePlaces;
  /** common words (subtitle and English ranks up to COMMON_RANK, stopwords): a GeoNames place among them needs a cue. */
  private final Set<String> common;
  private final Set<String> function;
  private final Set<String> personBefore;
  private final Set<String> personAfter;
  private final Set<String> speechBefore;
  private final Set<String> locHead;
  private final Set<String> locPrep;
  private final Set<String> direction;
  private final Set<String> orgHead;
  private final Set<String> orgSuffix;
  private final Set<String> orgBefore;
  private final Set<String> notName;
  private final Set<String> connectors = Set.of("bin", "binti", "van", "de", "al", "el", "von", "da", "dos", "di");
  private final Set<String> domains;

  private static volatile IndonesianLowercase instance;

  static IndonesianLowercase get() {
    IndonesianLowercase l = instance;
    if (l == null) {
      synchronized (IndonesianLowercase.class) {
        l = instance;
        if (l == null) {
          l = new IndonesianLowercase(Lexicon.get());
          instance = l;
        }
      }
    }
    return l;
  }

  private IndonesianLowercase(Lexicon lex) {
    List<String> subtitles = read("words-id-subtitles.txt");
    Set<String> v = new HashSet<>(subtitles);
    v.addAll(read("words-id-wikipedia.txt"));
    v.addAll(read("words-en-subtitles.txt"));
    v.addAll(read("stopwords-id.txt"));
    List<String> roots = rootWords();
    v.addAll(roots);
    Set<String> stop = new HashSet<>(read("stopwords-id.txt"));
    v.addAll(stop);
    Map<String, Set<String>> cues = readCues();
    Map<String, Set<String>> lower = lex.lowerCues.getOrDefault("id", Map.of());
    Set<String> c = new HashSet<>(stop);
    c.addAll(subtitles.subList(0, Math.min(CORE_RANK, subtitles.size())));
    function = union(lower.get("function"), stop);
    personBefore = union(lower.get("person_before"), cues.get("person_before"));
    for (String h : lex.honorifics) {
      personBefore.add(h.toLowerCase(Locale.ROOT));
    }
    personAfter = union(lower.get("person_after"), null);
    speechBefore = union(lower.get("speech_before"), null);
    locHead = union(cues.get("loc_head"), null);
    locPrep = union(cues.get("loc_prep"), null);
    direction = union(cues.get("direction"), null);
    orgHead = union(cues.get("org_head"), null);
    orgSuffix = union(cues.get("org_suffix"), null);
    orgBefore = union(cues.get("org_before"), null);
    notName = union(cues.get("not_name"), null);
    v.addAll(notName);
    c.addAll(notName);
    Set<String> given = new HashSet<>(read("given-names.txt"));
    for (String g : lex.givenNames) {
      given.add(g.toLowerCase(Locale.ROOT));
    }
    for (String m : lex.calendar) {
      notName.add(m.toLowerCase(Locale.ROOT));
    }
    for (String m : lex.months.keySet()) {
      notName.add(m.toLowerCase(Locale.ROOT));
    }
    v.addAll(notName);
    c.addAll(notName);
    Set<String> sure = new HashSet<>();
    for (String name : Gazetteer.places("id")) {
      sure.add(name.toLowerCase(Locale.ROOT));
    }
    for (String name : lex.places) {
      sure.add(name.toLowerCase(Locale.ROOT));
    }
    sure.addAll(cues.getOrDefault("place", Set.of()));
    sure.removeAll(notName);
    Set<String> p = new HashSet<>(sure);
    for (String name : read("places-geonames.txt")) {
      p.add(name.toLowerCase(Locale.ROOT));
    }
    p.addAll(read("places-geonames-id.txt"));
    p.removeAll(notName);
    List<String> english = read("words-en-subtitles.txt");
    Set<String> cm = new HashSet<>(stop);
    cm.addAll(subtitles.subList(0, Math.min(COMMON_RANK, subtitles.size())));
    cm.addAll(english.subList(0, Math.min(COMMON_RANK, english.size())));
    common = Set.copyOf(cm);
    surePlaces = Set.copyOf(sure);
    Set<String> dom = new HashSet<>();
    for (String d : lex.domains) {
      dom.add(d.toLowerCase(Locale.ROOT));
    }
    vocab = Set.copyOf(v);
    core = Set.copyOf(c);
    givenNames = Set.copyOf(given);
    surnames = Set.copyOf(read("surnames.txt"));
    places = Set.copyOf(p);
    domains = Set.copyOf(dom);
    Set<String> b = new HashSet<>(Brands.all());
    // the most frequent words and every root of the language (aparat) stay words; the rest of the subtitle list
    // names brands too (instagram is its 3,596th word), and English words do not count here: in Indonesian
    // text, grab and line are the companies
    b.removeAll(core);
    b.removeAll(roots);
    b.removeAll(notName);
    b.removeAll(givenNames);
    b.removeAll(places);
    brands = Set.copyOf(b);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>();
    if (a != null) {
      out.addAll(a);
    }
    if (b != null) {
      out.addAll(b);
    }
    return out;
  }

  private static List<String> read(String name) {
    return WordLists.lowerCaseLines(DIR + name);
  }

  /** The root words of Sastrawi's dictionary (KBBI roots), shipped in the JSastrawi jar. */
  private static List<String> rootWords() {
    List<String> out = new ArrayList<>(30_000);
    try (InputStream in = jsastrawi.morphology.DefaultLemmatizer.class.getResourceAsStream("/root-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /root-words.txt of JSastrawi");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, Set<String>> readCues() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : read("lowercase-cues.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      Set<String> set = out.computeIfAbsent(line.substring(0, tab).strip(), k -> new HashSet<>());
      for (String w : line.substring(tab + 1).split("\\|")) {
        if (!w.isBlank()) {
          set.add(w.strip());
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------

  /**
   * True when {@code text} is written in lower case: at most one word in fifty starts with a
   * capital (ordinary Indonesian prose capitalises every sentence start and every name).
   */
  static boolean mostlyLower(String text) {
    int words = 0;
    int upper = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean letter = Character.isLetter(ch);
      if (letter && !inWord) {
        words++;
        if (Character.isUpperCase(ch)) {
          upper++;
        }
      }
      inWord = letter || inWord && (Character.isDigit(ch) || ch == '\'' || ch == '-');
    }
    return words >= 3 && upper * 50 <= words;
  }

  /**
   * True when every word of {@code surface} (a capitalised candidate without other evidence) is a
   * common Indonesian or English word and none a known given name or place: {@code Pembangunan},
   * {@code Album Perdananya}, {@code Cinta Terlarang} are words, titles at most, not names.
   */
  boolean commonPhrase(String surface) {
    String[] parts = surface.toLowerCase(Locale.ROOT).split("\\s+");
    for (String w : parts) {
      boolean word = common.contains(w) || affixed(w) || w.length() >= 5 && !unknownWord(w) && !vocabName(w);
      if (!word || givenNames.contains(w) || places.contains(w)) {
        return false;
      }
    }
    return parts.length > 0;
  }

  private boolean vocabName(String w) {
    return surnames.contains(w) || givenNames.contains(w) || places.contains(w);
  }

  /**
   * Indonesian places for capitalised text: the hand-written list (provinces, islands, countries in
   * Indonesian) and GeoNames' Indonesian places, as written, without those that are common words or
   * given names (Malang is a city, but Baru, Lima and Kota are words first).
   */
  static Set<String> capitalisedPlaces() {
    List<String> subtitles = read("words-id-subtitles.txt");
    Set<String> avoid = new HashSet<>(subtitles.subList(0, Math.min(COMMON_RANK, subtitles.size())));
    avoid.addAll(read("stopwords-id.txt"));
    List<String> english = read("words-en-subtitles.txt");
    avoid.addAll(english.subList(0, Math.min(COMMON_RANK, english.size())));
    avoid.addAll(read("given-names.txt"));
    Map<String, Set<String>> cues = readCues();
    avoid.addAll(cues.getOrDefault("not_name", Set.of()));
    Set<String> out = new HashSet<>();
    for (String p : cues.getOrDefault("place", Set.of())) {
      if (p.length() >= 4 && hasVowel(p) || p.contains(" ")) { // not the short forms (ntb, diy)
        out.add(titleCase(p));
      }
    }
    try (InputStream in = IndonesianLowercase.class.getResourceAsStream(DIR + "places-geonames-id.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource places-geonames-id.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !avoid.contains(s.toLowerCase(Locale.ROOT))) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  private static String titleCase(String p) {
    StringBuilder b = new StringBuilder(p.length());
    boolean start = true;
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-';
    }
    return b.toString();
  }

  /** True when no vocabulary knows {@code w}, as written or after its affixes are taken off. */
  boolean unknownWord(String w) {
    if (vocab.contains(w)) {
      return false;
    }
    if (w.length() < 5) {
      return true;
    }
    if (knownStem(w)) {
      return false;
    }
    char[] buf = w.toCharArray();
    int len = new IndonesianStemmer().stem(buf, buf.length, true);
    return !vocab.contains(new String(buf, 0, len));
  }

  private static final String[] PREFIXES = {"meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe",
      "ber", "be", "ter", "te", "di", "ke", "se", "per", "memper", "diper"};
  private static final String[] SUFFIXES = {"nya", "lah", "kah", "pun", "kan", "an", "i", "ku", "mu"};

  /** True when {@code w} without a suffix (or two), a prefix, or both is a vocabulary word. */
  private boolean knownStem(String w) {
    if (knownBase(w)) {
      return true;
    }
    for (String s : SUFFIXES) {
      if (w.endsWith(s) && w.length() - s.length() >= 3) {
        String b = w.substring(0, w.length() - s.length());
        if (vocab.contains(b) || knownBase(b)) {
          return true;
        }
        for (String s2 : SUFFIXES) {
          if (b.endsWith(s2) && b.length() - s2.length() >= 3) {
            String b2 = b.substring(0, b.length() - s2.length());
            if (vocab.contains(b2) || knownBase(b2)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** True when {@code b} without one of the prefixes is a vocabulary word (with nasal assimilation undone). */
  private boolean knownBase(String b) {
    for (String p : PREFIXES) {
      if (b.startsWith(p) && b.length() - p.length() >= 3) {
        String r = b.substring(p.length());
        if (vocab.contains(r)) {
          return true;
        }
        // nasal assimilation: menulis -> tulis, memukul -> pukul, menyapu -> sapu, mengirim -> kirim
        String restored = switch (p) {
          case "men", "pen" -> "t" + r;
          case "mem", "pem" -> "p" + r;
          case "meny", "peny" -> "s" + r;
          case "meng", "peng" -> "k" + r;
          default -> null;
        };
        if (restored != null && vocab.contains(restored)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasVowel(String w) {
    for (int i = 0; i < w.length(); i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** One word of the text: tokens ts..te joined without whitespace (kompas.com, dong-jin, g551). */
  private record Word(int ts, int te, String text, boolean letters, boolean domain) {}

  private List<Word> words(Tokens t) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < t.n) {
      if (t.kind[i] != Tokens.LETTER && t.kind[i] != Tokens.DIGIT) {
        i++;
        continue;
      }
      int j = i;
      // join alnum tokens attached to each other, or through one inner '-', '.', '\''
      while (j + 1 < t.n && !t.space[j + 1]) {
        byte k = t.kind[j + 1];
        if (k == Tokens.LETTER || k == Tokens.DIGIT) {
          j++;
        } else if (j + 2 < t.n && !t.space[j + 2] && (t.kind[j + 2] == Tokens.LETTER || t.kind[j + 2] == Tokens.DIGIT)
            && (t.isPunct(j + 1, '-') || t.isPunct(j + 1, '.') || t.isPunct(j + 1, '\'') || t.isPunct(j + 1, '’'))) {
          j += 2;
        } else {
          break;
        }
      }
      String text = t.text.substring(t.start[i], t.end[j]).toLowerCase(Locale.ROOT);
      boolean letters = i == j && t.kind[i] == Tokens.LETTER;
      int dot = text.lastIndexOf('.');
      boolean domain = dot > 0 && domains.contains(text.substring(dot + 1))
          || letters && text.length() > 6 && text.endsWith("com"); // detikcom, okezonecom: a news site
      out.add(new Word(i, j, text, letters, domain));
      i = j + 1;
    }
    return out;
  }

  /** Word b directly follows word a, with only whitespace between. */
  private static boolean adjacent(Tokens t, Word a, Word b) {
    return b.ts() == a.te() + 1;
  }

  /** A known given name or surname that is not a function or cue word: part of a name next to a name word. */
  private boolean namePart(Word w) {
    String s = w.text();
    return w.letters() && s.length() >= 3 && (givenNames.contains(s) || surnames.contains(s)) && !function.contains(s)
        && !notName.contains(s) && !personBefore.contains(s) && !locHead.contains(s) && !personAfter.contains(s)
        && !speechBefore.contains(s) && !affixed(s);
  }

  private boolean knownName(String w) {
    return givenNames.contains(w) || surnames.contains(w) || places.contains(w);
  }

  /** A word that may be part of a name. */
  private boolean nameWord(Word w) {
    String s = w.text();
    if (w.domain()) {
      return true;
    }
    if (!w.letters()) {
      // alphanumeric model names (g551, z10, liputan6): a letter and a digit; not money (rp183)
      return s.length() >= 2 && !s.startsWith("rp") && !s.startsWith("us") && s.chars().anyMatch(Character::isLetter) && s.chars().anyMatch(Character::isDigit)
          && s.indexOf('.') < 0;
    }
    if (s.length() < 2 || function.contains(s) || notName.contains(s) || personBefore.contains(s) || locHead.contains(s)
        || speechBefore.contains(s) || personAfter.contains(s)) {
      return false;
    }
    if (core.contains(s) || affixed(s)) {
      return false;
    }
    return unknownWord(s) || knownName(s) || brands.contains(s);
  }

  /**
   * Words built with the productive verb and noun affixes ({@code dijerat, menuding, pungkasnya,
   * kericuhan}): words of the language even when the vocabulary lacks their stem.
   */
  static boolean affixed(String s) {
    int n = s.length();
    if (n >= 6 && (s.endsWith("nya") || s.endsWith("kan") && n >= 7)) {
      return true;
    }
    if (n >= 7 && (s.startsWith("di") || s.startsWith("memper") || s.startsWith("diper"))) {
      return true;
    }
    if (n >= 8 && (s.startsWith("meng") || s.startsWith("meny") || s.startsWith("mem") || s.startsWith("men")
        || s.startsWith("ber") || s.startsWith("ter"))) {
      return true;
    }
    return n >= 8 && s.endsWith("an") && (s.startsWith("ke") || s.startsWith("pe") || s.startsWith("per"));
  }

  /** Longest place name (optionally with compass words) starting at word i; -1 when none. */
  private int placeEnd(Tokens t, List<Word> ws, int i) {
    int end = -1;
    StringBuilder b = new StringBuilder();
    for (int j = i; j < ws.size() && j < i + MAX_WORDS; j++) {
      if (j > i && !adjacent(t, ws.get(j - 1), ws.get(j)) || !ws.get(j).letters()) {
        break;
      }
      if (j > i) {
        b.append(' ');
      }
      b.append(ws.get(j).text());
      if (places.contains(b.toString())) {
        end = j;
      }
    }
    if (end < 0) {
      return -1;
    }
    // compass words: jawa barat, jakarta timur
    int j = end + 1;
    while (j < ws.size() && j <= end + 2 && adjacent(t, ws.get(j - 1), ws.get(j)) && direction.contains(ws.get(j).text())
        && !places.contains(b + " " + ws.get(j).text())) {
      end = j;
      j++;
    }
    return end;
  }

  /** The BIO tag ({@code B-PERSON}, {@code I-LOCATION}, {@code O}) the lower-case rules give each token of {@code t}. */
  String[] ruleTags(Tokens t) {
    String[] tags = new String[t.n];
    java.util.Arrays.fill(tags, "O");
    for (Span sp : find(t, new boolean[t.n])) {
      for (int k = sp.ts(); k <= sp.te(); k++) {
        tags[k] = (k == sp.ts() ? "B-" : "I-") + sp.type().name();
      }
    }
    return tags;
  }

  /**
   * Whether the finder can change anything in a cased sentence: a token the caller marked {@code needed} (a rule's
   * name it would judge), or two capitalised words in a row after the sentence's first word (a name it could add).
   */
  private static boolean worthReading(String[] sentence, int from, int to, List<int[]> units, boolean[] needed) {
    for (int u = from; u < to; u++) {
      if (needed != null && needed[units.get(u)[0]]) {
        return true;
      }
    }
    for (int i = 1; i + 1 < sentence.length; i++) {
      if (capitalised(sentence[i]) && capitalised(sentence[i + 1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /**
   * Names that {@code names} (a trained name finder) finds in {@code t}, sentence by sentence, over the words and
   * punctuation marks of the text as its training data has them (lower-cased unless {@code keepCase}); spans on
   * uncovered tokens only. {@code tokenRules}: the rules' BIO tag of each token over the whole document ({@code
   * null}: the finder's features compute them per sentence). The tokens of the sentences the finder read are marked
   * in {@code judged} (when not null). Cased text skips a sentence where the finder can change nothing
   * ({@link #worthReading}, with {@code needed}).
   */
  List<Span> findWithModel(Tokens t, boolean[] covered, IndonesianNames names, boolean keepCase, String[] tokenRules,
      boolean[] needed, boolean[] judged) {
    List<Word> ws = words(t);
    List<int[]> units = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int w = 0;
    for (int i = 0; i < t.n; ) {
      if (w < ws.size() && ws.get(w).ts() == i) {
        Word x = ws.get(w++);
        units.add(new int[] {x.ts(), x.te()});
        texts.add(keepCase ? t.text.substring(t.start[x.ts()], t.end[x.te()]) : x.text());
        i = x.te() + 1;
      } else {
        if (t.kind[i] == Tokens.PUNCT) {
          units.add(new int[] {i, i});
          texts.add(t.text.substring(t.start[i], t.end[i]));
        }
        i++;
      }
    }
    List<Span> out = new ArrayList<>();
    int from = 0;
    for (int u = 0; u <= units.size(); u++) {
      boolean end = u == units.size() || (texts.get(u).equals(".") || texts.get(u).equals("!") || texts.get(u).equals("?"));
      if (!end) {
        continue;
      }
      int to = Math.min(u + 1, units.size());
      if (to > from) {
        String[] sentence = texts.subList(from, to).toArray(String[]::new);
        if (keepCase && !worthReading(sentence, from, to, units, needed)) {
          from = to;
          continue;
        }
        if (judged != null) {
          for (int k = units.get(from)[0]; k <= units.get(to - 1)[1]; k++) {
            judged[k] = true;
          }
        }
        String[] rules = null;
        if (tokenRules != null) {
          rules = new String[to - from];
          for (int k = from; k < to; k++) {
            rules[k - from] = tokenRules[units.get(k)[0]];
          }
        }
        for (opennlp.tools.util.Span sp : names.find(sentence, rules)) {
          int ts = units.get(from + sp.getStart())[0];
          int te = units.get(from + sp.getEnd() - 1)[1];
          boolean free = true;
          for (int k = ts; k <= te; k++) {
            free &= !covered[k];
          }
          if (free) {
            out.add(new Span(ts, te, EntityType.valueOf(sp.getType())));
          }
        }
      }
      from = to;
    }
    return out;
  }

  /** Names in the tokens, left to right, skipping covered tokens; marks nothing. */
  List<Span> find(Tokens t, boolean[] covered) {
    List<Word> ws = words(t);
    List<Span> out = new ArrayList<>();
    int n = ws.size();
    boolean[] nw = new boolean[n];
    for (int k = 0; k < n; k++) {
      nw[k] = nameWord(ws.get(k));
    }
    int i = 0;
    while (i < n) {
      Word w = ws.get(i);
      if (covered[w.ts()]) {
        i++;
        continue;
      }
      Word prev = i > 0 && adjacent(t, ws.get(i - 1), w) ? ws.get(i - 1) : null;
      String prevText = prev == null ? "" : prev.text();
      // organisation heads: pt unilever indonesia tbk, bank danamon
      if (orgHead.contains(w.text()) && i + 1 < n && adjacent(t, w, ws.get(i + 1))) {
        int e = i;
        for (int j = i + 1; j < n && j <= i + 5 && adjacent(t, ws.get(j - 1), ws.get(j)); j++) {
          Word x = ws.get(j);
          if (covered[x.ts()] || function.contains(x.text()) || !x.letters() && !nw[j]) {
            break;
          }
          boolean loose = w.text().equals("pt") || w.text().equals("cv"); // pt semen indonesia: any non-core word
          if (!nw[j] && !places.contains(x.text()) && !orgSuffix.contains(x.text())
              && !(loose && !core.contains(x.text()) && !affixed(x.text()) && !personAfter.contains(x.text()))) {
            break;
          }
          e = j;
        }
        if (e > i && free(covered, ws, i, e)) {
          out.add(new Span(w.ts(), ws.get(e).te(), EntityType.ORGANIZATION));
          i = e + 1;
          continue;
        }
      }
      // place heads: kota bandung, jalan ridwan rais, desa ciangir
      if (locHead.contains(w.text()) && i + 1 < n && adjacent(t, w, ws.get(i + 1))) {
        int e = i;
        int pe = placeEnd(t, ws, i + 1);
        if (pe > i) {
          e = pe;
        } else if (STREETS.contains(w.text())) {
          // street names are often common words or a hero's name: jalan medan merdeka, jalan budi kemuliaan
          boolean named = false;
          for (int j = i + 1; j < n && j <= i + 4 && adjacent(t, ws.get(j - 1), ws.get(j)); j++) {
            Word x = ws.get(j);
            if (covered[x.ts()] || function.contains(x.text()) || locHead.contains(x.text()) && !x.text().equals("gunung")) {
              break;
            }
            named |= nw[j] || knownName(x.text());
            e = j;
          }
          if (!named) {
            e = i;
          }
        } else {
          for (int j = i + 1; j < n && j <= i + 3 && adjacent(t, ws.get(j - 1), ws.get(j)); j++) {
            Word x = ws.get(j);
            if (covered[x.ts()] || !nw[j] && !direction.contains(x.text()) || direction.contains(x.text()) && j == i + 1) {
              break;
            }
            e = j;
          }
        }
        if (e > i && free(covered, ws, i, e)) {
          out.add(new Span(w.ts(), ws.get(e).te(), EntityType.LOCATION));
          i = e + 1;
          continue;
        }
      }
      int pe = placeEnd(t, ws, i);
      if (pe >= 0 && free(covered, ws, i, pe)) {
        String p = w.text();
        boolean ambiguous = pe == i && (surePlaces.contains(p) ? function.contains(p)
            : common.contains(p) || givenNames.contains(p) || surnames.contains(p));
        boolean cued = locPrep.contains(prevText) || locHead.contains(prevText);
        if (!ambiguous || cued) {
          // a place followed by more name words is part of a longer name (persija jakarta is a club): leave it
          out.add(new Span(w.ts(), ws.get(pe).te(), EntityType.LOCATION));
          i = pe + 1;
          continue;
        }
      }
      if (!nw[i]) {
        i++;
        continue;
      }
      int e = i;
      for (int j = i + 1; j < n && j < i + MAX_WORDS && adjacent(t, ws.get(j - 1), ws.get(j)); j++) {
        Word x = ws.get(j);
        if (covered[x.ts()]) {
          break;
        }
        if (nw[j] || orgSuffix.contains(x.text()) && e == j - 1 || namePart(x)) {
          e = j;
        } else if (connectors.contains(x.text()) && j + 1 < n && adjacent(t, x, ws.get(j + 1)) && nw[j + 1]) {
          e = j + 1;
          j++;
        } else {
          break;
        }
      }
      if (!free(covered, ws, i, e)) {
        i++;
        continue;
      }
      // a given name that is also a word starts the name it stands before: gigi hadid, alan kurdi
      int s0 = i;
      Word pp0 = prev != null && i > 1 && adjacent(t, ws.get(i - 2), prev) ? ws.get(i - 2) : null;
      boolean afterRole = pp0 != null && (personBefore.contains(pp0.text()) || speechBefore.contains(pp0.text()))
          && prev.letters() && prev.text().length() >= 3 && !core.contains(prevText) && !function.contains(prevText)
          && !affixed(prevText) && !locHead.contains(prevText) && !orgHead.contains(prevText);
      if (prev != null && !covered[prev.ts()] && (givenNames.contains(prevText) && namePart(prev) || afterRole)
          && (out.isEmpty() || out.get(out.size() - 1).te() < prev.ts())) {
        s0 = i - 1;
        Word pp = s0 > 0 && adjacent(t, ws.get(s0 - 1), prev) ? ws.get(s0 - 1) : null;
        prevText = pp == null ? "" : pp.text();
      }
      EntityType type = type(t, ws, s0, e, prevText);
      if (type != null) {
        out.add(new Span(ws.get(s0).ts(), ws.get(e).te(), type));
      }
      i = e + 1;
    }
    return out;
  }

  private static String runText(List<Word> ws, int i, int e) {
    StringBuilder b = new StringBuilder(ws.get(i).text());
    for (int k = i + 1; k <= e; k++) {
      b.append(' ').append(ws.get(k).text());
    }
    return b.toString();
  }

  private static boolean free(boolean[] covered, List<Word> ws, int i, int e) {
    for (int q = ws.get(i).ts(); q <= ws.get(e).te(); q++) {
      if (covered[q]) {
        return false;
      }
    }
    return true;
  }

  private EntityType type(Tokens t, List<Word> ws, int i, int e, String prev) {
    Word first = ws.get(i);
    Word last = ws.get(e);
    String next = e + 1 < ws.size() && adjacent(t, last, ws.get(e + 1)) ? ws.get(e + 1).text() : "";
    boolean single = i == e;
    boolean model = false;
    for (int k = i; k <= e; k++) {
      model |= !ws.get(k).letters() && !ws.get(k).domain();
    }
    if (last.domain() || orgSuffix.contains(last.text()) && !single || orgBefore.contains(prev) || model) {
      return EntityType.ORGANIZATION;
    }
    if (brands.contains(first.text()) || !single && brands.contains(runText(ws, i, e))) {
      return EntityType.ORGANIZATION; // a brand, a product or a service: samsung, instagram, app store
    }
    if (personBefore.contains(prev) || speechBefore.contains(prev) || personAfter.contains(next)) {
      return EntityType.PERSON;
    }
    if (locPrep.contains(prev)) {
      return EntityType.LOCATION;
    }
    if (givenNames.contains(first.text()) || !single && surnames.contains(last.text())) {
      return EntityType.PERSON;
    }
    String s = first.text();
    if (single && (s.length() < 4 || !hasVowel(s) || !first.letters())) {
      return null; // an acronym or model number without a cue
    }
    return EntityType.PERSON;
  }

  /**
   * The shipped lists that know the lower-case word {@code w}, as short feature names for
   * {@link IndonesianNameFeatures}: vocabulary, core and common words, given names, surnames, places,
   * brands, the cue lists, unknown to every vocabulary, affixed.
   */
  void wordClasses(String w, List<String> out) {
    if (vocab.contains(w)) {
      out.add("voc");
    }
    if (core.contains(w)) {
      out.add("core");
    }
    if (common.contains(w)) {
      out.add("com");
    }
    if (givenNames.contains(w)) {
      out.add("giv");
    }
    if (surnames.contains(w)) {
      out.add("sur");
    }
    if (places.contains(w)) {
      out.add("pla");
    }
    if (surePlaces.contains(w)) {
      out.add("spla");
    }
    if (brands.contains(w)) {
      out.add("bra");
    }
    if (function.contains(w)) {
      out.add("fun");
    }
    if (notName.contains(w)) {
      out.add("not");
    }
    if (personBefore.contains(w)) {
      out.add("pbef");
    }
    if (personAfter.contains(w)) {
      out.add("paft");
    }
    if (speechBefore.contains(w)) {
      out.add("spe");
    }
    if (locHead.contains(w)) {
      out.add("lhead");
    }
    if (locPrep.contains(w)) {
      out.add("lprep");
    }
    if (direction.contains(w)) {
      out.add("dir");
    }
    if (orgHead.contains(w)) {
      out.add("ohead");
    }
    if (orgSuffix.contains(w)) {
      out.add("osuf");
    }
    if (orgBefore.contains(w)) {
      out.add("obef");
    }
    int dot = w.lastIndexOf('.');
    if (dot > 0 && domains.contains(w.substring(dot + 1))) {
      out.add("dom");
    }
    boolean letters = !w.isEmpty() && w.chars().allMatch(Character::isLetter);
    if (letters && unknownWord(w)) {
      out.add("unk");
    }
    if (letters && affixed(w)) {
      out.add("aff");
    }
    if (letters && !hasVowel(w)) {
      out.add("novow");
    }
  }
}
