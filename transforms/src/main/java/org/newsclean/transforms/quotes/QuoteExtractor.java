package org.newsclean.transforms.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclean.transforms.entities.EntityType;
import org.newsclean.transforms.entities.Mention;

/**
 * Finds the quotes of a cleaned document text (paragraphs separated by blank lines), tells their kind
 * (a whole statement, a fragment inside the writer's sentence, or a term in quotation marks) and
 * attributes each to a named person when the text says who spoke.
 *
 * <p>Attribution works on the sentence around the quote (the quote itself and other quotes
 * excluded). A transcript label opening the quote ("SMITH: …") names its speaker. Else a speech cue
 * from the language lexicon: a verb right after the quote (not one behind a conjunction, "… and
 * encouraged", nor one naming no subject of its own, "…," adding that, when a cue precedes the
 * quote), else the last one before it, else any after it; then the phrase naming its subject ("…,"
 * X said / said X / according to X / X said: "…", over appositions): a PERSON mention in it, else
 * a capitalised name the entity stage did not give, else a description built on a role ("the CEO":
 * the person last named), else the words of a named non-person or a document ("The Hill reported",
 * "the letter reads": no person), else, for a cue before the quote, the subject opening the clause
 * ("X stressed … and said she …: “…”"; a pronoun after the cue refers to it), else the candidate
 * nearest to the cue elsewhere in the sentence. An unnamed-person phrase ("an executive") gives no
 * person; a pronoun refers to the previous quote's speaker in the paragraph, else to the person last
 * named in the last paragraphs. Without a cue: a remark between dashes inside the quote, a colon
 * introduction, a dash signature (after the quote or closing the paragraph the quote opens), a
 * person written directly before the quote (Korean topic), for words inside the writer's sentence
 * the speaker of an earlier quote of that sentence or the subject of the sentence ("In July, X
 * dismissed Y as “…”"), a previous sentence with a speech verb, a colon, or a person as subject
 * (the quote standing alone), or the continuation of the previous quote of the paragraph (or of the
 * previous paragraph when the quote opens a paragraph). The words naming the speaker are kept as
 * written ({@link QuoteMatch#speakerText()}). A surname alone that the entity stage typed as a place
 * or an organisation is the person of the document with that surname.
 *
 * <p>A quote left open at the end of a paragraph and continued by the same opening mark at the start
 * of the next one (the convention for a quote over several paragraphs) is one match, unless the next
 * part names another speaker.
 *
 * <p>Immutable and thread-safe; build once per JVM (lexicons are loaded and compiled here).
 */
