package org.newsclean.transforms.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds entity mentions in a document: catalog aliases, unknown names (typed from context cues),
 * dates and amounts; links short forms to full forms inside the document and gives every entity an
 * id that is stable across documents, languages and scripts.
 *
 * <p>Unknown names come from capitalised runs with their connectors (filtered by OpenNLP proper-noun
 * tags in the languages of the lexicon's {@code pos_tagger} line, see {@link ProperNouns}), from Nori
 * proper nouns in Korean text ({@link KoreanNames}), from ICU place names ({@link Gazetteer}) and,
 * in text written entirely in lower case, from role and speech cues. A name in a non-Latin script
 * joins a Latin name of the same phonetic skeleton ({@link EntityIds#phonetic}) of the document or
 * of the catalog. Every cue list is data: {@code extraction-lexicon.tsv}.
 *
 * <p>Immutable and thread-safe; build once per JVM (construction compiles the catalog into a token
 * trie; {@link #extract} does no regex compilation and no catalog building).
 */
public final class EntityExtractor {

  private static final int K_CATALOG = 0;
  private static final int K_CASE = 1;
  private static final int K_DATE = 2;
  private static final int K_AMOUNT = 3;
  private static final int K_FOUND = 4;

  /** Trie over alias tokens. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    List<Alias> terminals;
  }

  /** One alias form at a trie terminal. */
  private record Alias(String form, String upper, EntityCatalog.Entry entry, boolean caseSensitive, boolean anyCase) {}

  private final EntityCatalog catalog;
  private final Lexicon lex;
  private final KoreanNames korean;
  private final Node root = new Node();
  /** First syllables of the Hangul alias tokens: a Hangul word starting otherwise matches no alias + particle. */
  private final java.util.BitSet hangulFirst = new java.util.BitSet(0xD7A4 - 0xAC00);
  /** catalog PERSON id -> keys of the last word of its multi-word Latin aliases. */
  private final Map<String, List<String>> personLastKeys = new HashMap<>();
  private final Map<String, Set<String>> stopCache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> connectorsCache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> lowerPlaces = new ConcurrentHashMap<>();
  /** lang -> ICU's place names plus the lexicon's. */
  private final Map<String, Set<String>> placesCache = new ConcurrentHashMap<>();
  /**
   * Per tagged language, the part-of-speech features of words seen (a pure function of the word: the tags
   * are the same with or without it), at most {@link #POS_MEMO_WORDS} words.
   */
  private final Map<String, java.util.Optional<GreedyPosTagger.Memo>> posMemos = new ConcurrentHashMap<>();
  private static final int POS_MEMO_WORDS = 200_000;

  /** Whether cased Indonesian goes through the trained name finder ({@link IndonesianNames#cased}). */
  private final boolean casedIdModel;

  public EntityExtractor(EntityCatalog catalog) {
    this(catalog, true);
  }

  private EntityExtractor(EntityCatalog catalog, boolean casedIdModel) {
    this.casedIdModel = casedIdModel;
    this.catalog = catalog;
    this.lex = Lexicon.get();
    this.korean = new KoreanNames(lex);
    for (EntityCatalog.Entry e : catalog.entries()) {
      for (String alias : e.aliases()) {
        addAlias(alias, e);
      }
      addPhonetic(e);
      if (e.type() == EntityType.PERSON) {
        Set<String> keys = new HashSet<>();
        for (String alias : e.aliases()) {
          String[] parts = alias.strip().split("\\s+");
          if (parts.length >= 2 && isLatinish(parts[parts.length - 1])) {
            keys.add(EntityIds.key(parts[parts.length - 1]));
          }
        }
        personLastKeys.put(e.id(), List.copyOf(keys));
      }
    }
  }

  /** Phonetic skeleton (no spaces) of a Latin alias -> its entry; null value: more than one entry. */
  private final Map<String, EntityCatalog.Entry> phoneticAliases = new HashMap<>();

  private static final int MIN_PHONETIC = 4;

  private void addPhonetic(EntityCatalog.Entry e) {
    for (String alias : e.aliases()) {
      if (!isLatinish(alias) || alias.length() < 5) {
        continue;
      }
      String ph = EntityIds.phonetic(EntityIds.key(alias)).replace(" ", "");
      if (ph.length() < MIN_PHONETIC) {
        continue;
      }
      EntityCatalog.Entry prev = phoneticAliases.get(ph);
      if (phoneticAliases.containsKey(ph) && (prev == null || !prev.id().equals(e.id()))) {
        phoneticAliases.put(ph, null);
      } else {
        phoneticAliases.put(ph, e);
      }
    }
  }

  private static boolean isOtherScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
      if (sc == Character.UnicodeScript.HANGUL || sc == Character.UnicodeScript.CYRILLIC
          || sc == Character.UnicodeScript.GREEK || sc == Character.UnicodeScript.KATAKANA
          || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.ARABIC
          || sc == Character.UnicodeScript.HEBREW || sc == Character.UnicodeScript.THAI) {
        return true;
      }
    }
    return false;
  }

  /**
   * Unknown names written in a non-Latin script join a Latin name of the same phonetic skeleton:
   * first one found in this document, then a catalog alias (the catalog may lack this script's form).
   */
  private void linkAcrossScripts(List<Cand> chosen) {
    Map<String, Cand> latin = null;
    for (Cand c : chosen) {
      if (c.kind != K_FOUND || c.surface == null || !isOtherScript(c.surface) || !nameType(c.type)) {
        continue;
      }
      String ph = EntityIds.phonetic(EntityIds.key(c.surface)).replace(" ", "");
      if (ph.length() < MIN_PHONETIC) {
        continue;
      }
      if (latin == null) {
        latin = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (Cand l : chosen) {
          if ((l.kind == K_FOUND || l.kind == K_CATALOG) && l.name != null && nameType(l.type)
              && !isOtherScript(l.name)) {
            String lp = EntityIds.phonetic(EntityIds.key(l.name)).replace(" ", "");
            Cand prev = latin.putIfAbsent(lp, l);
            if (prev != null && !prev.id.equals(l.id)) {
              clash.add(lp);
            }
          }
        }
        latin.keySet().removeAll(clash);
      }
      Cand target = latin.get(ph);
      if (target != null) {
        c.id = target.id;
        c.name = target.name;
        c.type = target.type;
        continue;
      }
      EntityCatalog.Entry e = phoneticAliases.get(ph);
      if (e != null) {
        c.kind = K_CATALOG;
        c.id = e.id();
        c.name = e.name();
        c.type = e.type();
      }
    }
  }

  private static boolean nameType(EntityType t) {
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION || t == EntityType.PRODUCT;
  }

  private static final class RulesOnly {
    static final EntityExtractor INSTANCE = create();

    private static EntityExtractor create() {
      try {
        return new EntityExtractor(EntityCatalog.parse(new java.io.StringReader(""), "none"), false);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * An extractor with no catalog whose names come from the rules alone, without the cased Indonesian name finder:
   * what that finder reads as one of its features ({@link IndonesianNameFeatures}).
   */
  static EntityExtractor rulesOnly() {
    return RulesOnly.INSTANCE;
  }

  /** An extractor over the shipped catalog. */
  public static EntityExtractor withDefaultCatalog() {
    return new EntityExtractor(EntityCatalog.loadDefault());
  }

  private static boolean isLatinish(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && c >= 0x1100) {
        return false;
      }
    }
    return true;
  }

  private void addAlias(String alias, EntityCatalog.Entry e) {
    Tokens t = new Tokens(alias);
    if (t.n == 0) {
      return;
    }
    Node node = root;
    StringBuilder form = new StringBuilder();
    int letters = 0;
    boolean hasUpper = false;
    boolean hasLatin = false;
    for (int i = 0; i < t.n; i++) {
      String key = (i > 0 && t.space[i] ? " " : "") + t.lower(i);
      node = node.next.computeIfAbsent(key, k -> new Node());
      char c0 = alias.charAt(t.start[i]);
      if (t.kind[i] == Tokens.HANGUL && c0 >= 0xAC00 && c0 <= 0xD7A3) {
        hangulFirst.set(c0 - 0xAC00);
      }
      if (i > 0 && t.space[i]) {
        form.append(' ');
      }
      form.append(t.text(i));
      if (t.kind[i] == Tokens.LETTER || t.kind[i] == Tokens.DIGIT) {
        letters += t.end[i] - t.start[i];
      }
      if (t.kind[i] == Tokens.LETTER) {
        hasLatin = true;
        if (!t.isAllLower(i)) {
          hasUpper = true;
        }
      }
    }
    if (node.terminals == null) {
      node.terminals = new ArrayList<>(1);
    }
    String f = form.toString();
    boolean caseSensitive = hasLatin && letters <= 4;
    boolean anyCase = !hasLatin || !hasUpper;
    // a later (user) entry with the same form takes precedence: put it first
    node.terminals.removeIf(a -> a.form().equals(f) && a.entry().id().equals(e.id()));
    node.terminals.add(0, new Alias(f, f.toUpperCase(Locale.ROOT), e, caseSensitive, anyCase));
  }

  /** Number of catalog entities this extractor knows. */
  public int catalogSize() {
    return catalog.size();
  }

  // ------------------------------------------------------------------------------------------

  /** A candidate mention. */
  private static final class Cand {
    int ts;
    int te; // token span, inclusive
    int s;
    int e; // char span
    int kind;
    String id;
    String name;
    EntityType type;
    // discovery
    String surface;
    String key;
    boolean strong; // type from structure or cue
    boolean structural; // type from the name itself (suffix, head word, domain, case connector)
    boolean initial;
    boolean title;
    int words;
    boolean camel;
    /** every word a proper noun for the language's tagger (false when the language has none). */
    boolean tagged;
    /** right after an article or determiner (de: der Darsteller): a lone word there is a common noun. */
    boolean afterDeterminer;
    Group group;

    Cand(int kind, int ts, int te, int s, int e) {
      this.kind = kind;
      this.ts = ts;
      this.te = te;
      this.s = s;
      this.e = e;
    }
  }

  /** Unknown entity inside one document. */
  private static final class Group {
    String key;
    String name;
    EntityType type;
    boolean strong;
    String catalogId; // when a short form joined a catalog person
  }

  /**
   * Mentions in {@code text}, sorted by start, non-overlapping.
   *
   * @param language ISO 639-1 code, or "und"
   */
  public List<Mention> extract(String text, String language) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    Tokens t = new Tokens(text);
    List<Cand> cands = new ArrayList<>();
    matchCatalog(t, cands);
    matchDates(t, cands);
    matchAmounts(t, cands, lang);
    int[] owner = new int[t.n];
    java.util.Arrays.fill(owner, -1);
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      for (int k = c.ts; k <= c.te; k++) {
        if (owner[k] < 0) {
          owner[k] = i;
        }
      }
    }
    matchCases(t, cands, owner);
    List<Cand> chosen = resolve(cands, t.n);
    boolean[] covered = new boolean[t.n];
    for (Cand c : chosen) {
      for (int k = c.ts; k <= c.te; k++) {
        covered[k] = true;
      }
    }
    if (KoreanNames.hasHangul(text)) {
      chosen.addAll(discoverKorean(t, covered));
    }
    Map<String, Set<String>> lowerCues = lex.lowerCues.get(lang);
    boolean lowerId = lang.equals("id") && IndonesianLowercase.mostlyLower(text);
    if (lowerId) {
      // the trained name finder, which reads the hand-written rules' output over the document as one of its features
      IndonesianLowercase lower = IndonesianLowercase.get();
      for (IndonesianLowercase.Span sp
          : lower.findWithModel(t, covered, IndonesianNames.shipped(), false, lower.ruleTags(t), null, null)) {
        chosen.add(lowerCand(t, covered, sp.ts(), sp.te(), sp.type()));
      }
    } else if (lowerCues != null && !hasUpper(text)) {
      chosen.addAll(discoverLowercase(t, covered, lang, lowerCues));
    }
    List<Cand> found = discover(t, covered, lang, chosen);
    if (casedIdModel && lang.equals("id") && !lowerId) {
      found = withCasedModel(t, covered, found);
    }
    chosen.addAll(found);
    linkAcrossScripts(chosen);
    chosen.sort(Comparator.comparingInt(c -> c.s));
    List<Mention> out = new ArrayList<>(chosen.size());
    int lastEnd = -1;
    for (Cand c : chosen) {
      if (c.s < lastEnd) {
        continue;
      }
      out.add(new Mention(c.s, c.e, text.substring(c.s, c.e), c.id, c.name, c.type));
      lastEnd = c.e;
    }
    return out;
  }

  /** Longest candidate first, then by kind; greedy non-overlapping selection on tokens. */
  private static List<Cand> resolve(List<Cand> cands, int n) {
    List<Cand> sorted = new ArrayList<>(cands);
    sorted.sort(Comparator.<Cand>comparingInt(c -> -(c.e - c.s)).thenComparingInt(c -> c.kind).thenComparingInt(c -> c.s));
    boolean[] used = new boolean[n];
    List<Cand> out = new ArrayList<>();
    for (Cand c : sorted) {
      boolean free = true;
      for (int k = c.ts; k <= c.te && free; k++) {
        free = !used[k];
      }
      if (free) {
        for (int k = c.ts; k <= c.te; k++) {
          used[k] = true;
        }
        out.add(c);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------- catalog aliases

  private static boolean isAlnum(Tokens t, int i) {
    return t.kind[i] == Tokens.LETTER || t.kind[i] == Tokens.DIGIT;
  }

  private static boolean startOk(Tokens t, int i) {
    if (i == 0 || t.space[i]) {
      return true;
    }
    byte k = t.kind[i];
    int p = i - 1;
    if (k == Tokens.LETTER || k == Tokens.DIGIT) {
      if (isAlnum(t, p)) {
        return false;
      }
      // "anti-Acme", "Foo.AI": not a start inside a hyphenated / dotted word
      if ((t.isPunct(p, '-') || t.isPunct(p, '.')) && p > 0 && !t.space[p] && isAlnum(t, p - 1)) {
        return false;
      }
    } else if (k == Tokens.HANGUL) {
      return t.kind[p] != Tokens.HANGUL;
    }
    return true;
  }

  private static boolean endOk(Tokens t, int j) {
    int nx = j + 1;
    if (nx >= t.n || t.space[nx]) {
      return true;
    }
    byte k = t.kind[j];
    byte kn = t.kind[nx];
    if (k == Tokens.CJK) {
      return true;
    }
    if (k == Tokens.LETTER || k == Tokens.DIGIT) {
      if (kn == Tokens.LETTER || kn == Tokens.DIGIT) {
        return false;
      }
      if ((t.isPunct(nx, '-') || t.isPunct(nx, '.')) && nx + 1 < t.n && !t.space[nx + 1] && isAlnum(t, nx + 1)) {
        return false;
      }
      return true;
    }
    if (k == Tokens.HANGUL) {
      return kn != Tokens.LETTER && kn != Tokens.DIGIT && kn != Tokens.HANGUL;
    }
    return true;
  }

  private static boolean allLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameInitialCase(String alias, String surface) {
    int a = firstLetter(alias);
    int b = firstLetter(surface);
    return a < 0 || b < 0 || Character.isUpperCase(a) == Character.isUpperCase(b);
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return -1;
  }

  private static Alias pick(List<Alias> as, String surface) {
    for (Alias a : as) {
      if (a.form().equals(surface)) {
        return a;
      }
    }
    for (Alias a : as) {
      if (a.anyCase()) {
        return a;
      }
      if (surface.equals(a.upper()) && a.form().length() >= 2) {
        return a;
      }
      if (!a.caseSensitive() && !allLower(surface) && sameInitialCase(a.form(), surface)) {
        return a;
      }
    }
    return null;
  }

  private void matchCatalog(Tokens t, List<Cand> out) {
    StringBuilder surf = new StringBuilder();
    int i = 0;
    while (i < t.n) {
      byte k0 = t.kind[i];
      if (k0 == Tokens.PUNCT && !(t.isPunct(i, '$') || t.isPunct(i, '€')) || !startOk(t, i)) {
        i++;
        continue;
      }
      Node node = root;
      surf.setLength(0);
      Cand best = null;
      for (int j = i; j < t.n; j++) {
        if (j > i && t.newline[j]) {
          break;
        }
        String low = t.lower(j);
        String sep = j > i && t.space[j] ? " " : "";
        char c0 = t.text.charAt(t.start[j]);
        if (t.kind[j] == Tokens.HANGUL && c0 >= 0xAC00 && c0 <= 0xD7A3 && hangulFirst.get(c0 - 0xAC00) && endOk(t, j)) {
          // alias followed by a particle: 메타는 -> 메타
          String word = low;
          for (String p : lex.particles) {
            if (word.length() > p.length() && word.endsWith(p)) {
              String stem = word.substring(0, word.length() - p.length());
              Node n2 = node.next.get(sep + stem);
              if (n2 != null && n2.terminals != null) {
                String sf = surf + sep + stem;
                Alias a = pick(n2.terminals, sf);
                if (a != null) {
                  Cand c = new Cand(K_CATALOG, i, j, t.start[i], t.start[j] + stem.length());
                  c.id = a.entry().id();
                  c.name = a.entry().name();
                  c.type = a.entry().type();
                  if (best == null || c.e > best.e) {
                    best = c;
                  }
                  break;
                }
              }
            }
          }
        }
        Node nx = node.next.get(sep.isEmpty() ? low : sep + low);
        if (nx == null) {
          break;
        }
        node = nx;
        surf.append(sep).append(t.text, t.start[j], t.end[j]);
        if (node.terminals != null && endOk(t, j)) {
          Alias a = pick(node.terminals, surf.toString());
          if (a != null) {
            Cand c = new Cand(K_CATALOG, i, j, t.start[i], t.end[j]);
            c.id = a.entry().id();
            c.name = a.entry().name();
            c.type = a.entry().type();
            if (best == null || c.e >= best.e) {
              best = c;
            }
          }
        }
      }
      if (best != null && !surnameOfAPerson(t, best, out)) {
        out.add(best);
        i = best.te + 1;
      } else {
        i++;
      }
    }
  }

  /**
   * A one-word catalog name of something other than a person right after a given name, on the same
   * line ("Mick Box", "Ana Meta"): the word is that person's surname, not the catalog's company. Not
   * when that given name is itself a catalog name ("Claude Anthropic": a product and its maker).
   */
  private boolean surnameOfAPerson(Tokens t, Cand c, List<Cand> found) {
    if (!found.isEmpty() && found.get(found.size() - 1).te == c.ts - 1) {
      return false;
    }
    if (c.type == EntityType.PERSON || c.ts != c.te || c.ts == 0 || !t.space[c.ts] || t.newline[c.ts]
        || t.kind[c.ts] != Tokens.LETTER || t.kind[c.ts - 1] != Tokens.LETTER) {
      return false;
    }
    String prev = t.text(c.ts - 1);
    return Character.isUpperCase(prev.charAt(0)) && lex.givenNames.contains(prev);
  }

  private static boolean hasUpper(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names in text written entirely in lower case (chat, social media, lower-cased corpora), where
   * capitals say nothing: ICU place names (lower-cased) are LOCATIONs; words right after a role
   * ({@code presiden}, {@code menteri}) or a speech word ({@code kata}), or right before a speech
   * verb ({@code mengatakan}), up to a function word or punctuation, are a PERSON. The cue lists are
   * the {@code lower_*} kinds of the lexicon, per language.
   */
  private List<Cand> discoverLowercase(Tokens t, boolean[] covered, String lang, Map<String, Set<String>> cues) {
    Set<String> function = cues.getOrDefault("function", Set.of());
    Set<String> before = cues.getOrDefault("person_before", Set.of());
    Set<String> after = cues.getOrDefault("person_after", Set.of());
    Set<String> speech = cues.getOrDefault("speech_before", Set.of());
    Set<String> places = lowerPlaces.computeIfAbsent(lang, l -> {
      Set<String> p = new HashSet<>();
      for (String name : Gazetteer.places(l)) {
        p.add(name.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(p);
    });
    List<Cand> out = new ArrayList<>();
    int n = t.n;
    for (int i = 0; i < n; i++) {
      if (covered[i] || t.kind[i] != Tokens.LETTER || i > 0 && !t.space[i] && t.kind[i - 1] != Tokens.PUNCT) {
        continue;
      }
      // places: the longest run of up to three words that ICU names
      int placeEnd = -1;
      StringBuilder b = new StringBuilder();
      for (int j = i, w = 0; j < n && w < 3; j++, w++) {
        if (t.kind[j] != Tokens.LETTER || covered[j] || j > i && !t.space[j]) {
          break;
        }
        if (j > i) {
          b.append(' ');
        }
        b.append(t.text(j));
        if (places.contains(b.toString()) && (j + 1 >= n || t.space[j + 1] || t.kind[j + 1] == Tokens.PUNCT)) {
          placeEnd = j;
        }
      }
      if (placeEnd >= 0) {
        out.add(lowerCand(t, covered, i, placeEnd, EntityType.LOCATION));
        i = placeEnd;
        continue;
      }
      String w = t.text(i);
      if (before.contains(w) || speech.contains(w)) {
        int e = i;
        for (int j = i + 1; j < n && j <= i + 3; j++) {
          String wj = t.text(j);
          if (t.kind[j] != Tokens.LETTER || covered[j] || !t.space[j] || function.contains(wj) || before.contains(wj)
              || after.contains(wj) || speech.contains(wj) || t.end[j] - t.start[j] < 2) {
            break;
          }
          e = j;
        }
        boolean closed = e + 1 >= n || t.kind[e + 1] == Tokens.PUNCT || function.contains(t.text(e + 1))
            || after.contains(t.text(e + 1));
        if (e > i && (closed || before.contains(w))) {
          out.add(lowerCand(t, covered, i + 1, e, EntityType.PERSON));
          i = e;
        }
        continue;
      }
      if (after.contains(w) && i > 0) {
        int s = i;
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
          if (t.kind[j] != Tokens.LETTER || covered[j] || function.contains(t.text(j)) || before.contains(t.text(j))
              || t.end[j] - t.start[j] < 2 || j + 1 < n && !t.space[j + 1]) {
            break;
          }
          s = j;
        }
        boolean opened = s == 0 || t.kind[s - 1] == Tokens.PUNCT || function.contains(t.text(s - 1))
            || before.contains(t.text(s - 1));
        if (s < i && opened) {
          boolean free = true;
          for (int q = s; q < i; q++) {
            free &= !covered[q];
          }
          if (free) {
            out.add(lowerCand(t, covered, s, i - 1, EntityType.PERSON));
          }
        }
      }
    }
    return out;
  }

  /**
   * Cased Indonesian: the trained name finder ({@link IndonesianNames#cased}) reads the rules' persons, organisations
   * and places of the whole document as one of its features and judges them. A rule's name stays when the finder
   * found the same span (with the finder's type), when it is {@link #settled}, or when the finder did not read its
   * sentence (nothing there for it to change); the others are dropped. Names of two or more words that the finder
   * found where no rule's name is are added, unless they start with an acronym of the lexicon (AI, CEO) or are
   * common words. The rules' other names (products, cases) stay as they are.
   */
  private List<Cand> withCasedModel(Tokens t, boolean[] covered, List<Cand> found) {
    String[] tokenRules = new String[t.n];
    java.util.Arrays.fill(tokenRules, "O");
    for (Cand c : found) {
      if (scoredType(c.type)) {
        for (int k = c.ts; k <= c.te; k++) {
          tokenRules[k] = (k == c.ts ? "B-" : "I-") + c.type.name();
        }
      }
    }
    // the rules' names the finder would judge: those without direct evidence, unknown words or links
    boolean[] settled = new boolean[found.size()];
    boolean[] needed = new boolean[t.n];
    for (int i = 0; i < found.size(); i++) {
      Cand c = found.get(i);
      settled[i] = !scoredType(c.type) || settled(c);
      if (!settled[i]) {
        for (int k = c.ts; k <= c.te; k++) {
          needed[k] = true;
        }
      }
    }
    boolean[] judged = new boolean[t.n];
    List<IndonesianLowercase.Span> spans =
        IndonesianLowercase.get().findWithModel(t, covered, IndonesianNames.cased(), true, tokenRules, needed, judged);
    List<Cand> out = new ArrayList<>(found.size() + spans.size());
    boolean[] used = new boolean[t.n];
    for (int i = 0; i < found.size(); i++) {
      Cand c = found.get(i);
      IndonesianLowercase.Span same = null;
      for (IndonesianLowercase.Span sp : spans) {
        if (sp.ts() == c.ts && sp.te() == c.te) {
          same = sp;
        }
      }
      if (settled[i] || !judged[c.ts] || same != null) {
        if (same != null && scoredType(c.type)) {
          c.type = same.type();
        }
        out.add(c);
        for (int k = c.ts; k <= c.te; k++) {
          used[k] = true;
        }
      }
    }
    boolean[] scratch = new boolean[t.n]; // lowerCand marks tokens covered; these are not the document's
    for (IndonesianLowercase.Span sp : spans) {
      boolean free = sp.te() > sp.ts();
      for (int k = sp.ts(); k <= sp.te(); k++) {
        free &= !used[k];
      }
      String surface = t.text.substring(t.start[sp.ts()], t.end[sp.te()]);
      boolean veto = lex.acronyms.contains(surface.split("[\\s,]+")[0]) || IndonesianLowercase.get().commonPhrase(surface);
      if (free && !veto) {
        out.add(lowerCand(t, scratch, sp.ts(), sp.te(), sp.type()));
      }
    }
    return out;
  }

  /** A rule's name the cased finder keeps whatever it reads: direct evidence, every word unknown, or a link. */
  private static boolean settled(Cand c) {
    boolean link = c.kind != K_FOUND || c.name != null && !c.name.equals(c.surface);
    return c.structural || c.strong || link || unknownWords(c.surface);
  }

  private static boolean scoredType(EntityType t) {
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION;
  }

  /** Every word of {@code surface} is unknown to the Indonesian vocabularies (an invented or foreign name). */
  private static boolean unknownWords(String surface) {
    for (String w : surface.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (!w.isEmpty() && !IndonesianLowercase.get().unknownWord(w)) {
        return false;
      }
    }
    return true;
  }

  private Cand lowerCand(Tokens t, boolean[] covered, int ts, int te, EntityType type) {
    Cand c = new Cand(K_FOUND, ts, te, t.start[ts], t.end[te]);
    for (int q = ts; q <= te; q++) {
      covered[q] = true;
    }
    c.surface = t.text.substring(c.s, c.e);
    c.key = EntityIds.key(c.surface);
    c.id = EntityIds.forKey(c.key);
    c.name = c.surface;
    c.type = type;
    c.strong = true;
    return c;
  }

  /** Korean names (Nori proper nouns) not covered by a catalog, case, date or amount mention; marks their tokens. */
  private List<Cand> discoverKorean(Tokens t, boolean[] covered) {
    List<KoreanNames.Span> spans = korean.find(t.text);
    List<Cand> out = new ArrayList<>(spans.size());
    Map<String, Cand> first = new HashMap<>();
    int k = 0;
    for (KoreanNames.Span sp : spans) {
      while (k < t.n && t.end[k] <= sp.start()) {
        k++;
      }
      int ts = k;
      int te = k;
      boolean free = true;
      for (int q = k; q < t.n && t.start[q] < sp.end(); q++) {
        free &= !covered[q];
        te = q;
      }
      if (!free || ts >= t.n) {
        continue;
      }
      for (int q = ts; q <= te; q++) {
        covered[q] = true;
      }
      Cand c = new Cand(K_FOUND, ts, te, sp.start(), sp.end());
      c.surface = t.text.substring(sp.start(), sp.end());
      c.key = EntityIds.key(c.surface);
      c.type = sp.type();
      c.strong = sp.strong();
      Cand f = first.putIfAbsent(c.key, c);
      if (f != null) {
        c.type = f.type; // one type per name inside a document
      }
      c.id = EntityIds.forKey(c.key);
      c.name = c.surface;
      out.add(c);
    }
    return out;
  }

  // ---------------------------------------------------------------------- legal cases

  private boolean isCapWordToken(Tokens t, int i) {
    return t.kind[i] == Tokens.LETTER && t.isUpperInitial(i);
  }

  /** X v. Y, X vs. Y, X c. Y (Latin); X 대 Y followed by a case noun (Korean). */
  private void matchCases(Tokens t, List<Cand> cands, int[] owner) {
    int n = t.n;
    List<Cand> add = new ArrayList<>();
    for (int c = 1; c < n - 1; c++) {
      boolean latin = t.kind[c] == Tokens.LETTER && t.space[c] && lex.caseConnectors.contains(t.text(c));
      boolean hangul = t.kind[c] == Tokens.HANGUL && t.space[c] && t.end[c] - t.start[c] == 1 && t.firstChar(c) == '대';
      if (!latin && !hangul) {
        continue;
      }
      int r = c + 1;
      if (latin) {
        boolean dot = t.isPunct(r, '.') && !t.space[r];
        if (dot) {
          r++;
        } else if ("c".equals(t.text(c))) {
          continue;
        }
        if (r >= n || !t.space[r] || t.newline[r] || !isCapWordToken(t, r) && owner[r] < 0) {
          continue;
        }
        if (!isCapWordToken(t, c - 1) && owner[c - 1] < 0) {
          continue;
        }
      } else {
        if (t.kind[c - 1] != Tokens.HANGUL || t.kind[r] != Tokens.HANGUL || !t.space[r]) {
          continue;
        }
        // the case noun must follow within a few tokens (사건, 소송, 재판, 판결)
        boolean cue = false;
        for (int q = r + 1; q < Math.min(n, r + 8) && !cue; q++) {
          String w = t.text(q);
          cue = w.startsWith("사건") || w.startsWith("소송") || w.startsWith("재판") || w.startsWith("판결");
        }
        if (!cue) {
          continue;
        }
      }
      int left = partyStart(t, c - 1, owner);
      int right = partyEnd(t, r, owner);
      int endChar = t.end[right];
      if (t.kind[right] == Tokens.HANGUL) {
        String stem = lex.stripParticle(t.text(right));
        if (stem != null) {
          endChar = t.start[right] + stem.length();
        }
      }
      Cand cd = new Cand(K_CASE, left, right, t.start[left], endChar);
      cd.surface = t.text.substring(cd.s, cd.e);
      cd.type = EntityType.LEGAL_CASE;
      cd.strong = true;
      add.add(cd);
    }
    for (Cand cd : add) {
      cands.add(cd);
      cd.key = EntityIds.caseKey(cd.surface);
      cd.id = EntityIds.forKey(cd.key);
      cd.name = cd.surface;
    }
  }

  private int partyStart(Tokens t, int i, int[] owner) {
    int s = i;
    if (owner[s] >= 0) {
      // whole catalog mention
      while (s > 0 && owner[s - 1] == owner[i]) {
        s--;
      }
    }
    while (s > 0 && !t.space[s] && (isAlnum(t, s - 1) || t.isPunct(s - 1, '-') || t.isPunct(s - 1, '\''))) {
      s--;
    }
    int words = 1;
    while (words < 4 && s > 0 && t.space[s] && !t.newline[s] && isCapWordToken(t, s - 1)
        && !stopLike(t.text(s - 1))) {
      s--;
      while (s > 0 && !t.space[s] && (isAlnum(t, s - 1) || t.isPunct(s - 1, '-'))) {
        s--;
      }
      words++;
    }
    // a party never starts with a stop word ("Dans Doe c. Acme")
    if (s < i && stopLike(t.text(s))) {
      s++;
      while (s < i && !t.space[s]) {
        s++;
      }
    }
    return s;
  }

  private boolean stopLike(String w) {
    return lex.stopAny.contains(w) || lex.acronyms.contains(w) || lex.personBefore.contains(w.toLowerCase(Locale.ROOT));
  }

  private int partyEnd(Tokens t, int i, int[] owner) {
    int e = i;
    if (owner[e] >= 0) {
      while (e + 1 < t.n && owner[e + 1] == owner[i]) {
        e++;
      }
    }
    while (e + 1 < t.n && !t.space[e + 1] && isAlnum(t, e + 1) && t.kind[e] != Tokens.HANGUL) {
      e++;
    }
    int words = 1;
    while (words < 4 && e + 1 < t.n && t.space[e + 1] && !t.newline[e + 1] && isCapWordToken(t, e + 1)
        && !stopLike(t.text(e + 1))) {
      e++;
      while (e + 1 < t.n && !t.space[e + 1] && (isAlnum(t, e + 1) || t.isPunct(e + 1, '-'))) {
        e++;
      }
      words++;
    }
    return e;
  }

  // ---------------------------------------------------------------------- dates

  private static int intVal(Tokens t, int i) {
    int v = 0;
    for (int k = t.start[i]; k < t.end[i]; k++) {
      int d = Character.digit(t.text.charAt(k), 10);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private Integer monthAt(Tokens t, int i) {
    if (i < 0 || t.kind[i] != Tokens.LETTER) {
      return null;
    }
    return lex.months.get(t.lower(i));
  }

  private void matchDates(Tokens t, List<Cand> out) {
    for (int y = 0; y < t.n; y++) {
      if (t.kind[y] != Tokens.DIGIT || t.end[y] - t.start[y] != 4) {
        continue;
      }
      int year = intVal(t, y);
      if (year < 1600 || year > 2199) {
        continue;
      }
      if (y > 0 && !t.space[y] && (isAlnum(t, y - 1) || t.isPunct(y - 1, '.') || t.isPunct(y - 1, ','))) {
        continue;
      }
      int nx = y + 1;
      // Korean: 2024년 7월 (15일)
      if (nx < t.n && !t.space[nx] && t.kind[nx] == Tokens.HANGUL && t.text.charAt(t.start[nx]) == '년') {
        int end = t.start[nx] + 1;
        int te = nx;
        String iso = Integer.toString(year);
        int m = nx + 1;
        if (m + 1 < t.n && t.kind[m] == Tokens.DIGIT && t.kind[m + 1] == Tokens.HANGUL && !t.space[m + 1]
            && t.text.charAt(t.start[m + 1]) == '월' && t.end[nx] - t.start[nx] == 1) {
          int mv = intVal(t, m);
          if (mv >= 1 && mv <= 12) {
            iso += "-" + two(mv);
            end = t.start[m + 1] + 1;
            te = m + 1;
            int d = m + 2;
            if (d + 1 < t.n && t.kind[d] == Tokens.DIGIT && t.kind[d + 1] == Tokens.HANGUL && !t.space[d + 1]
                && t.text.charAt(t.start[d + 1]) == '일' && t.end[m + 1] - t.start[m + 1] == 1) {
              int dv = intVal(t, d);
              if (dv >= 1 && dv <= 31) {
                iso += "-" + two(dv);
                end = t.start[d + 1] + 1;
                te = d + 1;
              }
            }
          }
        }
        out.add(date(y, te, t.start[y], end, iso));
        continue;
      }
      if (nx < t.n && !t.space[nx] && (isAlnum(t, nx) || t.kind[nx] == Tokens.HANGUL)) {
        continue;
      }
      int p = y - 1;
      if (p < 0 || !t.space[y]) {
        continue;
      }
      // optional "de"/"del"/"of" between month and year
      int q = p;
      if (t.kind[q] == Tokens.LETTER && ("de".equals(t.lower(q)) || "del".equals(t.lower(q)) || "of".equals(t.lower(q)))
          && q > 0 && monthAt(t, q - 1) != null) {
        q--;
      }
      boolean hadComma = false;
      if (t.isPunct(q, ',') && q > 0) {
        q--;
        hadComma = true;
      }
      Integer month = null;
      int startTok = -1;
      int day = -1;
      if (!hadComma && t.isPunct(q, '.') && q > 0 && monthAt(t, q - 1) != null) {
        q--; // abbreviation "Oct."
      }
      if (!hadComma && (month = monthAt(t, q)) != null) {
        startTok = q;
        // day before the month: 15 juillet / 15 de julho / 15. Juli / 1er juillet
        int d = q - 1;
        if (d >= 0 && "de".equals(t.lower(d)) && t.kind[d] == Tokens.LETTER) {
          d--;
        }
        if (d >= 0 && t.isPunct(d, '.')) {
          d--;
        }
        if (d >= 0 && t.kind[d] == Tokens.LETTER && ("er".equals(t.lower(d)) || "st".equals(t.lower(d))) && d > 0) {
          d--;
        }
        if (d >= 0 && t.kind[d] == Tokens.DIGIT && t.end[d] - t.start[d] <= 2) {
          int dv = intVal(t, d);
          if (dv >= 1 && dv <= 31) {
            day = dv;
            startTok = d;
          }
        }
      } else if (t.kind[q] == Tokens.DIGIT && t.end[q] - t.start[q] <= 2) {
        // July 15, 2024
        int dq = q - 1;
        if (dq >= 0 && (month = monthAt(t, dq)) != null) {
          int dv = intVal(t, q);
          if (dv >= 1 && dv <= 31) {
            day = dv;
            startTok = dq;
          } else {
            month = null;
          }
        }
      } else if (t.kind[q] == Tokens.LETTER && q > 0 && (t.lower(q).equals("st") || t.lower(q).equals("th")
          || t.lower(q).equals("nd") || t.lower(q).equals("rd")) && t.kind[q - 1] == Tokens.DIGIT && q > 1
          && (month = monthAt(t, q - 2)) != null) {
        day = intVal(t, q - 1);
        startTok = q - 2;
      }
      if (month != null && startTok >= 0) {
        String iso = year + "-" + two(month) + (day > 0 ? "-" + two(day) : "");
        out.add(date(startTok, y, t.start[startTok], t.end[y], iso));
        continue;
      }
      // bare year after a cue word
      String pl = t.kind[p] == Tokens.LETTER ? t.lower(p) : "";
      boolean cue = lex.yearCues.contains(pl)
          || "de".equals(pl) && p > 0 && "partir".equals(t.lower(p - 1));
      if (cue) {
        out.add(date(y, y, t.start[y], t.end[y], Integer.toString(year)));
      }
    }
  }

  private static Cand date(int ts, int te, int s, int e, String iso) {
    Cand c = new Cand(K_DATE, ts, te, s, e);
    c.id = EntityIds.forDate(iso);
    c.name = iso;
    c.type = EntityType.DATE;
    return c;
  }

  // ---------------------------------------------------------------------- amounts

  private static boolean commaDecimal(String lang) {
    return switch (lang) {
      case "en", "ko", "ja", "zh", "und", "th", "ms", "tl" -> false;
      default -> true;
    };
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private String scaleWordKey(Tokens t, int i) {
    return t.kind[i] == Tokens.LETTER ? t.text(i) : null;
  }

  private BigDecimal scaleOf(String w) {
    if (w == null) {
      return null;
    }
    BigDecimal v = lex.scales.get(w);
    if (v == null) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.length() > 2) {
        v = lex.scales.get(l);
      }
    }
    return v;
  }

  private String currencyOf(Tokens t, int i) {
    if (i < 0 || i >= t.n) {
      return null;
    }
    String w = t.text(i);
    String c = lex.currencies.get(w);
    if (c == null && t.kind[i] == Tokens.LETTER) {
      c = lex.currencies.get(t.lower(i));
    }
    return c;
  }

  private String unitOf(Tokens t, int i) {
    if (i < 0 || i >= t.n) {
      return null;
    }
    String u = lex.units.get(t.text(i));
    if (u == null && t.kind[i] == Tokens.LETTER) {
      u = lex.units.get(t.lower(i));
    }
    return u;
  }

  private void matchAmounts(Tokens t, List<Cand> out, String lang) {
    for (int i = 0; i < t.n; i++) {
      if (t.kind[i] == Tokens.LETTER && lex.vague.containsKey(t.lower(i))) {
        vagueAmount(t, i, out);
        continue;
      }
      if (t.kind[i] != Tokens.DIGIT) {
        continue;
      }
      if (i > 0 && !t.space[i] && (isAlnum(t, i - 1) || t.kind[i - 1] == Tokens.HANGUL
          || (t.isPunct(i - 1, '-') || t.isPunct(i - 1, '.') || t.isPunct(i - 1, ',')) && i > 1 && isAlnum(t, i - 2))) {
        continue;
      }
      // number: digits with attached separators
      int e = i;
      StringBuilder digits = new StringBuilder(t.text(i));
      List<Character> seps = new ArrayList<>(2);
      List<Integer> groupLens = new ArrayList<>(2);
      while (e + 2 < t.n && !t.space[e + 1] && !t.space[e + 2] && (t.isPunct(e + 1, '.') || t.isPunct(e + 1, ','))
          && t.kind[e + 2] == Tokens.DIGIT) {
        seps.add(t.text.charAt(t.start[e + 1]));
        groupLens.add(t.end[e + 2] - t.start[e + 2]);
        digits.append(t.text.charAt(t.start[e + 1])).append(t.text(e + 2));
        e += 2;
      }
      BigDecimal value = parseNumber(digits.toString(), seps, groupLens, lang);
      if (value == null) {
        i = e;
        continue;
      }
      int ts = i;
      int te = e;
      int s = t.start[i];
      BigDecimal mult = null;
      String scaleEn = null;
      String code = null;
      String unit = null;
      int endChar = t.end[e];
      // currency before: $ 5, US$5, Rp 5, € 5
      int b = i - 1;
      if (b >= 0 && (code = currencyOf(t, b)) != null) {
        ts = b;
        if (b > 0 && !t.space[b] && t.kind[b - 1] == Tokens.LETTER && "US".equals(t.text(b - 1))) {
          ts = b - 1;
        }
        s = t.start[ts];
      }
      int k = e + 1;
      // attached scale: 64k, 5M, 10억, 700만명
      if (k < t.n && !t.space[k]) {
        if (t.kind[k] == Tokens.LETTER) {
          BigDecimal m = lex.scales.get(t.text(k));
          if (m != null) {
            mult = m;
            te = k;
            endChar = t.end[k];
            k++;
          }
        } else if (t.kind[k] == Tokens.HANGUL) {
          String w = t.text(k);
          String first = w.substring(0, 1);
          BigDecimal m = lex.scales.get(first);
          int used = 0;
          if (m != null) {
            mult = m;
            used = 1;
          }
          String rest = w.substring(used);
          String c2 = rest.isEmpty() ? null : lex.currencies.get(rest.substring(0, 1));
          String u2 = rest.isEmpty() ? null : lex.units.get(rest.substring(0, 1));
          if (c2 != null && code == null) {
            code = c2;
            used++;
          } else if (u2 != null) {
            unit = u2;
            used++;
          }
          if (used > 0) {
            te = k;
            endChar = t.start[k] + used;
            k++;
          }
        } else if (t.isPunct(k, '%')) {
          unit = "%";
          te = k;
          endChar = t.end[k];
          k++;
        }
      }
      // spaced scale word: 700 juta, 1 billion, 64 mil, mil millones
      if (mult == null && k < t.n && t.space[k] && t.kind[k] == Tokens.LETTER) {
        BigDecimal m = scaleOf(t.text(k));
        if (m != null && t.end[k] - t.start[k] > 1) {
          mult = m;
          te = k;
          endChar = t.end[k];
          k++;
          if (m.equals(THOUSAND) && k < t.n && t.space[k] && t.kind[k] == Tokens.LETTER) {
            BigDecimal m2 = scaleOf(t.text(k));
            if (m2 != null && m2.compareTo(THOUSAND) > 0) {
              mult = m2.multiply(THOUSAND);
              te = k;
              endChar = t.end[k];
              k++;
            }
          }
        }
      }
      // currency or unit after, possibly after "de"/"of": 5 miliar dolar, 3 millions de dollars, 64 mil GPUs
      if (unit == null && k < t.n) {
        int kk = k;
        if (kk < t.n && t.kind[kk] == Tokens.LETTER && ("de".equals(t.lower(kk)) || "of".equals(t.lower(kk))
            || "d".equals(t.lower(kk))) && kk + 1 < t.n) {
          kk++;
          if (t.isPunct(kk, '\'') || t.isPunct(kk, '’')) {
            kk++;
          }
        }
        if (kk < t.n && (t.space[kk] || t.kind[kk] == Tokens.HANGUL || t.kind[kk] == Tokens.PUNCT)) {
          String c2 = code == null ? currencyOf(t, kk) : null;
          String u2 = unitOf(t, kk);
          boolean attachedOk = t.kind[kk] != Tokens.LETTER || endOk(t, kk);
          if (c2 != null && attachedOk && !(t.kind[kk] == Tokens.PUNCT && t.space[kk])) {
            code = c2;
            te = kk;
            endChar = t.end[kk];
          } else if (u2 != null && attachedOk && t.kind[kk] != Tokens.PUNCT) {
            unit = u2;
            te = kk;
            endChar = t.end[kk];
          }
        }
      }
      // unit before when a scale says it is a count: "GPU 64k"
      if (unit == null && code == null && mult != null && i > 0 && t.space[i]) {
        String u2 = unitOf(t, i - 1);
        if (u2 != null && !"%".equals(u2)) {
          unit = u2;
          ts = i - 1;
          s = t.start[i - 1];
        }
      }
      if (mult == null && code == null && unit == null) {
        i = e;
        continue;
      }
      BigDecimal v = mult == null ? value : value.multiply(mult);
      String name = v.stripTrailingZeros().toPlainString();
      if (code != null) {
        name += " " + code;
      } else if (unit != null) {
        name += "%".equals(unit) ? "%" : " " + unit;
      }
      Cand c = new Cand(K_AMOUNT, ts, te, s, endChar);
      c.name = name;
      c.id = EntityIds.forAmount(name);
      c.type = EntityType.AMOUNT;
      out.add(c);
      i = te;
    }
  }

  private void vagueAmount(Tokens t, int i, List<Cand> out) {
    String vg = lex.vague.get(t.lower(i));
    int k = i + 1;
    if (k < t.n && t.kind[k] == Tokens.LETTER && ("of".equals(t.lower(k)) || "de".equals(t.lower(k)))) {
      k++;
    }
    if (k >= t.n || !t.space[k] || t.kind[k] != Tokens.LETTER) {
      return;
    }
    BigDecimal m = scaleOf(t.text(k));
    if (m == null || t.end[k] - t.start[k] < 3) {
      return;
    }
    int te = k;
    String code = null;
    int kk = k + 1;
    if (kk < t.n && t.kind[kk] == Tokens.LETTER && ("of".equals(t.lower(kk)) || "de".equals(t.lower(kk)))) {
      kk++;
    }
    if (kk < t.n && t.space[kk] && (code = currencyOf(t, kk)) != null) {
      te = kk;
    }
    String name = vg + " x " + m.toPlainString() + (code == null ? "" : " " + code);
    Cand c = new Cand(K_AMOUNT, i, te, t.start[i], t.end[te]);
    c.name = name;
    c.id = EntityIds.forAmount(name);
    c.type = EntityType.AMOUNT;
    out.add(c);
  }

  private static BigDecimal parseNumber(String s, List<Character> seps, List<Integer> groupLens, String lang) {
    try {
      if (seps.isEmpty()) {
        return new BigDecimal(s);
      }
      char last = seps.get(seps.size() - 1);
      boolean sameSeps = seps.stream().allMatch(c -> c == last);
      boolean allThree = groupLens.stream().allMatch(l -> l == 3);
      boolean cd = commaDecimal(lang);
      char thousandsSep;
      if (sameSeps && allThree && (seps.size() > 1 || (last == '.') == cd)) {
        thousandsSep = last; // 1.000.000 / 1,000 (en) / 1.000 (id)
        return new BigDecimal(s.replace(String.valueOf(thousandsSep), ""));
      }
      // last separator is the decimal one
      char dec = last;
      String intPart = s.substring(0, s.lastIndexOf(dec)).replace(".", "").replace(",", "");
      String frac = s.substring(s.lastIndexOf(dec) + 1);
      return new BigDecimal(intPart + "." + frac);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------- discovery

  /** A word: letters/digits joined by internal '-', '.', '\'' or '&'. */
  private static final class Word {
    int ts;
    int te;
    String text;
    boolean cap;
    boolean allCaps;
    boolean digit;
    boolean domain;
    boolean camel;
    boolean initial;
    boolean title;
    /** proper noun for the language's part-of-speech tagger (true when there is none). */
    boolean propn = true;
    /** an initial or abbreviation with its final dot (W., S.M., Jr.). */
    boolean dotted;
  }

  private static final Set<String> ELISION = Set.of("l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu",
      "lorsqu", "puisqu", "dell", "nell", "all", "sull", "dall");
  /** Inner capitals that still look like a person's name: McGraw, MacLeod, O'Brien, LeCun, DeVito. */
  private static final java.util.regex.Pattern NAME_CAMEL =
      java.util.regex.Pattern.compile("(?:Mc|Mac|O'|O’|Le|La|De|Di|Da|Van|Von)\\p{Lu}\\p{Ll}+$");
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]{2,}");
  private static final Set<String> NAME_PREFIX = Set.of("al", "el", "ad", "as", "ash", "ibn", "abu", "abd", "bin");
  /** An initial or a dotted abbreviation of capitals: W, S.M, U.S (its final dot joins it). */
  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
  private static final Set<String> NAME_SUFFIX = Set.of("Jr", "Sr");

  private static boolean isQuoteOrBracket(Tokens t, int i) {
    if (t.kind[i] != Tokens.PUNCT) {
      return false;
    }
    char c = t.text.charAt(t.start[i]);
    return "\"'“”‘’«»„‚‹›()[]¿¡*".indexOf(c) >= 0;
  }

  private static boolean isSentenceEnd(Tokens t, int i) {
    if (t.kind[i] != Tokens.PUNCT) {
      return false;
    }
    char c = t.text.charAt(t.start[i]);
    return ".!?…:;•·|".indexOf(c) >= 0 || c == '–' || c == '—';
  }

  private static boolean sentenceInitial(Tokens t, int ts) {
    int p = ts;
    while (true) {
      if (p == 0 || t.newline[p]) {
        return true;
      }
      int q = p - 1;
      if (isSentenceEnd(t, q)) {
        return true;
      }
      if (isQuoteOrBracket(t, q)) {
        char c = t.text.charAt(t.start[q]);
        if (c == '(' || c == '[') {
          return false;
        }
        if (c == '“' || c == '«' || c == '„' || c == '¿' || c == '¡') {
          return true;
        }
        p = q;
        continue;
      }
      return false;
    }
  }

  private Set<String> stopFor(String lang) {
    return stopCache.computeIfAbsent(lang, lex::stopFor);
  }

  private boolean[] titleTokens(Tokens t) {
    boolean[] title = new boolean[t.n];
    int ls = 0;
    while (ls < t.n) {
      int le = ls + 1;
      while (le < t.n && !t.newline[le]) {
        le++;
      }
      int total = 0;
      int caps = 0;
      boolean first = true;
      for (int i = ls; i < le; i++) {
        if (t.kind[i] == Tokens.LETTER && t.end[i] - t.start[i] >= 3 && (i == ls || t.space[i])) {
          if (first) {
            first = false;
            continue;
          }
          total++;
          if (t.isUpperInitial(i)) {
            caps++;
          }
        }
      }
      int last = le - 1;
      boolean endsSentence = t.kind[last] == Tokens.PUNCT && ".!?…:;\"”»".indexOf(t.text.charAt(t.start[last])) >= 0;
      if (total >= 2 && total <= 16 && caps * 2 >= total && !endsSentence) {
        for (int i = ls; i < le; i++) {
          title[i] = true;
        }
      }
      ls = le;
    }
    return title;
  }

  private List<Word> words(Tokens t, boolean[] covered, boolean[] title) {
    List<Word> ws = new ArrayList<>();
    int i = 0;
    while (i < t.n) {
      if (covered[i] || !(t.kind[i] == Tokens.LETTER || t.kind[i] == Tokens.DIGIT)
          || i > 0 && !t.space[i] && (isAlnum(t, i - 1) || t.kind[i - 1] == Tokens.HANGUL && t.kind[i] == Tokens.DIGIT)) {
        i++;
        continue;
      }
      int s = i;
      // French / Italian elision: l'Anthropic, d'OpenAI
      if (t.kind[s] == Tokens.LETTER && s + 2 < t.n && !t.space[s + 1] && !t.space[s + 2]
          && (t.isPunct(s + 1, '\'') || t.isPunct(s + 1, '’')) && ELISION.contains(t.lower(s))
          && t.kind[s + 2] == Tokens.LETTER && !covered[s + 2]) {
        s += 2;
      }
      int e = s;
      while (e + 1 < t.n && !covered[e + 1] && !t.space[e + 1]) {
        if (isAlnum(t, e + 1)) {
          e++;
        } else if (e + 2 < t.n && !t.space[e + 2] && !covered[e + 2] && isAlnum(t, e + 2)
            && (t.isPunct(e + 1, '-') || t.isPunct(e + 1, '.') || t.isPunct(e + 1, '\'')
                || t.isPunct(e + 1, '’') || t.isPunct(e + 1, '&'))) {
          e += 2;
        } else {
          break;
        }
      }
      Word w = new Word();
      w.ts = s;
      w.te = e;
      w.text = t.text.substring(t.start[s], t.end[e]);
      int firstLetter = -1;
      for (int k = s; k <= e; k++) {
        if (t.kind[k] == Tokens.LETTER) {
          firstLetter = k;
          break;
        }
      }
      if (firstLetter >= 0) {
        w.cap = t.isUpperInitial(firstLetter);
        if (!w.cap && NAME_PREFIX.contains(t.lower(firstLetter)) && firstLetter + 2 <= e
            && t.isPunct(firstLetter + 1, '-') && t.isUpperInitial(firstLetter + 2)) {
          w.cap = true; // al-Assad
        }
      }
      int letters = 0;
      int upper = 0;
      boolean innerUpper = false;
      for (int k = t.start[s]; k < t.end[e]; k++) {
        char ch = t.text.charAt(k);
        if (Character.isLetter(ch)) {
          letters++;
          if (Character.isUpperCase(ch)) {
            upper++;
            if (k > t.start[s] && Character.isLowerCase(t.text.charAt(k - 1))) {
              innerUpper = true;
            }
          }
        } else if (Character.isDigit(ch)) {
          w.digit = true;
        }
      }
      w.allCaps = letters >= 2 && upper == letters;
      w.camel = innerUpper;
      if (e - s >= 2 && t.isPunct(e - 1, '.') && t.kind[e] == Tokens.LETTER && lex.domains.contains(t.lower(e))
          && t.kind[s] == Tokens.LETTER) {
        w.domain = true;
      }
      w.initial = sentenceInitial(t, s);
      w.title = title[s];
      if (e + 1 < t.n && t.isPunct(e + 1, '.') && !covered[e + 1] && t.kind[s] == Tokens.LETTER
          && (INITIALS.matcher(w.text).matches() || NAME_SUFFIX.contains(w.text))) {
        e++;
        w.te = e;
        w.text = t.text.substring(t.start[s], t.end[e]);
        w.dotted = true;
      }
      ws.add(w);
      i = e + 1;
    }
    return ws;
  }

  private boolean adjacent(Tokens t, Word a, Word b) {
    return b.ts == a.te + 1 && t.space[b.ts] && !t.newline[b.ts];
  }

  private String stemOf(Tokens t, int i) {
    if (t.kind[i] == Tokens.HANGUL) {
      String st = lex.stripParticle(t.text(i));
      return st == null ? t.text(i) : st;
    }
    return t.lower(i);
  }

  /**
   * The type of a lone capitalised word that only the language's default typed: an organisation when it is a brand
   * ({@link Brands}: Samsung, Pinterest). A word the typed gazetteer calls a common word ({@code null}) stays out.
   */
  private static EntityType brandType(EntityType lone, String surface) {
    if (lone == null || lone == EntityType.ORGANIZATION) {
      return lone;
    }
    return Brands.contains(surface) ? EntityType.ORGANIZATION : lone;
  }

  /** Type from cue words around the token span, or null. Nearest cue wins. */
  private EntityType cueType(Tokens t, int ts, int te, boolean single) {
    // after: "Jane Roe, CEO ...", "Jane Roe said"
    int a = te + 1;
    if (a < t.n && t.isPunct(a, ',')) {
      a++;
    }
    if (a < t.n && !t.newline[a] && t.kind[a] == Tokens.LETTER) {
      String w = t.lower(a);
      if (!single && (lex.personAfter.contains(w) || lex.personBefore.contains(w) && a > te + 1)) {
        return EntityType.PERSON;
      }
    }
    // before, up to 7 tokens, stopping at a sentence end
    boolean comma = false;
    boolean prep = false;
    for (int b = ts - 1, steps = 0; b >= 0 && steps < 7; b--, steps++) {
      if (isSentenceEnd(t, b) || t.newline[b + 1]) {
        break;
      }
      if (t.kind[b] == Tokens.HANGUL) {
        // Korean: only the word right before the name (부사장인 X, 연구원 X)
        if (b == ts - 1) {
          String w = t.text(b);
          String role = w.endsWith("인") ? w.substring(0, w.length() - 1) : w;
          if (lex.honorifics.contains(w) || !single && (lex.personBefore.contains(w) || lex.personBefore.contains(role))) {
            return EntityType.PERSON;
          }
          if (lex.orgBefore.contains(w) || lex.orgBefore.contains(role)) {
            return EntityType.ORGANIZATION;
          }
        }
        break;
      }
      if (t.isPunct(b, ',')) {
        comma = true;
        continue;
      }
      if (t.kind[b] != Tokens.LETTER) {
        continue;
      }
      String w = t.lower(b);
      if (!comma && !prep && lex.roleOf.contains(w)) {
        prep = true; // "CEO of X": X is where the person works
        continue;
      }
      if (lex.honorifics.contains(w) && !prep && steps <= 1) {
        return EntityType.PERSON;
      }
      if (lex.personBefore.contains(w)) {
        if (prep) {
          return EntityType.ORGANIZATION;
        }
        if (!single) {
          return EntityType.PERSON;
        }
        return null; // "peneliti Acme" may be "Acme's researcher"
      }
      if (lex.orgBefore.contains(w) && steps < 4 && !Character.isUpperCase(t.text(b).charAt(0))) {
        // a cue is a common noun written in lower case: a capitalised 'Tim' or 'Banda' may be a given name
        return EntityType.ORGANIZATION;
      }
    }
    return null;
  }

  private List<Cand> discover(Tokens t, boolean[] covered, String lang, List<Cand> known) {
    boolean[] title = titleTokens(t);
    List<Word> ws = words(t, covered, title);
    Set<String> stop = stopFor(lang);
    Set<String> places = placesCache.computeIfAbsent(lang, l -> {
      Set<String> u = new HashSet<>(Gazetteer.places(l));
      u.addAll(lex.places);
      u.addAll(TypedGazetteer.forLanguage(l).places());
      return Set.copyOf(u);
    });
    SuffixSet adjSuffixes = lex.nameAdjectiveSuffixes.get(lang);
    SuffixSet demSuffixes = lex.demonymSuffixes.get(lang);
    SuffixSet nounSuffixes = lex.commonNounSuffixes.getOrDefault(lang, SuffixSet.EMPTY);
    Set<String> pluralOrgArticles = lex.pluralOrgArticles.getOrDefault(lang, Set.of());
    Set<String> connectors = connectorsCache.computeIfAbsent(lang, lex::connectorsFor);
    EntityType loneType = lex.loneDefault.getOrDefault(lang, EntityType.LOCATION);
    TypedGazetteer typed = TypedGazetteer.forLanguage(lang);
    Set<String> locLower = lex.locHeadLower.get(lang);
    boolean german = "de".equals(lang);
    ProperNouns pos = lex.posLanguages.contains(lang) ? ProperNouns.forLanguage(lang) : null;
    if (pos != null) {
      boolean[] needed = new boolean[ws.size()];
      for (int k = 0; k < needed.length; k++) {
        Word w = ws.get(k);
        if (w.cap && (lex.givenNames.contains(w.text)
            || k > 0 && lex.givenNames.contains(ws.get(k - 1).text) && adjacent(t, ws.get(k - 1), w))) {
          continue; // a given name, or the word right after one: a name without asking the tagger
        }
        needed[k] = w.cap && !isStop(w, stop) && !isRole(w) && !commonNoun(w, nounSuffixes, places)
            && !(w.allCaps || w.camel || w.digit || w.dotted || places.contains(w.text) || lex.orgHead.contains(w.text)
                || lex.locHead.contains(w.text) || lex.orgSuffix.contains(w.text.replace(".", "")));
      }
      GreedyPosTagger.Memo memo = posMemos.computeIfAbsent(lang,
          l -> java.util.Optional.ofNullable(pos.newMemo(POS_MEMO_WORDS))).orElse(null);
      tagProperNouns(t, ws, pos, memo, needed);
    }
    // lower-case words of the text, and capitalised words seen mid-sentence
    Set<String> lowerSeen = new HashSet<>();
    Set<String> midCaps = new HashSet<>();
    for (Word w : ws) {
      if (!w.cap && !w.digit) {
        lowerSeen.add(w.text);
      } else if (w.cap && !w.initial && !w.title) {
        midCaps.add(w.text);
      }
    }
    int nw = ws.size();
    // capitalised words standing alone mid-sentence (not part of a longer capitalised run)
    Set<String> soloCaps = new HashSet<>();
    for (int k = 0; k < nw; k++) {
      Word w = ws.get(k);
      if (!w.cap || w.initial || w.title) {
        continue;
      }
      boolean prevCap = k > 0 && adjacent(t, ws.get(k - 1), w)
          && (ws.get(k - 1).cap || connectors.contains(ws.get(k - 1).text));
      boolean nextCap = k + 1 < nw && adjacent(t, w, ws.get(k + 1))
          && (ws.get(k + 1).cap || connectors.contains(ws.get(k + 1).text));
      if (!prevCap && !nextCap) {
        soloCaps.add(w.text);
      }
    }
    List<Cand> cands = new ArrayList<>();
    int i = 0;
    while (i < nw) {
      Word w = ws.get(i);
      if (!startable(w, stop, lowerSeen) || !nameWord(w, places) || commonNoun(w, nounSuffixes, places)) {
        i++;
        continue;
      }
      int j = i;
      boolean orgSuffix = false;
      while (j + 1 < nw) {
        Word nx = ws.get(j + 1);
        if (!adjacent(t, ws.get(j), nx)) {
          break;
        }
        if (nx.cap && lex.orgSuffix.contains(nx.text.replace(".", ""))) {
          j++;
          orgSuffix = true;
          break;
        }
        if (nx.cap && lex.nameParticles.contains(nx.text) && j + 2 < nw && !ws.get(j).allCaps
            && !ws.get(j).dotted && adjacent(t, nx, ws.get(j + 2))) {
          // Marine Le Pen, Robert De Niro: a capitalised particle between two parts of a name
          Word after = ws.get(j + 2);
          if (after.cap && !after.allCaps && !isStop(after, stop) && !isRole(after) && nameWord(after, places)
              && !lex.orgSuffix.contains(after.text) && !places.contains(after.text)) {
            j += 2;
            continue;
          }
        }
        if (nx.cap && !isStop(nx, stop) && !isRole(nx) && nameWord(nx, places) && !commonNoun(nx, nounSuffixes, places)) {
          j++;
          continue;
        }
        if (!nx.cap && connectors.contains(nx.text)) {
          // one or two connectors: "Lula da Silva", "von der Leyen"
          int k = j + 2;
          if (k < nw && !ws.get(k).cap && connectors.contains(ws.get(k).text) && adjacent(t, nx, ws.get(k))) {
            k++;
          }
          if (k < nw) {
            Word after = ws.get(k);
            if (adjacent(t, ws.get(k - 1), after) && after.cap && !isStop(after, stop) && !isRole(after)
                && nameWord(after, places) && !after.allCaps && !lex.givenNames.contains(after.text)
                && !lex.orgSuffix.contains(after.text) && !soloCaps.contains(after.text)
                && !soloCaps.contains(ws.get(j).text)) {
              j = k;
              continue;
            }
          }
        }
        break;
      }
      if (j > i && !orgSuffix && lex.givenNames.contains(ws.get(i + 1).text) && !lex.givenNames.contains(ws.get(i).text)
          && (j - i >= 2 || ws.get(i).initial) && !places.contains(ws.get(i).text) && !lex.orgHead.contains(ws.get(i).text)
          && !lex.locHead.contains(ws.get(i).text) && !lex.nameParticles.contains(ws.get(i).text)
          && !ws.get(i).allCaps && !ws.get(i).dotted && !typed.isSurePersonName(ws.get(i).text)) {
        i++; // Actors Jane Roe, Regisseur Jane Roe: the word before a given name is not part of the name
        w = ws.get(i);
      }
      if (j - i >= 2 && !orgSuffix && soloCaps.contains(ws.get(i).text)
          && !connectors.contains(ws.get(i + 1).text)) {
        j = i; // "Acme Jane Roe": a name used alone elsewhere does not start a longer name
      }
      boolean adjExtended = false;
      if (adjSuffixes != null && i == j && !orgSuffix) {
        // Ligue nationale, République dominicaine, Amérique centrale: lower-case adjectives of a head or a place
        Word head = ws.get(i);
        if (!head.allCaps && (lex.orgHead.contains(head.text) || lex.locHead.contains(head.text)
            || places.contains(head.text))) {
          int k = j;
          while (k + 1 < nw && k - i < 2) {
            Word nx = ws.get(k + 1);
            if (nx.cap || nx.digit || !adjacent(t, ws.get(k), nx) || connectors.contains(nx.text)
                || !adjSuffixes.endsWord(nx.text)) {
              break;
            }
            k++;
          }
          if (k > j) {
            j = k;
            adjExtended = true;
          }
        }
      }
      while (j > i && typed.isTitleWord(ws.get(j).text)) {
        j--; // New Jersey Gov. Phil Murphy: the title belongs to the next name (TypedGazetteer)
      }
      Word first = ws.get(i);
      Word last = ws.get(j);
      if (i == j && first.dotted && !first.allCaps) {
        i = j + 1; // a lone initial
        continue;
      }
      if (i == j && (ROMAN.matcher(first.text).matches()
          || (lex.locHead.contains(first.text) || lex.orgHead.contains(first.text)) && !first.allCaps)) {
        i = j + 1; // século XIX, Louis XIV: a numeral
        continue;
      }
      if (!orgSuffix && !first.domain) {
        boolean misc = false;
        for (int k = i; k <= j && !misc; k++) {
          misc = lex.miscWords.contains(ws.get(k).text)
              || j > i && typed.isMiscWord(ws.get(k).text) && !typed.isGivenName(first.text);
        }
        if (misc) {
          i = j + 1; // an event, award or war: none of our types
          continue;
        }
      }
      if (typed.notEntity(t.text.substring(t.start[first.ts], t.end[last.te]), i == j && !first.allCaps, places,
          lex.directions)) {
        i = j + 1; // a nationality or language word, a common compound, a taxon (TypedGazetteer)
        continue;
      }
      Cand c = new Cand(K_FOUND, first.ts, last.te, t.start[first.ts],
          t.end[last.te] - typed.possessiveLength(t.text, t.start[first.ts], t.end[last.te])); // Trump's
      c.surface = t.text.substring(c.s, c.e);
      c.words = j - i + 1;
      c.initial = first.initial;
      c.title = first.title;
      c.camel = first.camel || first.allCaps;
      if (pos != null) {
        boolean all = true;
        for (int k = i; k <= j; k++) {
          all &= ws.get(k).propn;
        }
        c.tagged = all;
      }
      c.afterDeterminer = c.ts > 0 && t.kind[c.ts - 1] == Tokens.LETTER && t.space[c.ts]
          && lex.nounDeterminers.getOrDefault(lang, Set.of()).contains(t.lower(c.ts - 1));
      boolean afterLocPrep = c.ts > 0 && t.space[c.ts] && t.kind[c.ts - 1] == Tokens.LETTER
          && lex.locBefore.contains(t.lower(c.ts - 1));
      if (places.contains(c.surface)) {
        c.type = EntityType.LOCATION; // a country, region or city ICU knows
        c.strong = true;
        c.structural = true;
      } else if (orgSuffix || first.domain || lex.orgHead.contains(first.text) && c.words > 1) {
        c.type = EntityType.ORGANIZATION;
        c.strong = true;
        c.structural = true;
      } else if (adjExtended) {
        c.type = EntityType.LOCATION; // a place or place head with its adjectives
        c.strong = true;
        c.structural = true;
      } else {
        EntityType cue = cueType(t, c.ts, c.te, c.words == 1);
        EntityType placed;
        boolean plain = true;
        for (int k = i; k <= j; k++) {
          Word wk = ws.get(k);
          plain &= !wk.digit && !wk.allCaps && (!wk.camel || NAME_CAMEL.matcher(wk.text).lookingAt());
        }
        if (first.digit && cue != EntityType.PERSON) {
          c.type = EntityType.PRODUCT; // Foo3, XYZ-5
        } else if (lex.givenNames.contains(first.text) && c.words <= 4 && plain
            && !lex.locHead.contains(last.text) && (cue != EntityType.ORGANIZATION || c.words > 1)) {
          c.type = EntityType.PERSON; // Maria, Paul Smith
          c.strong = c.words > 1 || cue == EntityType.PERSON;
        } else if (cue != null) {
          c.type = cue;
          c.strong = true;
        } else if (c.words > 1 && ROMAN.matcher(last.text).matches() && !first.allCaps) {
          c.type = EntityType.PERSON; // Jean-Paul II, Pie XII
        } else if (c.words > 1 && lex.sportClubHeads.contains(last.text) && sportNear(t, c.ts, c.te)) {
          c.type = EntityType.ORGANIZATION; // Luton Town, Sheffield Wednesday in a match report
        } else if (lex.locHead.contains(first.text) && c.words > 1 || lex.locHead.contains(last.text) && c.words > 1) {
          c.type = EntityType.LOCATION;
        } else if (c.words > 1 && (placed = placeType(t, ws, i, j, places, connectors)) != null) {
          c.type = placed;
        } else if (c.words == 1 && !first.allCaps && (demSuffixes != null && demSuffixes.endsWord(first.text)
            || lex.noNameSuffixes.endsWord(first.text))) {
          i = j + 1; // Armenian, Japanese: a nationality or language word; Falconidae: a taxon
          continue;
        } else if (c.words == 1 && !first.allCaps && !first.camel && c.ts > 0 && t.kind[c.ts - 1] == Tokens.LETTER
            && pluralOrgArticles.contains(t.lower(c.ts - 1)) && first.text.endsWith("s") && !first.text.endsWith("ss")) {
          c.type = EntityType.ORGANIZATION; // the Braves, the Pixies: a team or band
        } else if (c.words == 1 && !first.allCaps && !first.camel && lex.personSuffixes.endsWord(first.text)) {
          c.type = EntityType.PERSON; // Kolmogorov, Kowalski: the shape of a family name
        } else if (lang.equals("id") && plain && IndonesianLowercase.get().commonPhrase(c.surface)) {
          i = j + 1; // Pembangunan, Cinta Terlarang: common words, not a name
          continue;
        } else if (c.ts > 0 && t.space[c.ts] && t.kind[c.ts - 1] == Tokens.LETTER
            && lex.locBefore.contains(t.lower(c.ts - 1)) && !(c.words >= 2 && plain)) {
          c.type = EntityType.LOCATION; // di Jakarta, à Paris
        } else if (c.words >= 2 && typed.isCity(c.surface)) {
          c.type = EntityType.LOCATION; // San Remo (TypedGazetteer)
        } else if (c.words >= 2 && !typed.isGivenName(first.text) && typed.headType(last.text) != null) {
          c.type = typed.headType(last.text); // Columbia University, Craven Cottage (TypedGazetteer)
        } else if (c.words >= 2 && c.words <= 4 && plain) {
          c.type = EntityType.PERSON;
        } else if (c.words == 1 && !first.allCaps && !first.camel) {
          c.type = !afterLocPrep && sportNear(t, c.ts, c.te) ? EntityType.ORGANIZATION
              : lonePersonCue(t, c.ts, c.te, lang) ? EntityType.PERSON
              : brandType(typed.loneType(c.surface, loneType), c.surface); // a lone plain capitalised word: in
          // a sports sentence most often a club, otherwise the language's most frequent type
          if (c.type == null) {
            i = j + 1; // a common word of the language's dictionary (TypedGazetteer)
            continue;
          }
        } else {
          c.type = EntityType.ORGANIZATION; // acronyms, CamelCase names, longer names
        }
      }
      // a sentence-initial first name that is no common word (Emily, not Grace): a name (TypedGazetteer)
      c.strong |= c.initial && c.words == 1 && c.type == EntityType.PERSON && typed.isSurePersonName(first.text);
      // a lower-case place noun belongs to the place it precedes: desa Karangploso, kota Medan
      if (locLower != null && i > 0 && !ws.get(i - 1).cap && adjacent(t, ws.get(i - 1), first)
          && locLower.contains(ws.get(i - 1).text) && !places.contains(c.surface)) {
        Word head = ws.get(i - 1);
        c.ts = head.ts;
        c.s = t.start[head.ts];
        c.surface = t.text.substring(c.s, c.e);
        c.words++;
        c.type = EntityType.LOCATION;
        c.strong = true;
        c.structural = true;
      }
      c.key = EntityIds.key(c.surface);
      cands.add(c);
      i = j + 1;
    }
    if (Coordination.supports(lang) && cands.size() > 1) {
      int m = cands.size();
      int[] cts = new int[m];
      int[] cte = new int[m];
      EntityType[] types = new EntityType[m];
      boolean[] evidence = new boolean[m];
      boolean[] weak = new boolean[m];
      for (int k = 0; k < m; k++) {
        Cand c = cands.get(k);
        cts[k] = c.ts;
        cte[k] = c.te;
        types[k] = c.type;
        evidence[k] = c.strong || c.structural || c.words >= 2;
        weak[k] = !evidence[k] && !c.camel;
      }
      Coordination.spread(t, lang, cts, cte, types, evidence, weak);
      for (int k = 0; k < m; k++) {
        cands.get(k).type = types[k]; // lists: "Mohanlal, Suresh Gopi and Shobana" (Coordination)
      }
    }
    return link(t, cands, known, lowerSeen, midCaps, german);
  }

  /** A lone name right after a word of {@code lone_person_before} or before one of {@code lone_person_after}. */
  private boolean lonePersonCue(Tokens t, int ts, int te, String lang) {
    Set<String> before = lex.lonePersonBefore.getOrDefault(lang, Set.of());
    Set<String> after = lex.lonePersonAfter.getOrDefault(lang, Set.of());
    if (ts > 0 && t.space[ts] && t.kind[ts - 1] == Tokens.LETTER && before.contains(t.lower(ts - 1))) {
      return true;
    }
    int a = te + 1;
    if (a + 1 < t.n && (t.isPunct(a, '\'') || t.isPunct(a, '’')) && t.kind[a + 1] == Tokens.LETTER
        && "s".equals(t.lower(a + 1)) && !t.space[a + 1]) {
      return after.contains("'s"); // Gandhi's (and the eval sets' "Gandhi 's")
    }
    if (a < t.n && t.space[a] && t.kind[a] == Tokens.LETTER && !t.newline[a]) {
      return after.contains(t.lower(a));
    }
    return false;
  }

  /** Tokens on each side of a name searched for sports words. */
  private static final int SPORT_WINDOW = 12;

  /** Is there a sports word ({@code sport_word} of the lexicon) within a few tokens of the span, in the same line? */
  private boolean sportNear(Tokens t, int ts, int te) {
    for (int k = ts - 1; k >= Math.max(0, ts - SPORT_WINDOW); k--) {
      if (t.newline[k + 1]) {
        break;
      }
      if (t.kind[k] == Tokens.LETTER && lex.sportWords.contains(t.lower(k))) {
        return true;
      }
    }
    for (int k = te + 1; k < Math.min(t.n, te + 1 + SPORT_WINDOW); k++) {
      if (t.newline[k]) {
        break;
      }
      if (t.kind[k] == Tokens.LETTER && lex.sportWords.contains(t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised common noun by its ending (de: Hoffnung, Mannschaft), unless it is a known place. */
  private static boolean commonNoun(Word w, SuffixSet suffixes, Set<String> places) {
    return !suffixes.isEmpty() && !w.allCaps && suffixes.endsWord(w.text) && !places.contains(w.text);
  }

  /**
   * Type of a name of several words that holds a known place: LOCATION when the other words are
   * compass or size words (South Asia, Amérique du Nord), ORGANIZATION when they name something
   * else (a team or firm named after its city: Boston X, X de Chicago); null without a place.
   */
  private EntityType placeType(Tokens t, List<Word> ws, int i, int j, Set<String> places, Set<String> connectors) {
    int bestA = -1;
    int bestB = -1;
    for (int a = i; a <= j; a++) {
      if (!ws.get(a).cap) {
        continue;
      }
      for (int b = j; b >= a; b--) {
        if (bestA >= 0 && b - a <= bestB - bestA || !ws.get(b).cap) {
          continue;
        }
        if (places.contains(t.text.substring(t.start[ws.get(a).ts], t.end[ws.get(b).te]))) {
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA < 0) {
      return null;
    }
    boolean other = false;
    for (int k = i; k <= j; k++) {
      if (k >= bestA && k <= bestB) {
        continue;
      }
      Word w = ws.get(k);
      if (connectors.contains(w.text) || lex.directions.contains(w.text)) {
        continue;
      }
      if (w.dotted || lex.givenNames.contains(w.text)) {
        return null; // a person's name: George W., Paris Hilton
      }
      other = true;
    }
    return other ? EntityType.ORGANIZATION : EntityType.LOCATION;
  }

  /**
   * Words of context the tagger sees on each side of a word it has to decide: the whole sentence.
   * Measured on the German NER set: one word of context tags half the tokens for micro F1 0.702,
   * the whole sentence 0.707; after JIT warm-up the time difference was within the noise of this
   * shared machine, so quality wins.
   */
  private static final int POS_WINDOW = Integer.MAX_VALUE / 4;

  /**
   * Marks the words the tagger does not call proper nouns. Only the words whose decision depends on
   * the tag ({@code needed}: capitalised, not a stop word, common noun or a name by its form) are
   * tagged, each with {@link #POS_WINDOW} words of context on either side (overlapping windows are
   * merged); the other words keep {@code propn = true}. Sentences without such a word are not tagged.
   */
  private static void tagProperNouns(Tokens t, List<Word> ws, ProperNouns pos, GreedyPosTagger.Memo memo,
      boolean[] needed) {
    int[] wordAt = new int[t.n];
    java.util.Arrays.fill(wordAt, -1);
    for (int w = 0; w < ws.size(); w++) {
      Word wd = ws.get(w);
      for (int k = wd.ts; k <= wd.te; k++) {
        wordAt[k] = w;
      }
    }
    List<String> sent = new ArrayList<>();
    List<Integer> sentWords = new ArrayList<>();
    int k = 0;
    while (k < t.n) {
      if (k > 0 && t.newline[k]) {
        flushSentence(ws, pos, memo, sent, sentWords, needed);
      }
      int w = wordAt[k];
      if (w >= 0) {
        Word wd = ws.get(w);
        sent.add(wd.text);
        sentWords.add(w);
        k = wd.te + 1;
        continue;
      }
      sent.add(t.text(k));
      sentWords.add(-1);
      if (t.isPunct(k, '.') || t.isPunct(k, '!') || t.isPunct(k, '?')) {
        flushSentence(ws, pos, memo, sent, sentWords, needed);
      }
      k++;
    }
    flushSentence(ws, pos, memo, sent, sentWords, needed);
  }

  private static void flushSentence(List<Word> ws, ProperNouns pos, GreedyPosTagger.Memo memo, List<String> sent,
      List<Integer> sentWords,
      boolean[] needed) {
    int n = sent.size();
    int q = 0;
    while (q < n) {
      int w = sentWords.get(q);
      if (w < 0 || !needed[w]) {
        q++;
        continue;
      }
      // a window around this word, extended while further needed words fall inside it
      int from = Math.max(0, q - POS_WINDOW);
      int to = Math.min(n - 1, q + POS_WINDOW);
      int r = q + 1;
      while (r <= to) {
        int wr = sentWords.get(r);
        if (wr >= 0 && needed[wr]) {
          to = Math.min(n - 1, r + POS_WINDOW);
        }
        r++;
      }
      boolean[] p = pos.tag(sent.subList(from, to + 1).toArray(String[]::new), memo);
      for (int x = from; x <= to; x++) {
        int wx = sentWords.get(x);
        if (wx >= 0 && needed[wx]) {
          ws.get(wx).propn = p[x - from];
        }
      }
      q = to + 1;
    }
    sent.clear();
    sentWords.clear();
  }

  /** May this word be part of a name: a proper noun for the tagger, or a word that names by its form or list. */
  private boolean nameWord(Word w, Set<String> places) {
    return w.propn || w.allCaps || w.camel || w.digit || places.contains(w.text) || lex.orgHead.contains(w.text)
        || lex.locHead.contains(w.text) || lex.orgSuffix.contains(w.text.replace(".", ""));
  }

  private boolean isStop(Word w, Set<String> stop) {
    return stop.contains(w.text) || w.initial && lex.stopAny.contains(w.text) || lex.acronyms.contains(w.text)
        || w.text.length() < 2;
  }

  private boolean isRole(Word w) {
    String l = w.text.toLowerCase(Locale.ROOT);
    return lex.personBefore.contains(l) || lex.honorifics.contains(l) && l.length() > 2
        || lex.orgBefore.contains(l) && !lex.orgHead.contains(w.text) && !(w.cap && lex.givenNames.contains(w.text));
  }

  private boolean startable(Word w, Set<String> stop, Set<String> lowerSeen) {
    if (!w.cap || isStop(w, stop) || isRole(w)
        || lex.orgSuffix.contains(w.text) && !w.camel && !lex.orgHead.contains(w.text)) {
      return false;
    }
    if (lex.stopAny.contains(w.text) && (w.title || w.initial)) {
      return false;
    }
    // a capitalised word that the text also uses in lower case is a common word
    return !lowerSeen.contains(w.text.toLowerCase(Locale.ROOT));
  }

  private List<Cand> link(Tokens t, List<Cand> cands, List<Cand> known, Set<String> lowerSeen,
      Set<String> midCaps, boolean german) {
    // last names of full person names: catalog persons of this text, then discovered multi-word persons
    Map<String, Object> lastName = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Cand k : known) {
      if (k.kind == K_CATALOG && k.type == EntityType.PERSON) {
        for (String key : personLastKeys.getOrDefault(k.id, List.of())) {
          Object prev = lastName.putIfAbsent(key, k);
          if (prev != null && prev != k && !(prev instanceof Cand pc && pc.id.equals(k.id))) {
            ambiguous.add(key);
          }
        }
      }
    }
    Map<String, Group> groups = new HashMap<>();
    Map<Group, String> strongPersons = new java.util.LinkedHashMap<>();
    for (Cand c : cands) {
      if (c.words >= 2 && !c.title) {
        Group g = groups.computeIfAbsent(c.key, k -> new Group());
        if (c.type == EntityType.PERSON && c.strong) {
          strongPersons.put(g, c.surface);
        }
      }
    }
    // a short form joins a full person name introduced with a cue (CEO X Y, X Y, researcher)
    for (Map.Entry<Group, String> e : strongPersons.entrySet()) {
      String lk = lastWordKey(e.getValue());
      if (lk != null) {
        Object prev = lastName.putIfAbsent(lk, e.getKey());
        if (prev != null && prev != e.getKey()) {
          ambiguous.add(lk);
        }
      }
    }
    List<Cand> out = new ArrayList<>();
    for (Cand c : cands) {
      boolean single = c.words == 1;
      Object target = single && !ambiguous.contains(c.key) ? lastName.get(c.key) : null;
      if (target instanceof Cand cat) {
        c.kind = K_CATALOG;
        c.id = cat.id;
        c.name = cat.name;
        c.type = cat.type;
        out.add(c);
        continue;
      }
      if (target instanceof Group g) {
        c.group = g;
        c.type = EntityType.PERSON;
        c.strong = true;
        out.add(c);
        continue;
      }
      if (single && !accept(c, lowerSeen, midCaps, german)) {
        continue;
      }
      if (!single && c.title && !groups.containsKey(c.key) && !c.strong) {
        continue;
      }
      c.group = groups.computeIfAbsent(c.key, k -> new Group());
      out.add(c);
    }
    // group names, types and ids
    for (Cand c : out) {
      if (c.group == null) {
        continue;
      }
      Group g = c.group;
      if (g.name == null || c.surface.length() > g.name.length()) {
        g.name = c.surface;
      }
      if (c.strong && !g.strong) {
        g.type = c.type;
        g.strong = true;
      } else if (g.type == null) {
        g.type = c.type;
      }
    }
    for (Cand c : out) {
      if (c.group == null) {
        continue;
      }
      Group g = c.group;
      if (g.key == null) {
        g.key = EntityIds.key(g.name);
      }
      c.id = EntityIds.forKey(g.key);
      c.name = g.name;
      c.type = g.type;
    }
    return out;
  }

  private static String lastWordKey(String surface) {
    int sp = surface.lastIndexOf(' ');
    if (sp < 0) {
      return null;
    }
    return EntityIds.key(surface.substring(sp + 1));
  }

  private boolean accept(Cand c, Set<String> lowerSeen, Set<String> midCaps, boolean german) {
    String low = c.surface.toLowerCase(Locale.ROOT);
    if (lex.calendar.contains(low) || lex.demonyms.contains(c.surface)) {
      return false;
    }
    if (lowerSeen.contains(low) && !c.strong) {
      return false;
    }
    if (german) {
      // every German noun is capitalised: a lone word needs to look like a name by itself
      return c.camel || c.structural || c.tagged && !c.afterDeterminer || c.strong && c.type == EntityType.PERSON;
    }
    if (c.strong) {
      return true; // Foo Inc, Foo.com, Mr Foo
    }
    if (c.initial || c.title) {
      // sentence-initial or headline: needs to be seen capitalised mid-sentence too
      return midCaps.contains(c.surface);
    }
    if (german) {
      return c.strong || c.camel;
    }
    return true;
  }
}
