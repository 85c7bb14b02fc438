package org.newsclean.transforms.entities;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names in Korean text without a catalog: Lucene's Korean analyser (Nori) tags proper nouns (NNP)
 * and foreign-script runs (SL); adjacent ones are merged (also across one space: 가네코 지히로), a
 * noun chain ending in a head noun of a place or organisation joins them (의정부경찰서, 조선중앙방송),
 * and particles stay outside the span (Nori splits them off). The type comes from the head noun
 * ({@code ko_loc_suffix}, {@code ko_org_suffix} of the lexicon), the words around the name (씨,
 * 감독, 배우 ...), the shape of a Korean personal name (a surname and two syllables), ICU's Korean
 * country names, the class mecab-ko-dic gives the proper noun ({@link KoreanProperNouns}: a place even
 * before a role noun, 일본 총리; a person's name), and otherwise the most frequent type of unknown proper
 * nouns.
 *
 * <p>Thread-safe: morphemes come from {@link KoreanMorphs} (one tokenizer per thread, a concurrent memo).
 */
final class KoreanNames {

  /** A name found in the text: char offsets, type, and whether the type has direct evidence. */
  record Span(int start, int end, EntityType type, boolean strong) {}

  private static final byte OTHER = KoreanMorphs.OTHER;
  private static final byte NNP = KoreanMorphs.NNP;
  private static final byte NNG = KoreanMorphs.NNG;
  private static final byte SL = KoreanMorphs.SL;
  private static final byte SN = KoreanMorphs.SN;
  private static final byte NNB = KoreanMorphs.NNB;
  private static final byte XSN = KoreanMorphs.XSN;

  /** Words whose morphemes are kept: about 10 MB at most. */
  private static final int MEMO_WORDS = 100_000;

  private final KoreanMorphs morphs;
  /**
   * One-syllable heads of organisations (당 party, 부 ministry, 청 agency, 처 office, 대 university)
   * and places (시 군 구 읍 면 산 섬 항 역 궁) that rarely end a Korean given name.
   */
  private static final String SAFE_HEADS = "당부청처대시군구읍면산섬항역궁";

  private final Lexicon lex;
  private final Set<String> countries;
  private final KoreanProperNouns properNouns = KoreanProperNouns.shipped();
  /** First syllables of the lexicon's organisation words: a word starting otherwise is none of them. */
  private final String orgWordFirsts;

  KoreanNames(Lexicon lex) {
    this.lex = lex;
    Set<String> c = new HashSet<>();
    for (String cc : ULocale.getISOCountries()) {
      String name = new ULocale("", cc).getDisplayCountry(ULocale.KOREAN);
      if (!name.isEmpty() && !name.equals(cc)) {
        c.add(name);
      }
    }
    c.addAll(lex.koLocWords);
    c.addAll(Gazetteer.places("ko"));
    this.countries = Set.copyOf(c);
    StringBuilder firsts = new StringBuilder();
    for (String w : new java.util.TreeSet<>(lex.koOrgWords)) {
      if (!w.isEmpty() && firsts.indexOf(w.substring(0, 1)) < 0) {
        firsts.append(w.charAt(0));
      }
    }
    this.orgWordFirsts = firsts.toString();
    this.morphs = new KoreanMorphs(MEMO_WORDS, w -> lex.koOrgWords.contains(w) || lex.koPersonAfter.contains(w)
        || lex.koPersonBefore.contains(w) || countries.contains(w) || lex.koOrgSuffix.contains(w) || lex.koLocSuffix.contains(w));
  }

  /** Has the text any Hangul syllable? */
  static boolean hasHangul(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 0xAC00 && ch <= 0xD7A3) {
        return true;
      }
    }
    return false;
  }

  /** Names of {@code text}, sorted by start, non-overlapping. */
  List<Span> find(String text) {
    KoreanMorphs.Morphs m = morphs.analyse(text);
    int n = m.n;
    int[] st = m.st;
    int[] en = m.en;
    byte[] tag = m.tag;
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int s = i;
      int e = -1;
      if (tag[i] == NNP || tag[i] == SL && (en[i] - st[i] >= 2 || nextIsPersonCue(text, en[i], i + 1 < n ? st[i + 1] : -1))) {
        e = i;
        // attached name parts: 신장위구르, 2NE1, KT위즈
        while (e + 1 < n && en[e] == st[e + 1] && (tag[e + 1] == NNP || tag[e + 1] == SL
            || tag[e + 1] == SN && e + 2 < n && en[e + 1] == st[e + 2] && (tag[e + 2] == SL || tag[e + 2] == NNP))) {
          e++;
        }
        // one space, then another proper noun: 가네코 지히로, 중국 신장위구르
        while (e + 1 < n && tag[e + 1] == NNP && st[e + 1] == en[e] + 1 && text.charAt(en[e]) == ' '
            && tag[e] == NNP && plainName(text.substring(st[s], en[e]))
            && plainName(text.substring(st[e + 1], wordEnd(st, en, tag, e + 1, n)))) {
          e++;
          while (e + 1 < n && en[e] == st[e + 1] && (tag[e + 1] == NNP || tag[e + 1] == SL)) {
            e++;
          }
        }
        // a common noun alone in its word between a proper noun and a person cue is the rest of the
        // name: 스테판 로제 씨 (Nori reads 로제 alone as rosé)
        if (e + 2 < n && tag[e] == NNP && tag[e + 1] == NNG && st[e + 1] == en[e] + 1 && text.charAt(en[e]) == ' '
            && st[e + 2] == en[e + 1] + 1 && lex.koPersonAfter.contains(text.substring(st[e + 2], en[e + 2]))
            && en[e + 1] - st[e + 1] >= 2 && plainName(text.substring(st[e + 1], en[e + 1]))) {
          e++;
        }
      } else if (tag[i] == SN && i + 2 < n && en[i] == st[i + 1] && tag[i + 1] == SL && en[i + 1] == st[i + 2]
          && tag[i + 2] == SN && hasUpper(text, st[i + 1], en[i + 1])) {
        e = i + 1; // 2NE1 starts with a digit
        while (e + 1 < n && en[e] == st[e + 1] && (tag[e + 1] == SL || tag[e + 1] == SN || tag[e + 1] == NNP)) {
          e++;
        }
      }
      // a noun chain in the same word that ends with a head noun: 조선중앙방송, 의정부경찰서, 방송문화진흥회
      int chainEnd = -1;
      int k = e >= 0 ? e : i;
      if (tag[i] == NNP || tag[i] == NNG || tag[i] == SL || e >= 0) {
        int q = k;
        while (q + 1 < n && en[q] == st[q + 1] && (tag[q + 1] == NNG || tag[q + 1] == NNP || tag[q + 1] == XSN)) {
          q++;
          String noun = text.substring(st[q], en[q]);
          if (tag[q] == XSN ? lex.koOrgSuffix.contains(noun) : headType(noun) != null) {
            chainEnd = q; // a suffix heads a name only as an organisation (미래통일당), not 가능성 (-ness)
          } else if (tag[q] == XSN) {
            break; // a suffix ends the noun chain unless it is a head (미래통일당)
          }
        }
      }
      if (chainEnd >= 0 && (e >= 0 || chainEnd > i)) {
        e = chainEnd;
      }
      if (e < 0 && i + 1 < n && en[i] - st[i] == 1 && st[i + 1] == en[i] + 1 && (i == 0 || en[i - 1] < st[i])
          && lex.koSurnames.contains(text.substring(st[i], en[i]))
          && !lex.koPrefixes.contains(text.substring(st[i], en[i]))
          && lex.koPersonAfter.contains(text.substring(st[i + 1], en[i + 1]))) {
        out.add(new Span(st[i], en[i], EntityType.PERSON, true)); // 박 대표, 최 총장
        i++;
        continue;
      }
      if (e >= 0 && tag[s] == SL && s + 1 < n && en[s] == st[s + 1] && (tag[s + 1] == NNG || tag[s + 1] == NNP)
          && en[s] - st[s] >= 2 && allUpper(text, st[s], en[s])) {
        // Latin initials and Hangul nouns in one word name a company: SK텔레콤, LG유플러스, KB국민카드
        int q = s + 1;
        while (q + 1 < n && en[q] == st[q + 1] && (tag[q + 1] == NNG || tag[q + 1] == NNP)) {
          q++;
        }
        if (en[q] - st[s + 1] >= 2 && (q + 1 >= n || en[q] < st[q + 1] || tag[q + 1] == OTHER)) {
          out.add(new Span(st[s], en[q], EntityType.ORGANIZATION, true));
          i = q + 1;
          continue;
        }
      }
      if (e >= 0 && s == e && tag[s] == SL && lex.acronyms.contains(text.substring(st[s], en[s]))) {
        i++;
        continue; // TV, SNS
      }
      if (e < 0 && tag[i] == NNG && i > 0 && en[i - 1] == st[i] && orgHead(text.substring(st[i], en[i]))) {
        // a head noun after a modifier in the same word: 한/MM 빛전자/NNG
        int w = wordStart(text, st, en, tag, i, out.isEmpty() ? 0 : out.get(out.size() - 1).end());
        if (w < i) {
          String whole = text.substring(st[w], en[i]);
          EntityType wt = type(text, whole, st, en, tag, w, i, n);
          if (wt == EntityType.ORGANIZATION || wt == EntityType.LOCATION) {
            out.add(new Span(st[w], en[i], wt, true));
          }
        }
        i++;
        continue;
      }
      if (e < 0) {
        // an institution named by a common noun: 경찰은, 정부가
        if (tag[i] == NNG && (i == 0 || en[i - 1] < st[i]) && (i + 1 >= n || en[i] < st[i + 1] || tag[i + 1] == OTHER)
            && lex.koOrgWords.contains(text.substring(st[i], en[i]))) {
          out.add(new Span(st[i], en[i], EntityType.ORGANIZATION, true));
        }
        i++;
        continue;
      }
      String surface = text.substring(st[s], en[e]);
      if (!hasHangul(surface)) {
        if (s == e && tag[s] == SL && en[s] - st[s] == 1 && nextIsPersonCue(text, en[s], s + 1 < n ? st[s + 1] : -1)) {
          out.add(new Span(st[s], en[s], EntityType.PERSON, true)); // A씨
        }
        i = e + 1;
        continue; // other Latin-script names are left to the capitalised-name rules
      }
      EntityType type = type(text, surface, st, en, tag, s, e, n);
      // the name starts with its word: 새/MM 누리/NNG 당/XSN, 국토/NNG 교통부/NNP
      int w = wordStart(text, st, en, tag, s, out.isEmpty() ? 0 : out.get(out.size() - 1).end());
      if (w < s) {
        String whole = text.substring(st[w], en[e]);
        EntityType wt = type(text, whole, st, en, tag, w, e, n);
        if (wt == EntityType.ORGANIZATION || wt == EntityType.LOCATION) {
          s = w;
          type = wt;
        }
      }
      if (type != null) {
        out.add(new Span(st[s], en[e], type, true));
      }
      i = e + 1;
    }
    return merge(text, withOrgWords(text, out));
  }

  /**
   * The lexicon's organisation words ({@code ko_org_word}: 새누리당, 유엔, 국회) written as a word or before a particle,
   * whatever morphemes Nori gives them (새누리당 comes out as 새/누리/당, none a noun), where no other name is.
   */
  private List<Span> withOrgWords(String text, List<Span> spans) {
    List<Span> extra = null;
    int[] words = KoreanMorphs.eojeols(text);
    for (int k = 0; k < words.length; k += 2) {
      int i = words[k];
      int end = orgWordEnd(text, i, words[k + 1]);
      if (end > i && !overlaps(spans, i, end)) {
        if (extra == null) {
          extra = new ArrayList<>();
        }
        extra.add(new Span(i, end, EntityType.ORGANIZATION, true));
      }
    }
    if (extra == null) {
      return spans;
    }
    List<Span> all = new ArrayList<>(spans);
    all.addAll(extra);
    all.sort(java.util.Comparator.comparingInt(Span::start));
    return all;
  }

  /** End of the organisation word that the word {@code text[s, e)} is, alone or before a particle and closing marks; -1 if none. */
  private int orgWordEnd(String text, int s, int e) {
    int end = e;
    while (end > s && KoreanMorphs.closing(text.charAt(end - 1))) {
      end--;
    }
    if (end - s < 2 || text.charAt(s) < 0xAC00 || text.charAt(s) > 0xD7A3 || orgWordFirsts.indexOf(text.charAt(s)) < 0) {
      return -1;
    }
    String w = text.substring(s, end);
    if (lex.koOrgWords.contains(w)) {
      return end;
    }
    for (String p : KoreanMorphs.PARTICLES) {
      if (w.length() > p.length() + 1 && w.endsWith(p) && lex.koOrgWords.contains(w.substring(0, w.length() - p.length()))) {
        return end - p.length();
      }
    }
    return -1;
  }

  private static boolean overlaps(List<Span> spans, int s, int e) {
    for (Span sp : spans) {
      if (sp.start() < e && s < sp.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * First morpheme of the word holding morpheme {@code s} if all before it in the word are Hangul
   * nouns or modifiers that are not prefixes (전 대통령 stays out); {@code s} otherwise.
   */
  private int wordStart(String text, int[] st, int[] en, byte[] tag, int s, int after) {
    int w = s;
    while (w > 0 && en[w - 1] == st[w] && st[w - 1] >= after && (tag[w - 1] == NNG || tag[w - 1] == OTHER)
        && allHangul(text.substring(st[w - 1], en[w - 1]))) {
      w--;
    }
    if (w < s && (w > 0 && en[w - 1] == st[w] || en[w] - st[w] == 1 && lex.koPrefixes.contains(text.substring(st[w], en[w])))) {
      return s; // not at the word's start (a particle or a number before), or a prefix (전, 현, 신)
    }
    return w;
  }

  /**
   * Places written from the largest to the smallest, one space apart, are one place (부산 동래구
   * 온천동); a place or organisation before an organisation named by its head noun is part of its
   * name (서울 서대문경찰서, 국회 국토교통위원회).
   */
  private List<Span> merge(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>(spans.size());
    for (Span sp : spans) {
      sp = countrysForce(text, sp);
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        boolean adjacent = sp.start() == last.end() + 1 && text.charAt(last.end()) == ' ';
        if (adjacent && last.type() == EntityType.LOCATION && (sp.type() == EntityType.LOCATION || neighbourhood(text, sp))) {
          out.set(out.size() - 1, new Span(last.start(), sp.end(), EntityType.LOCATION, true));
          continue;
        }
        if (adjacent && last.type() != EntityType.PERSON && sp.type() == EntityType.ORGANIZATION
            && orgHead(text.substring(sp.start(), sp.end()))) {
          out.set(out.size() - 1, new Span(last.start(), sp.end(), EntityType.ORGANIZATION, true));
          continue;
        }
      }
      out.add(sp);
    }
    return out;
  }

  /** A team's or army's words after a country's name: 일본 대표팀, 대한민국 축구 대표팀. */
  private static final String[] FORCES = {" 대표팀", " 축구 대표팀", " 축구대표팀", " 국가대표팀", " 대표 팀"};

  /**
   * A country's army (북한군, 일본군: the country, then 군 and a particle or nothing in the same word) or team
   * (일본 대표팀) is an organisation spanning both; the span as it is otherwise.
   */
  private Span countrysForce(String text, Span sp) {
    if (sp.type() != EntityType.LOCATION || !countries.contains(text.substring(sp.start(), sp.end()))) {
      return sp;
    }
    int end = sp.end();
    if (end < text.length() && text.charAt(end) == '군' && particleOrNothing(text, end + 1)) {
      return new Span(sp.start(), end + 1, EntityType.ORGANIZATION, true);
    }
    for (String f : FORCES) {
      if (text.startsWith(f, end) && particleOrNothing(text, end + f.length())) {
        return new Span(sp.start(), end + f.length(), EntityType.ORGANIZATION, true);
      }
    }
    return sp;
  }

  /** The rest of the word from {@code i} is empty, closing marks, or a particle and closing marks. */
  private static boolean particleOrNothing(String text, int i) {
    int end = i;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    while (end > i && KoreanMorphs.closing(text.charAt(end - 1))) {
      end--;
    }
    if (end == i) {
      return true;
    }
    String rest = text.substring(i, end);
    for (String p : KoreanMorphs.PARTICLES) {
      if (rest.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A one-word name of two or more syllables ending in 동, 리, 읍 or 면 and followed by no person cue: after a place,
   * the neighbourhood of an address (서울 노원구 공릉동), whatever type the name got alone.
   */
  private boolean neighbourhood(String text, Span sp) {
    String name = text.substring(sp.start(), sp.end());
    if (name.length() < 2 || name.indexOf(' ') >= 0 || "동리읍면".indexOf(name.charAt(name.length() - 1)) < 0) {
      return false;
    }
    int next = sp.end();
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    int end = next;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String after = text.substring(next, end);
    return !(sp.type() == EntityType.PERSON && (lex.koPersonAfter.contains(after) || after.startsWith("씨")));
  }

  /** Ends with an organisation head noun of two or more syllables (경찰서, 위원회), not the whole name. */
  private boolean orgHead(String name) {
    for (int len = Math.min(6, name.length() - 1); len >= 2; len--) {
      if (lex.koOrgSuffix.contains(name.substring(name.length() - len))) {
        return true;
      }
    }
    return false;
  }

  /** A name part that is neither a known place nor headed by a place / organisation / role noun. */
  private boolean plainName(String part) {
    if (countries.contains(part) || lex.koPersonAfter.contains(part) || lex.koOrgWords.contains(part)) {
      return false;
    }
    for (int len = Math.min(6, part.length() - 1); len >= 1; len--) {
      if (headType(part.substring(part.length() - len)) != null) {
        return false;
      }
    }
    return true;
  }

  /** End of the run of attached name tokens starting at {@code i}. */
  private static int wordEnd(int[] st, int[] en, byte[] tag, int i, int n) {
    int e = i;
    while (e + 1 < n && en[e] == st[e + 1] && (tag[e + 1] == NNP || tag[e + 1] == SL || tag[e + 1] == NNG)) {
      e++;
    }
    return en[e];
  }

  private static boolean allUpper(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUpper(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The name is followed by a topic/subject particle and its sentence ends with a speech verb. */
  private boolean speakerOfSentence(String text, int end) {
    if (end >= text.length() || "은는이가".indexOf(text.charAt(end)) < 0) {
      return false;
    }
    int stop = text.indexOf('.', end);
    String rest = text.substring(end, stop < 0 ? text.length() : stop);
    for (String verb : lex.koSpeech) {
      if (rest.endsWith(verb) || rest.contains(verb + " ") || rest.contains(verb + "\"")) {
        return true;
      }
    }
    return false;
  }

  private boolean nextIsPersonCue(String text, int end, int nextStart) {
    return nextStart == end && text.startsWith("씨", end);
  }

  private EntityType headType(String noun) {
    if (lex.koOrgSuffix.contains(noun)) {
      return EntityType.ORGANIZATION;
    }
    if (lex.koLocSuffix.contains(noun)) {
      return EntityType.LOCATION;
    }
    return null;
  }

  private static boolean allHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0xAC00 || c > 0xD7A3) {
        return false;
      }
    }
    return true;
  }

  private EntityType type(String text, String surface, int[] st, int[] en, byte[] tag, int s, int e, int n) {
    // head noun of two or more syllables: 삼성전자, 롯데복지재단 (even before 사장, 이사장)
    for (int len = Math.min(6, surface.length() - 1); len >= 2; len--) {
      EntityType h = headType(surface.substring(surface.length() - len));
      if (h != null) {
        return h;
      }
    }
    // a one-syllable head that ends few given names types a name of 3+ syllables even before a role
    // noun: 민주당 대표, 서초구 구청장, 서울대 교수
    if (surface.length() >= 3 && allHangul(surface)) {
      char last = surface.charAt(surface.length() - 1);
      if (SAFE_HEADS.indexOf(last) >= 0) {
        EntityType h = headType(String.valueOf(last));
        return h != null ? h : EntityType.ORGANIZATION;
      }
    }
    // a place name in mecab-ko-dic even before a role noun: 일본 총리 (the Japanese prime minister)
    if (properNouns.isPlace(surface)) {
      return EntityType.LOCATION;
    }
    // right context: 김원준 씨, 이대호 감독, 박 대표
    int after = en[e];
    if (e + 1 < n) {
      String next = text.substring(st[e + 1], en[e + 1]);
      if (lex.koPersonAfter.contains(next) && (st[e + 1] == after || st[e + 1] == after + 1)) {
        return EntityType.PERSON;
      }
    }
    // left context: 배우 이아현, 가수 김원준
    if (s > 0 && en[s - 1] + 1 == st[s] && tag[s - 1] == NNG) {
      String prev = text.substring(st[s - 1], en[s - 1]);
      if (lex.koPersonBefore.contains(prev)) {
        return EntityType.PERSON;
      }
    }
    if (countries.contains(surface)) {
      return EntityType.LOCATION;
    }
    if (properNouns.isPerson(surface)) {
      return EntityType.PERSON; // a person's name in mecab-ko-dic: 시진핑, 수아레스
    }
    boolean hangul = allHangul(surface);
    if (surface.length() >= 3 && lex.koOrgSuffix.contains(surface.substring(surface.length() - 1))) {
      return EntityType.ORGANIZATION; // 민주당, 고용부: a party or ministry even after a surname syllable
    }
    if (surface.length() >= 3 && countries.contains(surface.substring(0, surface.length() - 1))
        && headType(surface.substring(surface.length() - 1)) == EntityType.LOCATION) {
      return EntityType.LOCATION; // 서울시, 강원도
    }
    if (hangul && surface.length() == 3 && lex.koSurnames.contains(surface.substring(0, 1))) {
      return EntityType.PERSON;
    }
    if (surface.length() >= 2) {
      EntityType h = headType(surface.substring(surface.length() - 1));
      if (h != null && surface.length() >= 3) {
        return h;
      }
    }
    if (!hangul) {
      boolean latin = true;
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        latin &= c < 0x3000;
      }
      if (latin) {
        return surface.length() >= 2 ? EntityType.ORGANIZATION : null;
      }
    }
    if (surface.indexOf(' ') > 0 || speakerOfSentence(text, en[e])) {
      return EntityType.PERSON; // 치프라스는 ... 말했다
    }
    return lex.koDefault;
  }
}