public final class QuoteExtractor {
  private static final String BASE = "/org/newsclean/transforms/quotes/";
  /** A cue after the quote counts as "right after" when at most this many words precede it. */
  private static final int NEAR_WORDS = 3;
  /** Max words between a speech verb and the colon or quote it introduces. */
  private static final int INTRO_WORDS = 6;
  /** Min words of a quote attributed only because a person is written right before it. */
  private static final int TOPIC_MIN_WORDS = 3;
  /** Between a person and the quote: at most two non-Latin letters (a particle), spaces, colon, comma. */
  /** Max words of the phrase naming a speaker next to a cue ("the company's chief executive"). */
  private static final int PHRASE_WORDS = 6;
  /** Max length of an apposition between commas skipped to reach the subject before a cue. */
  private static final int APPOSITION_CHARS = 90;
  /** Max words of a quote that may be a term (a term has no speaker and no final punctuation). */
  private static final int TERM_WORDS = 4;
  /** A pronoun or description refers to a person named at most this many paragraphs before. */
  private static final int ANTECEDENT_PARAGRAPHS = 3;
  private static final Pattern TOPIC_GAP = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]{0,2}[\\s:,]*");

  /** A person candidate: from a PERSON mention or from the name heuristic (entityId null). */
  record Person(int start, int end, String name, String entityId) {}

  /** Who said a quote: the named person (or nulls) and the words naming the speaker as written. */
  private record Speaker(String name, String id, String text) {
    static final Speaker NONE = new Speaker(null, null, null);

    Speaker withText(String words) {
      return new Speaker(name, id, words);
    }
  }

  private enum Kind { NONE, PERSON, UNNAMED, PRONOUN, DESCRIPTION, SELF }

  /** A speaker candidate near a cue and its span in the text. */
  private record Found(Kind kind, Person person, int start, int end) {
    static final Found NOTHING = new Found(Kind.NONE, null, -1, -1);
  }

  private final Map<String, Lexicon> byLanguage;
  private final Lexicon anyLanguage;
  private final Set<String> abbreviations;
  private final NameHeuristic names;

  private QuoteExtractor(Map<String, Lexicon> byLanguage, Set<String> abbreviations) {
    this.byLanguage = Map.copyOf(byLanguage);
    this.anyLanguage = Lexicon.merge(byLanguage.values());
    this.abbreviations = Set.copyOf(abbreviations);
    Set<String> stop = new HashSet<>(anyLanguage.stopwords);
    for (String section : List.of(Lexicon.VERBS, Lexicon.PRONOUNS)) {
      for (String e : anyLanguage.entries.getOrDefault(section, List.of())) {
        String w = e.endsWith("*") ? e.substring(0, e.length() - 1) : e;
        stop.add(w.split("\\s+")[0].toLowerCase(Locale.ROOT));
      }
    }
    this.names = new NameHeuristic(stop);
  }

  /** Loads the lexicons listed in {@code lexicon/languages.txt} and the abbreviation list. */
  public static QuoteExtractor withDefaults() {
    Map<String, Lexicon> map = new LinkedHashMap<>();
    for (String line : Lexicon.readLines(BASE + "lexicon/languages.txt")) {
      String code = line.strip();
      if (code.isEmpty() || code.startsWith("#")) {
        continue;
      }
      map.put(code, Lexicon.parse(Lexicon.readLines(BASE + "lexicon/" + code + ".txt")));
    }
    Set<String> abbr = new HashSet<>();
    for (String line : Lexicon.readLines(BASE + "abbreviations.txt")) {
      String a = line.strip();
      if (!a.isEmpty() && !a.startsWith("#")) {
        abbr.add(a.toLowerCase(Locale.ROOT));
      }
    }
    return new QuoteExtractor(map, abbr);
  }

  /**
   * Quotes of {@code text}, sorted by start.
   *
   * @param text cleaned document text
   * @param language ISO 639-1 code (region suffixes ignored); unknown or null uses all lexicons
   * @param mentions entity mentions of the text (only PERSON ones are used); when null or empty,
   *     speakers are found by a capitalised-name heuristic and have no entity id
   */
  public List<QuoteMatch> extract(String text, String language, List<Mention> mentions) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Person> persons = new ArrayList<>();
    List<int[]> others = new ArrayList<>(); // spans the entity stage typed as something else than a person
    List<Mention> all = mentions == null ? List.of() : mentions;
    Map<String, Person> bySurname = surnames(text, all);
    for (Mention m : all) {
      if (m.end() > text.length()) {
        continue;
      }
      if (m.type() == EntityType.PERSON) {
        persons.add(new Person(m.start(), m.end(), m.name(), m.entityId()));
        continue;
      }
      // a surname alone that the entity stage typed as a place or an organisation ("Clinton" after
      // "Hillary Clinton"): the person of the document with that surname
      Person named = bySurname.get(bareWord(m.surface()));
      if (named != null) {
        persons.add(new Person(m.start(), m.end(), named.name(), named.entityId()));
      } else {
        others.add(new int[] {m.start(), m.end()});
      }
    }
    // names the entity stage left out (all names when it gave none): capitalised runs that overlap no
    // mention; used only when they form the phrase next to a speech cue
    List<Person> guessed = new ArrayList<>();
    for (Person p : names.find(text)) {
      if (!overlaps(p.start(), p.end(), persons, others)) {
        guessed.add(p);
      }
    }
    if (persons.isEmpty()) {
      persons.addAll(guessed);
      guessed.clear();
    }
    persons.sort(Comparator.comparingInt(Person::start).thenComparingInt(Person::end));
    return new Run(text, lexicon(language), persons.toArray(new Person[0]), guessed, others).extract();
  }

  /**
   * The last word of each PERSON name of two words or more, mapped to that person; a surname shared
   * by two different persons maps to none.
   */
  private static Map<String, Person> surnames(String text, List<Mention> mentions) {
    Map<String, Person> out = new LinkedHashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON || m.end() > text.length()) {
        continue;
      }
      String[] words = m.name().strip().split("\\s+");
      if (words.length < 2) {
        continue;
      }
      String surname = bareWord(words[words.length - 1]);
      if (surname.length() < 2 || !Character.isUpperCase(surname.charAt(0))) {
        continue;
      }
      Person prev = out.putIfAbsent(surname, new Person(m.start(), m.end(), m.name(), m.entityId()));
      if (prev != null && !prev.entityId().equals(m.entityId())) {
        ambiguous.add(surname);
      }
    }
    out.keySet().removeAll(ambiguous);
    return out;
  }

  /** A word without a possessive ending ("Clinton's" -> "Clinton"); empty when not one word. */
  private static String bareWord(String surface) {
    String w = surface.strip();
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
        return "";
      }
    }
    return w;
  }

  private static boolean overlaps(int s, int e, List<Person> persons, List<int[]> others) {
    for (Person p : persons) {
      if (p.start() < e && s < p.end()) {
        return true;
      }
    }
    for (int[] o : others) {
      if (o[0] < e && s < o[1]) {
        return true;
      }
    }
    return false;
  }

  private Lexicon lexicon(String language) {
    if (language == null) {
      return anyLanguage;
    }
    String code = language.strip().toLowerCase(Locale.ROOT);
    int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
    if (cut >= 0) {
      code = code.substring(0, cut);
    }
    if (code.equals("in")) {
      code = "id";
    }
    return byLanguage.getOrDefault(code, anyLanguage);
  }

  /** The state of one {@link #extract} call. */
  private final class Run {
    private final String t;
    private final Lexicon lex;
    private final Person[] persons;
    /** Names found by the capitalised-name heuristic that no entity mention covers. */
    private final List<Person> guessed;
    private final List<int[]> paras = new ArrayList<>();
    private final List<List<QuoteScanner.RawQuote>> quotes = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final List<Speaker[]> speakers = new ArrayList<>();
    /** The speech cue that attributed the quote being attributed, or null. */
    private int[] cue;
    private int[] cueWindow;
    private int[] spanOpen = new int[0];
    private int[] spanAfter = new int[0];

    /** Spans the entity stage typed as something else than a person. */
    private final List<int[]> others;

    Run(String t, Lexicon lex, Person[] persons, List<Person> guessed, List<int[]> others) {
      this.t = t;
      this.lex = lex;
      this.persons = persons;
      this.guessed = guessed;
      this.others = others;
    }

    List<QuoteMatch> extract() {
      splitParagraphs();
      int total = 0;
      for (int[] p : paras) {
        List<QuoteScanner.RawQuote> qs = QuoteScanner.scan(t, p[0], p[1]);
        quotes.add(qs);
        sentences.add(sentenceStarts(p[0], p[1], qs));
        total += qs.size();
      }
      spanOpen = new int[total];
      spanAfter = new int[total];
      int k = 0;
      for (List<QuoteScanner.RawQuote> qs : quotes) {
        for (QuoteScanner.RawQuote q : qs) {
          spanOpen[k] = q.open();
          spanAfter[k++] = q.after();
        }
      }
      List<QuoteMatch> out = new ArrayList<>(total);
      QuoteMatch open = null; // a quote left open at the end of the previous paragraph
      int openMark = -1; // the opening mark of its last paragraph
      for (int p = 0; p < paras.size(); p++) {
        List<QuoteScanner.RawQuote> qs = quotes.get(p);
        Speaker[] sp = new Speaker[qs.size()];
        speakers.add(sp);
        for (int j = 0; j < qs.size(); j++) {
          cue = null;
          sp[j] = attribute(p, j);
          QuoteScanner.RawQuote q = qs.get(j);
          QuoteMatch.Kind kind = kindOf(p, q, sp[j]);
          int[] statement = kind == QuoteMatch.Kind.PARTIAL ? statement(p, j, q) : new int[] {q.start(), q.end()};
          QuoteMatch m = new QuoteMatch(t.substring(q.start(), q.end()), q.start(), q.end(), kind,
              sp[j].name(), sp[j].id(), sp[j].text(), statement[0], statement[1]);
          if (j == 0 && open != null && continues(open, openMark, p, q, sp[j])) {
            // a quote over several paragraphs: the opening mark repeated at each paragraph start
            m = new QuoteMatch(t.substring(open.start(), q.end()), open.start(), q.end(), open.kind(),
                open.speaker(), open.speakerEntityId(), open.speakerText(), open.statementStart(),
                Math.max(open.end(), statement[1]));
            out.set(out.size() - 1, m);
          } else {
            out.add(m);
          }
          open = j == qs.size() - 1 && !q.closed() && q.after() == paras.get(p)[1] ? m : null;
          openMark = q.open();
        }
        if (qs.isEmpty()) {
          open = null;
        }
      }
      return out;
    }

    /**
     * Whether the quote opening paragraph {@code p} continues the quote left open at the end of the
     * previous paragraph (opened by the mark at {@code openMark}): same opening mark, nothing before it
     * in the paragraph, and no other speaker of its own (a transcript label or a cue naming someone
     * else starts a new quote).
     */
    private boolean continues(QuoteMatch open, int openMark, int p, QuoteScanner.RawQuote q, Speaker speaker) {
      if (skipSpaces(paras.get(p)[0], q.open()) != q.open()
          || !QuoteScanner.sameOpener(t.charAt(openMark), t.charAt(q.open()))) {
        return false;
      }
      boolean none = speaker.name() == null && speaker.text() == null;
      boolean same = speaker.name() != null
          ? speaker.name().equals(open.speaker()) && Objects.equals(speaker.id(), open.speakerEntityId())
          : Objects.equals(speaker.text(), open.speakerText());
      return none || same;
    }

    private void splitParagraphs() {
      int n = t.length();
      int i = 0;
      while (i < n) {
        while (i < n && t.charAt(i) == '\n') {
          i++;
        }
        int s = i;
        while (i < n && t.charAt(i) != '\n') {
          i++;
        }
        if (i > s) {
          paras.add(new int[] {s, i});
        }
      }
    }

    // ---- sentences ----

    private int[] sentenceStarts(int ps, int pe, List<QuoteScanner.RawQuote> qs) {
      int[] starts = new int[8];
      int n = 0;
      starts[n++] = ps;
      int qi = 0;
      for (int i = ps; i < pe; i++) {
        int boundary = -1;
        if (qi < qs.size() && i == qs.get(qi).open()) {
          QuoteScanner.RawQuote q = qs.get(qi++);
          i = q.after() - 1;
          if (q.end() > q.start() && QuoteScanner.isTerminal(t.charAt(q.end() - 1))) {
            int m = skipSpaces(q.after(), pe);
            // “…?” Jane Doe asked continues the sentence; after a period the writer starts a new one
            // (“… tomorrow.” He said that …), since a cue after the quote follows a comma, ! or ?
            if (m < pe && (m > q.after() || QuoteScanner.isOpener(t.charAt(m))) && startsSentence(t.charAt(m))
                && (t.charAt(q.end() - 1) == '.' || !speechVerbFollows(m, pe))) {
              boundary = m;
            }
          }
        } else if (QuoteScanner.isTerminal(t.charAt(i))) {
          char c = t.charAt(i);
          int m = i + 1;
          boolean wide = c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
          if (m < pe && (wide || QuoteScanner.isSpace(t.charAt(m))) && !(c == '.' && isAbbreviation(ps, i))) {
            m = skipSpaces(m, pe);
            if (m < pe) {
              boundary = m;
            }
          }
        }
        if (boundary > starts[n - 1]) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = boundary;
        }
      }
      return Arrays.copyOf(starts, n);
    }

    /** Whether a speech verb comes within the first words at {@code m}: “…?” Jane Doe asked. */
    private boolean speechVerbFollows(int m, int pe) {
      int[] verb = first(lex.verbs, m, pe);
      if (verb == null || words(m, verb[0]) > NEAR_WORDS) {
        return false;
      }
      for (int i = m; i < verb[0]; i++) {
        if (QuoteScanner.isTerminal(t.charAt(i)) || QuoteScanner.isQuoteMark(t.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private boolean startsSentence(char c) {
      return Character.isUpperCase(c) || QuoteScanner.isCaseless(c) || Character.isDigit(c)
          || QuoteScanner.isOpener(c);
    }

    private boolean isAbbreviation(int ps, int dot) {
      int s = dot;
      while (s > ps && Character.isLetter(t.charAt(s - 1))) {
        s--;
      }
      if (s == dot) {
        return false;
      }
      String w = t.substring(s, dot);
      if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
        return true; // an initial
      }
      return abbreviations.contains(w.toLowerCase(Locale.ROOT));
    }

    private int skipSpaces(int i, int end) {
      while (i < end && QuoteScanner.isSpace(t.charAt(i))) {
        i++;
      }
      return i;
    }

    /** Index in {@code ss} of the sentence containing {@code pos}. */
    private int sentenceIndex(int[] ss, int pos) {
      int k = Arrays.binarySearch(ss, pos);
      return k >= 0 ? k : -k - 2;
    }

    // ---- attribution ----

    private Speaker attribute(int p, int j) {
      List<QuoteScanner.RawQuote> qs = quotes.get(p);
      QuoteScanner.RawQuote q = qs.get(j);
      int ps = paras.get(p)[0];
      int pe = paras.get(p)[1];
      int[] ss = sentences.get(p);
      int si = sentenceIndex(ss, q.open());
      int lS = Math.max(ss[si], j > 0 ? qs.get(j - 1).after() : ps);
      int lE = q.open();
      int rS = q.after();
      int ri = sentenceIndex(ss, Math.max(q.after() - 1, q.open()));
      int rE = ri + 1 < ss.length ? ss[ri + 1] : pe;
      if (j + 1 < qs.size()) {
        rE = Math.min(rE, qs.get(j + 1).open());
      }
      rE = Math.max(rE, rS);
      int[][] window = {{lS, lE}, {rS, rE}};

      // 0. a transcript label opening the quote ("SMITH: Well, …")
      Speaker label = transcriptLabel(q);
      if (label != null) {
        return label;
      }
      // 1. a speech cue in the sentence
      int[] cue = null;
      boolean adjacent = false;
      boolean quotative = false; // a quotative particle after the quote (Korean 라고, Japanese と)
      if (lex.quotative != null && q.closed() && rS < rE) {
        Matcher m = matcher(lex.quotative, rS, rE);
        if (m.lookingAt()) {
          cue = new int[] {m.start(), m.end()};
          adjacent = true;
          quotative = true;
        }
      }
      int[] firstRight = cue == null ? first(lex.verbs, rS, rE) : null;
      if (firstRight != null && hasConjunction(rS, firstRight[0])) {
        firstRight = null; // "“…” and encouraged …": a verb of the writer's clause
      }
      if (cue == null && firstRight != null && words(rS, firstRight[0]) <= NEAR_WORDS) {
        // "…," adding that …: a verb after the quote that names no subject of its own continues the
        // writer's clause; a cue before the quote then attributes it
        if (phraseBefore(firstRight[0], q.after()) != null || phrase(firstRight[1], rE, true) != null
            || last(lex.verbs, lS, lE) == null) {
          cue = firstRight;
          adjacent = true;
        }
      }
      if (cue == null) {
        cue = last(lex.verbs, lS, lE);
        if (cue != null) {
          int z = lastNonSpace(cue[1], lE);
          int w = words(cue[1], lE);
          adjacent = w == 0 || (w <= INTRO_WORDS && z >= 0 && (t.charAt(z) == ':' || t.charAt(z) == ','));
        }
      }
      if (cue == null) {
        cue = firstRight;
      }
      if (cue != null) {
        this.cue = cue;
        this.cueWindow = new int[] {lS, rE};
        int[] subject = subjectPhrase(cue, q, lS, rE);
        // a candidate inside the subject phrase wins over one nearer the cue elsewhere (an object)
        Found f = subject == null ? Found.NOTHING : nearest(cue, new int[][] {subject}, q);
        if (subject != null && f.kind() == Kind.PERSON && f.person().end() < subject[1]) {
          int[] head = lastWord(subject);
          if (lex.titles != null && matcher(lex.titles, head[0], head[1]).matches()) {
            // "the New York businessman": the role is the head, the name a modifier
            return resolve(new Found(Kind.DESCRIPTION, null, subject[0], subject[1]), p, j, q, adjacent, subject);
          }
          Person run = capitalisedIn(subject[0], subject[1]);
          if (run != null && run.start() <= f.person().start() && run.end() > f.person().end()) {
            // the mention is cut short ("Mr." of "Mr. McGinley", "Paul" of "Paul D. Ryan")
            return speakerOf(run);
          }
        }
        if (f.kind() == Kind.NONE && subject != null) {
          // a name the entity stage did not give as a person, ending the subject ("said O'Neill")
          Person named = guessedIn(subject[0], subject[1]);
          if (named == null && endsCapitalised(subject[1])) {
            named = capitalisedIn(subject[0], subject[1]);
          }
          if (named != null) {
            return speakerOf(named);
          }
          if (lex.titles != null && matcher(lex.titles, subject[0], subject[1]).find()) {
            return resolve(new Found(Kind.DESCRIPTION, null, subject[0], subject[1]), p, j, q, adjacent, subject);
          }
        }
        if (f.kind() == Kind.NONE && subject != null && (hasCapital(subject[0], subject[1]) || determined(subject))
            && (subject[1] <= cue[0] || cue[0] >= q.after() && !quotative && !personInApposition(subject[1], rE))) {
          // the subject names no person: an organisation, a publication, a document ("The Hill
          // reported", "…," said one source); not the words after a cue before the quote (an object)
          return new Speaker(null, null, t.substring(subject[0], subject[1]));
        }
        boolean participle = cue[1] <= q.open() && phraseBefore(cue[0], lS) == null
            && t.substring(cue[0], cue[1]).endsWith("ing"); // "by calling out X for his “lies”"
        if (cue[1] <= q.open() && (participle || f.kind() == Kind.NONE || f.kind() == Kind.PRONOUN && f.start() >= cue[1])) {
          // "X stressed … and said she has …: “…”": the subject of the clause speaks (a pronoun after
          // the cue refers to it)
          Found main = clauseSubject(ss[si], cue[0]);
          if (main.kind() == Kind.PERSON) {
            Speaker sp = speakerOf(main.person());
            return f.kind() == Kind.PRONOUN ? sp.withText(t.substring(f.start(), f.end())) : sp;
          }
          if ((main.kind() == Kind.PRONOUN || main.kind() == Kind.DESCRIPTION) && f.kind() == Kind.NONE) {
            return resolve(main, p, j, q, true, null);
          }
        }
        return resolve(f.kind() != Kind.NONE ? f : nearest(cue, window, q), p, j, q, adjacent, subject);
      }

      // 2. an author's remark set off by dashes inside the quote: "…, - говорит X, - …"
      Speaker remark = insertedRemark(q);
      if (remark != null) {
        return remark;
      }
      // 3. no cue: a colon introduction with a subject
      int z = lastNonSpace(lS, lE);
      if (z >= 0 && t.charAt(z) == ':') {
        Found f = nearest(new int[] {z, z + 1}, new int[][] {{lS, z}}, null);
        if (f.kind() != Kind.NONE) {
          return resolve(f, p, j, q, true, null);
        }
      }
      // 3. a dash signature right after the quote: “…” — Jane Doe; or closing the paragraph that
      // the quote opens (“…” And “…” — Jane Doe)
      int d = skipSpaces(rS, rE);
      Speaker signed = d < rE && isDash(t.charAt(d)) ? signed(d, rE, pe) : null;
      if (signed == null && j == 0 && qs.size() > 1 && skipSpaces(ps, pe) == q.open()) {
        int a = qs.get(qs.size() - 1).after();
        int dd = skipSpaces(a, pe);
        signed = dd < pe && isDash(t.charAt(dd)) ? signed(dd, pe, pe) : null;
      }
      if (signed != null) {
        return signed;
      }
      // 4. a person written right before the quote (Korean topic: "X은 "…"")
      Person before = lastPersonEndingIn(lS, lE);
      if (before != null && words(q.start(), q.end()) >= TOPIC_MIN_WORDS
          && matcher(TOPIC_GAP, before.end(), lE).matches()) {
        return speakerOf(before);
      }
      if (hasWord(lS, lE) && hasLetter(lS, lE)) {
        // 5a. another quote of the same sentence before it: the same speaker ("to “vote” and then “…”")
        if (j > 0 && qs.get(j - 1).after() > ss[si] && !termLike(p, q) && speakers.get(p)[j - 1] != Speaker.NONE) {
          return speakers.get(p)[j - 1];
        }
        // 5b. words inside the writer's sentence: the subject of the sentence ("In July, X dismissed
        // Y as “…”")
        Found main = termLike(p, q) ? Found.NOTHING : clauseSubject(ss[si], q.open());
        if (main.kind() != Kind.NONE) {
          return resolve(main, p, j, q, true, null);
        }
      }
      if (!hasWord(lS, lE)) {
        // 5. the previous sentence introduces the quote ("X wrote as follows.")
        Speaker intro = introducedBy(p, j, si, q);
        if (intro != null) {
          return intro;
        }
        // 6. continuation of the previous quote of the paragraph
        if (j > 0) {
          return speakers.get(p)[j - 1];
        }
        // 7. a paragraph opening with a quote continues the previous paragraph's last quote
        if (skipSpaces(ps, pe) == q.open() && p > 0 && !quotes.get(p - 1).isEmpty()) {
          Speaker[] prev = speakers.get(p - 1);
          return prev[prev.length - 1];
        }
      }
      return Speaker.NONE;
    }

    /**
     * The subject opening the clause that starts at {@code s} (before {@code limit}): after an
     * opening adverbial up to a comma ("In July, …", "However, …"), a pronoun, or a person named
     * within the first words (titles before it: "New Jersey Gov. Jane Doe"; a possessive before it:
     * "Acme's chief Jane Doe"; two names joined by role words: "the X campaign manager Jane Doe").
     */
    private Found clauseSubject(int s, int limit) {
      int i = skipSpaces(s, limit);
      int[] w = wordAt(i, limit);
      if (w == null) {
        return Found.NOTHING;
      }
      String first = t.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      if (lex.nonsubject.contains(first) || lex.stopwords.contains(first) || first.endsWith("ly")
          || lex.skip != null && matcher(lex.skip, w[0], w[1]).matches()) {
        int comma = -1;
        for (int k = i; k < limit && k - i <= APPOSITION_CHARS; k++) {
          char c = t.charAt(k);
          if (c == ',') {
            comma = k;
            break;
          }
          if (QuoteScanner.isTerminal(c) && !(c == '.' && isInnerMark(k, limit)) || QuoteScanner.isQuoteMark(c)) {
            break;
          }
        }
        if (comma >= 0) {
          i = skipSpaces(comma + 1, limit);
          // the rest of a date or a number ("On July 6, 2015, X …")
          int[] next = wordAt(i, limit);
          if (next != null && Character.isDigit(t.charAt(next[0])) && next[1] < limit && t.charAt(next[1]) == ',') {
            i = skipSpaces(next[1] + 1, limit);
          }
        } else if (!lex.stopwords.contains(first)) {
          return Found.NOTHING; // a preposition or an adverb with no comma: no subject opens the clause
        }
      }
      if (lex.pronouns != null) {
        Matcher m = matcher(lex.pronouns, i, limit);
        if (m.lookingAt() && (m.end() >= limit || !isWordChar(t.charAt(m.end())))) {
          return new Found(Kind.PRONOUN, null, m.start(), m.end());
        }
      }
      Person found = null;
      int words = 0;
      int k = lowerBound(i);
      int pos = i;
      while (k < persons.length && persons[k].start() < limit) {
        Person person = persons[k];
        if (!onlyNameWords(pos, person.start())) {
          break;
        }
        words += words(pos, person.start());
        if (words > PHRASE_WORDS) {
          break;
        }
        if (!possessive(person.end())) {
          found = person;
        }
        pos = person.end();
        k++;
        if (found != null && (k >= persons.length || !onlyNameWords(pos, persons[k].start())
            || words(pos, persons[k].start()) > NEAR_WORDS)) {
          break;
        }
      }
      if (found != null) {
        return new Found(Kind.PERSON, found, found.start(), found.end());
      }
      // a description built on a role ("The Republican nominee also vowed …")
      int[] role = lex.titles == null ? null : first(lex.titles, i, limit);
      if (role != null && words(i, role[1]) <= PHRASE_WORDS && onlyNameWords(i, role[0])
          && (role[1] >= limit || !isWordChar(t.charAt(role[1])))) {
        int[] w0 = wordAt(i, limit);
        boolean determiner = w0 != null && lex.stopwords.contains(t.substring(w0[0], w0[1]).toLowerCase(Locale.ROOT));
        if (determiner && !possessive(role[1])) {
          return new Found(Kind.DESCRIPTION, null, i, role[1]);
        }
      }
      return Found.NOTHING;
    }

    /** Words between names of one noun phrase: no punctuation but inner marks, no speech verb, no "-ed" verb. */
    private boolean onlyNameWords(int s, int e) {
      for (int i = s; i < e; i++) {
        char c = t.charAt(i);
        if (!isWordChar(c) && !QuoteScanner.isSpace(c) && !isInnerMark(i, e) && c != '\'' && c != '\u2019') {
          return false;
        }
      }
      if (lex.verbs != null && first(lex.verbs, s, e) != null) {
        return false;
      }
      int i = s;
      while (i < e) {
        int[] w = wordAt(skipSpaces(i, e), e);
        if (w == null) {
          break;
        }
        String word = t.substring(w[0], w[1]);
        if (Character.isLowerCase(word.charAt(0)) && (word.endsWith("ed") || lex.nonsubject.contains(word))) {
          return false;
        }
        i = w[1];
      }
      return true;
    }

    /** The word starting at {@code i} (letters, digits, inner marks), or null. */
    private int[] wordAt(int i, int limit) {
      if (i >= limit || !isWordChar(t.charAt(i))) {
        return null;
      }
      int e = i;
      while (e < limit && (isWordChar(t.charAt(e)) || isInnerMark(e, limit))) {
        e++;
      }
      return new int[] {i, e};
    }

    /**
     * The speaker label of an interview transcript at the start of the quote: one to three words in
     * capitals and a colon ("SMITH:", "MR. JONES:"); the person of the document with that surname.
     */
    private Speaker transcriptLabel(QuoteScanner.RawQuote q) {
      int i = q.start();
      int words = 0;
      int letters = 0;
      while (i < q.end() && words < 3) {
        int ws = i;
        while (i < q.end() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == '-'
            || t.charAt(i) == '\'' || t.charAt(i) == '\u2019')) {
          char c = t.charAt(i++);
          if (Character.isLetter(c)) {
            if (!Character.isUpperCase(c)) {
              return null;
            }
            letters++;
          }
        }
        if (i == ws) {
          return null;
        }
        words++;
        if (i < q.end() && t.charAt(i) == ':') {
          if (letters < 2 || i + 1 >= q.end() || !QuoteScanner.isSpace(t.charAt(i + 1))) {
            return null;
          }
          String label = t.substring(q.start(), i);
          String[] parts = label.split("[\\s.]+");
          String surname = parts[parts.length - 1];
          for (Person person : persons) {
            String[] ws2 = person.name().split("\\s+");
            if (ws2.length > 0 && ws2[ws2.length - 1].equalsIgnoreCase(surname)) {
              return new Speaker(person.name(), person.entityId(), label);
            }
          }
          return new Speaker(null, null, label);
        }
        if (i >= q.end() || t.charAt(i) != ' ') {
          return null;
        }
        i++;
      }
      return null;
    }

    /** The speaker signed after the dash at {@code d}: a person mention or a signed name; null when none. */
    private Speaker signed(int d, int rE, int pe) {
      int n = skipSpaces(d + 1, rE);
      int k = lowerBound(n);
      int[] signature = signature(n, pe);
      if (k < persons.length && persons[k].start() == n && persons[k].end() <= rE) {
        Speaker named = speakerOf(persons[k]);
        // the whole signed name when the mention is cut short ("Julie A. Diaz Martinez")
        return signature != null && signature[1] > persons[k].end()
            ? named.withText(t.substring(signature[0], signature[1])) : named;
      }
      if (signature != null) {
        String name = t.substring(signature[0], signature[1]);
        return new Speaker(name, null, name);
      }
      return null;
    }

    /**
     * A signed name after a dash: up to {@link #PHRASE_WORDS} capitalised words or initials, then the
     * end of the paragraph or a period; null otherwise.
     */
    private int[] signature(int s, int pe) {
      int i = s;
      int words = 0;
      int end = -1;
      while (i < pe && words < PHRASE_WORDS) {
        if (!Character.isUpperCase(t.charAt(i))) {
          return null;
        }
        int ws = i;
        while (i < pe && (isWordChar(t.charAt(i)) || isInnerMark(i, pe) || t.charAt(i) == '-')) {
          i++;
        }
        if (i < pe && t.charAt(i) == '.' && i - ws == 1) {
          i++; // an initial
        }
        words++;
        end = i;
        int n = skipSpaces(i, pe);
        if (n >= pe || t.charAt(n) == '.' && skipSpaces(n + 1, pe) >= pe) {
          return words >= 2 ? new int[] {s, end} : null;
        }
        if (n == i) {
          return null;
        }
        i = n;
      }
      return null;
    }

    /**
     * A speech verb inside the quote right after a comma (or ! ?) and a dash, its subject then a
     * comma and a dash: the remark of the writer that interrupts a quote in Russian, Czech or Polish.
     */
    private Speaker insertedRemark(QuoteScanner.RawQuote q) {
      if (lex.verbs == null) {
        return null;
      }
      Matcher m = matcher(lex.verbs, q.start(), q.end());
      while (m.find()) {
        int z = lastNonSpace(q.start(), m.start());
        int y = z < 0 ? -1 : lastNonSpace(q.start(), z);
        if (z < 0 || y < 0 || !isDash(t.charAt(z)) || ",!?".indexOf(t.charAt(y)) < 0) {
          continue;
        }
        int[] ph = phrase(m.end(), q.end(), true);
        if (ph == null) {
          continue;
        }
        int c = skipSpaces(ph[1], q.end());
        int d = c < q.end() && t.charAt(c) == ',' ? skipSpaces(c + 1, q.end()) : -1;
        if (d < 0 || d >= q.end() || !isDash(t.charAt(d))) {
          continue;
        }
        Person named = personIn(ph[0], ph[1]);
        if (named == null) {
          named = guessedIn(ph[0], ph[1]);
        }
        if (named == null) {
          named = capitalisedIn(ph[0], ph[1]);
        }
        return named != null ? speakerOf(named) : new Speaker(null, null, t.substring(ph[0], ph[1]));
      }
      return null;
    }

    /** Whether a [conjunctions] word lies in {@code [s, e)}. */
    private boolean hasConjunction(int s, int e) {
      int i = s;
      while (i < e) {
        int[] w = wordAt(i, e);
        if (w == null) {
          i++;
          continue;
        }
        if (lex.conjunctions.contains(t.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
          return true;
        }
        i = w[1];
      }
      return false;
    }

    /** Whether a person is named after the next comma ("the VP of AI at Acme, Jane Doe"). */
    private boolean personInApposition(int end, int limit) {
      int c = end;
      while (c < limit && c - end <= APPOSITION_CHARS && t.charAt(c) != ',') {
        if (QuoteScanner.isTerminal(t.charAt(c)) || QuoteScanner.isQuoteMark(t.charAt(c))) {
          return false;
        }
        c++;
      }
      if (c >= limit || t.charAt(c) != ',') {
        return false;
      }
      int n = skipSpaces(c + 1, limit);
      int k = lowerBound(n);
      return k < persons.length && persons[k].start() == n;
    }

    private Person personIn(int s, int e) {
      for (int k = lowerBound(s); k < persons.length && persons[k].start() < e; k++) {
        if (persons[k].end() <= e) {
          return persons[k];
        }
      }
      return null;
    }

    /** Attribution by the sentence before the quote when it ends with a speech verb or a colon. */
    private Speaker introducedBy(int p, int j, int si, QuoteScanner.RawQuote q) {
      int from;
      int to;
      if (si > 0) {
        int[] ss = sentences.get(p);
        from = ss[si - 1];
        to = ss[si];
        if (j > 0 && quotes.get(p).get(j - 1).after() > from) {
          return null;
        }
      } else if (p > 0) {
        int[] ss = sentences.get(p - 1);
        from = ss[ss.length - 1];
        to = paras.get(p - 1)[1];
        List<QuoteScanner.RawQuote> prevQs = quotes.get(p - 1);
        if (!prevQs.isEmpty() && prevQs.get(prevQs.size() - 1).after() > from) {
          return null;
        }
      } else {
        return null;
      }
      int z = lastNonSpace(from, to);
      if (z < 0) {
        return null;
      }
      char end = t.charAt(z);
      if (end != ':' && !QuoteScanner.isTerminal(end)) {
        return null;
      }
      int[] cue = last(lex.verbs, from, z);
      if (cue == null || end == ':' && words(cue[1], z) > INTRO_WORDS) {
        // "X made the following comment:", or a quote standing alone after a sentence about X:
        // the subject of the sentence before
        Found main = end == ':' || cue == null ? clauseSubject(from, z) : Found.NOTHING;
        return main.kind() == Kind.NONE ? null : resolve(main, p, j, q, true, null);
      }
      return resolve(nearest(cue, new int[][] {{from, z}}, null), p, j, q, true, phrase(cue[0], from, false));
    }

    /**
     * The speaker for the candidate nearest to a cue; {@code phrase} is the span of the words next to
     * the cue that name its subject (null when none), used when the candidate has no name.
     */
    private Speaker resolve(Found f, int p, int j, QuoteScanner.RawQuote q, boolean adjacent, int[] phrase) {
      String words = f.kind() == Kind.NONE ? null : t.substring(f.start(), f.end());
      if (phrase != null && (f.kind() == Kind.NONE || f.kind() == Kind.DESCRIPTION)) {
        words = t.substring(phrase[0], phrase[1]);
        if (f.kind() == Kind.NONE && lex.titles != null && matcher(lex.titles, phrase[0], phrase[1]).find()) {
          f = new Found(Kind.DESCRIPTION, null, phrase[0], phrase[1]);
        }
      }
      return switch (f.kind()) {
        case PERSON -> speakerOf(f.person());
        case UNNAMED, SELF -> new Speaker(null, null, words); // "an executive"; "I" (the writer)
        case PRONOUN, DESCRIPTION -> antecedent(p, j, q).withText(words);
        case NONE -> {
          if (words != null) {
            Person named = guessedIn(phrase[0], phrase[1]);
            if (named == null) {
              named = capitalisedIn(phrase[0], phrase[1]);
            }
            yield named != null ? speakerOf(named) : new Speaker(null, null, words);
          }
          yield j > 0 ? speakers.get(p)[j - 1] : adjacent ? antecedent(p, j, q) : Speaker.NONE;
        }
      };
    }

    /**
     * The words naming the subject of a cue: between the quote and a cue after it ("…," X said), else
     * right after the cue ("…," said X; according to X), else before a cue that precedes the quote
     * (X said: "…"). Null when nothing there can name a speaker.
     */
    private int[] subjectPhrase(int[] cue, QuoteScanner.RawQuote q, int lS, int rE) {
      if (cue[0] >= q.after()) {
        int[] before = phraseBefore(cue[0], q.after());
        return before != null ? before : phrase(cue[1], rE, true);
      }
      int[] before = phraseBefore(cue[0], lS);
      return before != null ? before : phrase(cue[1], q.open(), true);
    }

    /** The phrase before a cue, over an apposition between commas ("Jane Doe, the director, said"). */
    private int[] phraseBefore(int cueStart, int limit) {
      int[] direct = phrase(cueStart, limit, false);
      if (direct != null) {
        return direct;
      }
      int z = lastNonSpace(limit, cueStart);
      if (z >= 0 && t.charAt(z) == ')') { // "Rep. Jane Doe (D-N.Y.) said"
        int open = t.lastIndexOf('(', z);
        return open > limit && z - open <= APPOSITION_CHARS ? phrase(open, limit, false) : null;
      }
      if (z < 0 || t.charAt(z) != ',') {
        return null;
      }
      for (int i = z - 1; i > limit && z - i <= APPOSITION_CHARS; i--) {
        char c = t.charAt(i);
        if (c == ',') {
          return phrase(i, limit, false);
        }
        if (QuoteScanner.isTerminal(c) && !(c == '.' && i > 0 && Character.isLetter(t.charAt(i - 1)))
            || QuoteScanner.isQuoteMark(c)) {
          return null;
        }
      }
      return null;
    }

    /**
     * Up to {@link #PHRASE_WORDS} words from {@code from} towards {@code limit} (forward or backward),
     * skipping [skip] words next to the cue, stopping at punctuation, a quotation mark or a
     * [nonsubject] word; null when the first word cannot start a subject.
     */
    private int[] phrase(int from, int limit, boolean forward) {
      List<int[]> ws = new ArrayList<>();
      int i = from;
      while (ws.size() < PHRASE_WORDS) {
        if (forward) {
          while (i < limit && QuoteScanner.isSpace(t.charAt(i))) {
            i++;
          }
          if (i >= limit || !isWordChar(t.charAt(i))) {
            break;
          }
          int s = i;
          while (i < limit && (isWordChar(t.charAt(i)) || isInnerMark(i, limit))) {
            i++;
          }
          ws.add(new int[] {s, i});
        } else {
          while (i > limit && QuoteScanner.isSpace(t.charAt(i - 1))) {
            i--;
          }
          if (i <= limit || !isWordChar(t.charAt(i - 1))) {
            break;
          }
          int e = i;
          while (i > limit && (isWordChar(t.charAt(i - 1)) || isInnerMark(i - 1, limit))) {
            i--;
          }
          ws.add(new int[] {i, e});
        }
      }
      // skip adverbs and object pronouns next to the cue
      int k = 0;
      while (k < ws.size() && lex.skip != null) {
        Matcher m = forward ? matcher(lex.skip, ws.get(k)[0], limit) : matcher(lex.skip, ws.get(k)[0], ws.get(k)[1]);
        if (!(forward ? m.lookingAt() : m.matches())) {
          break;
        }
        if (!forward) {
          k++;
          continue;
        }
        while (k < ws.size() && ws.get(k)[0] < m.end()) {
          k++;
        }
      }
      // after the cue, a short adverbial ("poznamenal po zápase Slabý") before a capitalised name
      if (forward && k + 2 < ws.size() && isNonsubject(ws.get(k)) && !isNonsubject(ws.get(k + 1))
          && Character.isUpperCase(t.charAt(ws.get(k + 2)[0]))) {
        k += 2;
      }
      if (!forward && k < ws.size() && lex.pronouns != null
          && matcher(lex.pronouns, ws.get(k)[0], ws.get(k)[1]).matches()) {
        return ws.get(k); // a pronoun right before the cue is its subject ("in an interview with X he said")
      }
      List<int[]> kept = new ArrayList<>();
      for (; k < ws.size(); k++) {
        int[] w = ws.get(k);
        if (lex.nonsubject.contains(t.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
          if (!forward && !(k > 0 && sentenceStart(w[0]))) {
            return null; // the words before the cue are the object of a preposition or a clause
          }
          break; // forward, or a conjunction opening the sentence ("But Jane Doe said")
        }
        kept.add(w);
      }
      if (kept.isEmpty()) {
        return null;
      }
      int s = Math.min(kept.get(0)[0], kept.get(kept.size() - 1)[0]);
      int e = Math.max(kept.get(0)[1], kept.get(kept.size() - 1)[1]);
      if (!hasLetter(s, e)) {
        return null;
      }
      return new int[] {s, e};
    }

    /** The last guessed name inside {@code [s, e)}. */
    private Person guessedIn(int s, int e) {
      Person found = null;
      for (Person p : guessed) {
        if (p.start() >= s && p.end() <= e && !possessive(p.end())) {
          found = p;
        }
      }
      return found;
    }

    /**
     * A name written next to a cue that nothing else found ("řekl Hons"): the last run of capitalised
     * words of the phrase, not a stop word, not sentence-initial, not typed otherwise by the entity stage.
     */
    private Person capitalisedIn(int s, int e) {
      int runS = -1;
      int runE = -1;
      int i = s;
      while (i < e) {
        while (i < e && !isWordChar(t.charAt(i))) {
          i++;
        }
        int ws = i;
        while (i < e && (isWordChar(t.charAt(i)) || isInnerMark(i, e))) {
          i++;
        }
        if (ws >= i) {
          break;
        }
        String w = t.substring(ws, i);
        boolean cap = Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))
            && !lex.stopwords.contains(w.toLowerCase(Locale.ROOT)) && !sentenceStart(ws);
        if (cap) {
          if (runE != ws - 1 || runS < 0) {
            runS = ws;
          }
          runE = i;
        }
      }
      if (runS < 0 || possessive(runE)) {
        return null;
      }
      for (int[] o : others) {
        if (o[0] < runE && runS < o[1]) {
          return null;
        }
      }
      return new Person(runS, runE, t.substring(runS, runE), null);
    }

    private int[] lastWord(int[] span) {
      int i = span[1];
      while (i > span[0] && (isWordChar(t.charAt(i - 1)) || isInnerMark(i - 1, span[1]))) {
        i--;
      }
      return new int[] {i, span[1]};
    }

    /** Whether the word ending at {@code end} starts with a capital letter. */
    private boolean endsCapitalised(int end) {
      int i = end;
      while (i > 0 && (isWordChar(t.charAt(i - 1)) || isInnerMark(i - 1, end))) {
        i--;
      }
      return i < end && Character.isUpperCase(t.charAt(i));
    }

    private boolean sentenceStart(int pos) {
      int z = lastNonSpace(0, pos);
      return z < 0 || t.charAt(z) == '\n' || QuoteScanner.isTerminal(t.charAt(z)) || QuoteScanner.isQuoteMark(t.charAt(z));
    }

    private boolean isNonsubject(int[] word) {
      return lex.nonsubject.contains(t.substring(word[0], word[1]).toLowerCase(Locale.ROOT));
    }

    private boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** An apostrophe, hyphen or dot inside a word (Meta's, Al-Rashid, L. Polka). */
    private boolean isInnerMark(int i, int limit) {
      char c = t.charAt(i);
      if (c != '\'' && c != '\u2019' && c != '-' && c != '.') {
        return false;
      }
      boolean before = i > 0 && isWordChar(t.charAt(i - 1));
      if (c == '.') {
        // an initial or a title before a name: "L. Polka", "Mr. McGinley", "Rep. Jane Doe"
        if (before && i + 1 < t.length() && Character.isUpperCase(t.charAt(i + 1)) && Character.isUpperCase(t.charAt(i - 1))
            && (i < 2 || !isWordChar(t.charAt(i - 2)))) {
          return true; // joined initials: "G.K. Butterfield"
        }
        boolean nameFollows = i + 2 < t.length() && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2));
        int ws = i;
        while (ws > 0 && isWordChar(t.charAt(ws - 1))) {
          ws--;
        }
        boolean abbreviation = i - ws == 1 ? Character.isUpperCase(t.charAt(ws))
            : abbreviations.contains(t.substring(ws, i).toLowerCase(Locale.ROOT));
        return before && nameFollows && abbreviation;
      }
      return before && i + 1 < t.length() && isWordChar(t.charAt(i + 1));
    }

    /** Whether a phrase opens with a determiner ("the letter", "a memo"): a [stopwords] word, not a pronoun. */
    private boolean determined(int[] phrase) {
      int[] w = wordAt(phrase[0], phrase[1]);
      if (w == null || w[1] >= phrase[1]) {
        return false;
      }
      boolean pronoun = lex.pronouns != null && matcher(lex.pronouns, w[0], w[1]).matches();
      return !pronoun && lex.stopwords.contains(t.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
    }

    private boolean hasCapital(int s, int e) {
      for (int i = s; i < e; i++) {
        if (Character.isUpperCase(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private boolean hasLetter(int s, int e) {
      for (int i = s; i < e; i++) {
        if (Character.isLetter(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The reported statement around a partial quote: from right after a speech cue before the quote
     * to the end of its sentence ("said that the plan was “very risky” for the firm"), or from the
     * start of the sentence to the speaker's words before a cue after it ("the plan was “very risky,”
     * she said"); the quote alone when no cue of its sentence governs it.
     */
    private int[] statement(int p, int j, QuoteScanner.RawQuote q) {
      int[] own = {q.start(), q.end()};
      if (cue == null) {
        return own;
      }
      int lS = cueWindow[0];
      int rE = cueWindow[1];
      if (cue[1] <= q.open()) {
        int s = skipSpaces(cue[1], q.open());
        int e = lastNonSpace(q.after(), rE);
        e = e < 0 ? q.after() : e + 1;
        return new int[] {Math.min(s, q.start()), Math.max(e, q.end())};
      }
      if (cue[0] >= q.after()) {
        int[] subject = phrase(cue[0], q.after(), false);
        int e = subject != null ? subject[0] : cue[0];
        while (e > q.after() && (QuoteScanner.isSpace(t.charAt(e - 1)) || isDash(t.charAt(e - 1)) || t.charAt(e - 1) == ',')) {
          e--;
        }
        int s = skipSpaces(lS, q.open());
        return new int[] {Math.min(s, q.start()), Math.max(e, q.end())};
      }
      return own;
    }

    /**
     * Whether the quote is a term unless a speaker is found: short, no ! ? … inside its marks (English
     * puts a comma or period inside the closing mark even after a term), one sentence, no speech verb
     * right after it.
     */
    private boolean termLike(int p, QuoteScanner.RawQuote q) {
      char last = t.charAt(q.end() - 1);
      boolean exclaims = last == '!' || last == '?' || last == '\u2026' || last == '\uFF01' || last == '\uFF1F';
      int pe = paras.get(p)[1];
      boolean governed = q.after() < pe && speechVerbFollows(skipSpaces(q.after(), pe), pe);
      return !exclaims && !governed && words(q.start(), q.end()) <= TERM_WORDS
          && !hasInnerSentenceEnd(q.start(), q.end() - 1);
    }

    /** Direct, partial or term: see {@link QuoteMatch.Kind}. */
    private QuoteMatch.Kind kindOf(int p, QuoteScanner.RawQuote q, Speaker speaker) {
      char first = firstLetter(q.start(), q.end());
      char last = t.charAt(q.end() - 1);
      if (speaker.text() == null && speaker.name() == null && termLike(p, q)) {
        return QuoteMatch.Kind.TERM;
      }
      if (Character.isLowerCase(first)) {
        return QuoteMatch.Kind.PARTIAL;
      }
      int ps = paras.get(p)[0];
      int z = lastNonSpace(ps, q.open());
      boolean inSentence = z >= 0 && (isWordChar(t.charAt(z)) || t.charAt(z) == ')');
      if (inSentence && !QuoteScanner.isTerminal(last)) {
        return QuoteMatch.Kind.PARTIAL;
      }
      return QuoteMatch.Kind.DIRECT;
    }

    private boolean hasInnerSentenceEnd(int s, int e) {
      for (int i = s; i < e; i++) {
        if (QuoteScanner.isTerminal(t.charAt(i)) && i + 1 < e && QuoteScanner.isSpace(t.charAt(i + 1))) {
          return true;
        }
      }
      return false;
    }

    private char firstLetter(int s, int e) {
      for (int i = s; i < e; i++) {
        if (Character.isLetter(t.charAt(i))) {
          return t.charAt(i);
        }
      }
      return ' ';
    }

    /** The speaker a pronoun or an elided subject refers to. */
    private Speaker antecedent(int p, int j, QuoteScanner.RawQuote q) {
      if (j > 0) {
        return speakers.get(p)[j - 1];
      }
      int from = paras.get(Math.max(0, p - ANTECEDENT_PARAGRAPHS))[0];
      Person found = null;
      for (int k = upperBound(q.open()) - 1; k >= 0; k--) {
        Person person = persons[k];
        if (person.end() <= q.open() && person.start() >= from && !insideQuote(person.start())) {
          found = person;
          break;
        }
      }
      // a name only the capitalised-name heuristic found, when it comes later
      for (int k = guessed.size() - 1; k >= 0; k--) {
        Person g = guessed.get(k);
        if (g.end() <= q.open() && g.start() >= from && !insideQuote(g.start())) {
          if (found == null || g.start() > found.end()) {
            found = g;
          }
          break;
        }
      }
      return found == null ? Speaker.NONE : speakerOf(found);
    }

    /** The candidate nearest to the cue inside the window segments. */
    private Found nearest(int[] cue, int[][] segments, QuoteScanner.RawQuote q) {
      int best = Integer.MAX_VALUE;
      Found found = Found.NOTHING;
      for (int[] seg : segments) {
        if (seg[0] >= seg[1]) {
          continue;
        }
        for (int k = lowerBound(seg[0]); k < persons.length && persons[k].start() < seg[1]; k++) {
          Person person = persons[k];
          if (person.end() <= seg[1] && !possessive(person.end())) {
            int d = distance(cue[0], cue[1], person.start(), person.end(), q);
            if (d < best) {
              best = d;
              found = new Found(Kind.PERSON, person, person.start(), person.end());
            }
          }
        }
        for (Kind kind : List.of(Kind.UNNAMED, Kind.PRONOUN, Kind.SELF)) {
          Pattern pattern = kind == Kind.UNNAMED ? lex.unnamed : kind == Kind.PRONOUN ? lex.pronouns : lex.self;
          if (pattern == null) {
            continue;
          }
          Matcher m = matcher(pattern, seg[0], seg[1]);
          while (m.find()) {
            int d = distance(cue[0], cue[1], m.start(), m.end(), q);
            if (d < best) { // ties go to the person found first
              best = d;
              found = new Found(kind, null, m.start(), m.end());
            }
          }
        }
      }
      return found;
    }

    /** Whether a possessive ending follows ("Clinton's team"): the name is not the subject then. */
    private boolean possessive(int end) {
      if (end >= 2 && (t.charAt(end - 2) == '\'' || t.charAt(end - 2) == '\u2019')
          && (t.charAt(end - 1) == 's' || t.charAt(end - 1) == 'S')) {
        return true; // the mention includes the ending
      }
      return end + 1 < t.length() && (t.charAt(end) == '\'' || t.charAt(end) == '\u2019')
          && (t.charAt(end + 1) == 's' || t.charAt(end + 1) == 'S')
          && (end + 2 >= t.length() || !Character.isLetter(t.charAt(end + 2)));
    }

    /** Gap between two spans, not counting the quote when it lies between them. */
    private int distance(int aS, int aE, int bS, int bE, QuoteScanner.RawQuote q) {
      int lo;
      int hi;
      if (aE <= bS) {
        lo = aE;
        hi = bS;
      } else if (bE <= aS) {
        lo = bE;
        hi = aS;
      } else {
        return 0;
      }
      int d = hi - lo;
      if (q != null && q.open() >= lo && q.after() <= hi) {
        d -= q.after() - q.open();
      }
      return Math.max(d, 0);
    }

    // ---- helpers ----

    private Speaker speakerOf(Person person) {
      return new Speaker(person.name(), person.entityId(), t.substring(person.start(), nameEnd(person.end())));
    }

    /** The end of a name written on after a mention ("Paul" then "D. Ryan"): initials and capitalised words. */
    private int nameEnd(int end) {
      int e = end;
      boolean initial = false;
      while (e + 2 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))) {
        int i = e + 1;
        while (i < t.length() && (isWordChar(t.charAt(i)) || t.charAt(i) == '-')) {
          i++;
        }
        if (i - (e + 1) == 1 && i < t.length() && t.charAt(i) == '.') {
          e = i + 1;
          initial = true;
          continue;
        }
        if (initial) {
          e = i;
        }
        break;
      }
      return e;
    }

    private Matcher matcher(Pattern pattern, int s, int e) {
      return pattern.matcher(t).region(s, e).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private int[] first(Pattern pattern, int s, int e) {
      if (pattern == null || s >= e) {
        return null;
      }
      Matcher m = matcher(pattern, s, e);
      return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private int[] last(Pattern pattern, int s, int e) {
      if (pattern == null || s >= e) {
        return null;
      }
      Matcher m = matcher(pattern, s, e);
      int[] found = null;
      while (m.find()) {
        found = new int[] {m.start(), m.end()};
      }
      return found;
    }

    private Person lastPersonEndingIn(int s, int e) {
      Person found = null;
      for (int k = lowerBound(s); k < persons.length && persons[k].start() < e; k++) {
        if (persons[k].end() <= e && (found == null || persons[k].end() >= found.end())) {
          found = persons[k];
        }
      }
      return found;
    }

    /** First person index with start >= pos. */
    private int lowerBound(int pos) {
      int lo = 0;
      int hi = persons.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (persons[mid].start() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** First person index with start >= pos (persons before it start before pos). */
    private int upperBound(int pos) {
      return lowerBound(pos);
    }

    private boolean insideQuote(int pos) {
      int k = Arrays.binarySearch(spanOpen, pos);
      int i = k >= 0 ? k : -k - 2;
      return i >= 0 && pos < spanAfter[i];
    }

    private boolean isDash(char c) {
      return c == '\u2014' || c == '\u2015' || c == '\u2013' || c == '-';
    }

    private int lastNonSpace(int s, int e) {
      for (int i = e - 1; i >= s; i--) {
        if (!QuoteScanner.isSpace(t.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private boolean hasWord(int s, int e) {
      for (int i = s; i < e; i++) {
        if (Character.isLetterOrDigit(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Number of runs of letters/digits in [s, e). */
    private int words(int s, int e) {
      int n = 0;
      boolean in = false;
      for (int i = s; i < e; i++) {
        boolean w = Character.isLetterOrDigit(t.charAt(i));
        if (w && !in) {
          n++;
        }
        in = w;
      }
      return n;
    }
  }
}
