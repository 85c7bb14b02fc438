package org.newsclean.transforms.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code extraction-lexicon.tsv}, loaded once. Immutable. */
final class Lexicon {
  static final String RESOURCE = "extraction-lexicon.tsv";

  /** lang -> stop words (exact case). "*" = all languages. */
  final Map<String, Set<String>> stopByLang;
  /** union of all stop words of all languages. */
  final Set<String> stopAny;
  final Set<String> acronyms;
  final Set<String> connectors;
  /** lang -> connectors that are ordinary words in that language (id: di = 'in'). */
  final Map<String, Set<String>> notConnectors;
  /** lang -> type of a lone capitalised word without any cue. */
  final Map<String, EntityType> loneDefault;
  /** lang -> lower-case place nouns that belong to the name they precede (id: desa, kota). */
  final Map<String, Set<String>> locHeadLower;
  /** words of event / award / war names (exact case). */
  final Set<String> miscWords;
  /** lang -> cue words of all-lower-case text: kind (person_before, person_after, speech_before, function) -> words. */
  final Map<String, Map<String, Set<String>>> lowerCues;
  /** common given names (exact case). */
  final Set<String> givenNames;
  /** languages whose discovery uses a part-of-speech tagger's proper-noun tags (when its model is present). */
  final Set<String> posLanguages;
  /** words that are never a name by themselves: nationalities, languages, religions (exact case). */
  final Set<String> demonyms;
  final Set<String> caseConnectors;
  /** lower-case. */
  final Set<String> personBefore;
  /** lower-case. */
  final Set<String> personAfter;
  /** lower-case. */
  final Set<String> honorifics;
  /** lower-case. */
  final Set<String> orgBefore;
  /** lower-case. */
  final Set<String> roleOf;
  /** lower-case. */
  final Set<String> locBefore;
  /** exact case. */
  final Set<String> locHead;
  /** place names beyond ICU's countries and time-zone cities (states, provinces, large cities; exact case). */
  final Set<String> places;
  /** compass and size words that with a place name form a place name (South Asia, Amérique du Nord; exact case). */
  final Set<String> directions;
  /** capitalised particles inside a person's name between two capitalised words (Le Pen, De Niro; exact case). */
  final Set<String> nameParticles;
  /** lang -> endings of nationality and language words (Armenian, Japanese): a lone word with one is no name. */
  final Map<String, SuffixSet> demonymSuffixes;
  /** lang -> endings of lower-case adjectives that belong to the name they follow (Ligue nationale). */
  final Map<String, SuffixSet> nameAdjectiveSuffixes;
  /** lang -> endings of common nouns (de: -ung, -heit): such a word is not a name by itself nor part of one. */
  final Map<String, SuffixSet> commonNounSuffixes;
  /** endings of lone words that are no name in any language (biological taxa: -idae, -aceae). */
  final SuffixSet noNameSuffixes;
  /** endings of family names (-ov, -ski, -escu): a lone word with one and no other cue is a PERSON. */
  final SuffixSet personSuffixes;
  /** lang -> articles after which a lone plural name is an organisation (en: the Braves). */
  final Map<String, Set<String>> pluralOrgArticles;
  /** lang -> articles and determiners; a lone capitalised word right after one is a common noun (de). */
  final Map<String, Set<String>> nounDeterminers;
  /** sports words (lower-case, any language): a lone city or unknown name near one is a club. */
  final Set<String> sportWords;
  /** place heads that end a club's name near sports words (Manchester City; exact case). */
  final Set<String> sportClubHeads;
  /** lang -> words right before a lone name that make it a PERSON (lower-case). */
  final Map<String, Set<String>> lonePersonBefore;
  /** lang -> words right after a lone name that make it a PERSON (lower-case; "'s" for the possessive). */
  final Map<String, Set<String>> lonePersonAfter;
  /** without dots, exact case. */
  final Set<String> orgSuffix;
  final Set<String> orgHead;
  final Set<String> domains;
  /** lower-case day and month names. */
  final Set<String> calendar;
  /** lower-case word -> month number. */
  final Map<String, Integer> months;
  /** lower-case. */
  final Set<String> yearCues;
  /** word (exact and lower-case) -> multiplier. */
  final Map<String, BigDecimal> scales;
  /** lower-case -> English normal form. */
  final Map<String, String> vague;
  /** word (exact and lower-case) -> ISO code. */
  final Map<String, String> currencies;
  /** word (exact and lower-case) -> normal form. */
  final Map<String, String> units;
  /** Korean particles, longest first. */
  final List<String> particles;
  /** Korean head nouns ending an organisation name (당, 대학교, 방송 ...). */
  final Set<String> koOrgSuffix;
  /** Korean head nouns ending a place name (시, 산맥, 자치구 ...). */
  final Set<String> koLocSuffix;
  /** Korean words right after a name that make it a person (씨, 감독, 의원 ...). */
  final Set<String> koPersonAfter;
  /** Korean role nouns right before a name that make it a person (배우, 가수 ...). */
  final Set<String> koPersonBefore;
  /** Korean family names (one syllable). */
  final Set<String> koSurnames;
  /** Korean speech verbs ending a sentence whose subject is a person (말했다, 밝혔다). */
  final Set<String> koSpeech;
  /** one-syllable Korean prefixes that are also family names (전 = former, 현 = current, 고 = the late). */
  final Set<String> koPrefixes;
  /** Korean common nouns that name an institution (경찰, 정부 ...). */
  final Set<String> koOrgWords;
  /** Korean place names beyond ICU's country names (regions, continents). */
  final Set<String> koLocWords;
  /** type of a Korean proper noun without any other evidence; null: not reported. */
  final EntityType koDefault;

  private static volatile Lexicon instance;

  static Lexicon get() {
    Lexicon l = instance;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = instance;
        if (l == null) {
          l = new Lexicon();
          instance = l;
        }
      }
    }
    return l;
  }

  private Lexicon() {
    Map<String, Set<String>> stop = new HashMap<>();
    Set<String> stopAll = new HashSet<>();
    Set<String> acr = new HashSet<>();
    Set<String> conn = new HashSet<>();
    Map<String, Set<String>> notConn = new HashMap<>();
    Map<String, EntityType> lone = new HashMap<>();
    Map<String, Set<String>> locLower = new HashMap<>();
    Set<String> dem = new HashSet<>();
    Set<String> posLangs = new HashSet<>();
    Set<String> given = new HashSet<>();
    Set<String> misc = new HashSet<>();
    Map<String, Map<String, Set<String>>> lower = new HashMap<>();
    Set<String> caseConn = new HashSet<>();
    Set<String> pBefore = new HashSet<>();
    Set<String> pAfter = new HashSet<>();
    Set<String> hon = new HashSet<>();
    Set<String> oBefore = new HashSet<>();
    Set<String> rOf = new HashSet<>();
    Set<String> lBefore = new HashSet<>();
    Set<String> lHead = new HashSet<>();
    Set<String> plc = new HashSet<>();
    Set<String> dir = new HashSet<>();
    Set<String> npart = new HashSet<>();
    Map<String, List<String>> demSuf = new HashMap<>();
    Map<String, List<String>> adjSuf = new HashMap<>();
    Map<String, List<String>> nounSuf = new HashMap<>();
    List<String> noNameSuf = new ArrayList<>();
    List<String> perSuf = new ArrayList<>();
    Map<String, Set<String>> plArt = new HashMap<>();
    Map<String, Set<String>> nDet = new HashMap<>();
    Set<String> sport = new HashSet<>();
    Set<String> clubHead = new HashSet<>();
    Map<String, Set<String>> lpb = new HashMap<>();
    Map<String, Set<String>> lpa = new HashMap<>();
    Set<String> oSuffix = new HashSet<>();
    Set<String> oHead = new HashSet<>();
    Set<String> dom = new HashSet<>();
    Map<String, Integer> mon = new HashMap<>();
    Set<String> cal = new HashSet<>();
    Set<String> yCue = new HashSet<>();
    Map<String, BigDecimal> sc = new HashMap<>();
    Map<String, String> vg = new HashMap<>();
    Map<String, String> cur = new HashMap<>();
    Map<String, String> un = new HashMap<>();
    List<String> part = new ArrayList<>();
    Set<String> kOrgSuffix = new HashSet<>();
    Set<String> kLocSuffix = new HashSet<>();
    Set<String> kPersonAfter = new HashSet<>();
    Set<String> kPersonBefore = new HashSet<>();
    Set<String> kSurnames = new HashSet<>();
    Set<String> kOrgWords = new HashSet<>();
    Set<String> kPrefixes = new HashSet<>();
    Set<String> kSpeech = new HashSet<>();
    Set<String> kLocWords = new HashSet<>();
    EntityType kDefault = EntityType.PERSON;
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = br.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 4) {
          throw new IllegalStateException("bad lexicon line: " + line);
        }
        String kind = c[0].strip();
        String lang = c[1].strip();
        String key = c[2].strip();
        for (String raw : c[3].split("\\|")) {
          String w = raw.strip();
          if (w.isEmpty()) {
            continue;
          }
          String lw = w.toLowerCase(Locale.ROOT);
          switch (kind) {
            case "stop" -> {
              stop.computeIfAbsent(lang, k -> new HashSet<>()).add(w);
              stopAll.add(w);
            }
            case "acronym" -> acr.add(w);
            case "connector" -> conn.add(w);
            case "not_connector" -> notConn.computeIfAbsent(lang, k -> new HashSet<>()).add(w);
            case "lone_default" -> lone.put(lang, EntityType.valueOf(w));
            case "loc_head_lower" -> locLower.computeIfAbsent(lang, k -> new HashSet<>()).add(w);
            case "demonym" -> dem.add(w);
            case "pos_tagger" -> posLangs.add(w);
            case "given_name" -> given.add(w);
            case "misc_word" -> misc.add(w);
            case "lower_person_before", "lower_person_after", "lower_speech_before", "lower_function" ->
                lower.computeIfAbsent(lang, k -> new HashMap<>()).computeIfAbsent(kind.substring(6), k -> new HashSet<>())
                    .add(lw);
            case "case_connector" -> caseConn.add(w);
            case "person_before" -> pBefore.add(lw);
            case "person_after" -> pAfter.add(lw);
            case "honorific" -> hon.add(lw);
            case "org_before" -> oBefore.add(lw);
            case "role_of" -> rOf.add(lw);
            case "loc_before" -> lBefore.add(lw);
            case "loc_head" -> lHead.add(w);
            case "place" -> plc.add(w);
            case "direction" -> dir.add(w);
            case "name_particle" -> npart.add(w);
            case "demonym_suffix" -> demSuf.computeIfAbsent(lang, k -> new ArrayList<>()).add(w);
            case "name_adjective_suffix" -> adjSuf.computeIfAbsent(lang, k -> new ArrayList<>()).add(w);
            case "common_noun_suffix" -> nounSuf.computeIfAbsent(lang, k -> new ArrayList<>()).add(w);
            case "no_name_suffix" -> noNameSuf.add(w);
            case "person_suffix" -> perSuf.add(w);
            case "plural_org_article" -> plArt.computeIfAbsent(lang, k -> new HashSet<>()).add(lw);
            case "noun_determiner" -> nDet.computeIfAbsent(lang, k -> new HashSet<>()).add(lw);
            case "sport_word" -> sport.add(lw);
            case "sport_club_head" -> clubHead.add(w);
            case "lone_person_before" -> lpb.computeIfAbsent(lang, k -> new HashSet<>()).add(lw);
            case "lone_person_after" -> lpa.computeIfAbsent(lang, k -> new HashSet<>()).add(lw);
            case "org_suffix" -> oSuffix.add(w.replace(".", ""));
            case "org_head" -> oHead.add(w);
            case "domain" -> dom.add(lw);
            case "month" -> {
              mon.put(lw, Integer.parseInt(key));
              cal.add(lw);
            }
            case "weekday" -> cal.add(lw);
            case "year_cue" -> yCue.add(lw);
            case "scale" -> {
              sc.put(w, new BigDecimal(key));
              sc.putIfAbsent(lw, new BigDecimal(key));
            }
            case "vague" -> vg.put(lw, key);
            case "currency" -> {
              cur.put(w, key);
              cur.putIfAbsent(lw, key);
            }
            case "unit" -> {
              un.put(w, key);
              un.putIfAbsent(lw, key);
            }
            case "particle" -> part.add(w);
            case "ko_org_suffix" -> kOrgSuffix.add(w);
            case "ko_loc_suffix" -> kLocSuffix.add(w);
            case "ko_person_after" -> kPersonAfter.add(w);
            case "ko_person_before" -> kPersonBefore.add(w);
            case "ko_surname" -> kSurnames.add(w);
            case "ko_org_word" -> kOrgWords.add(w);
            case "ko_prefix" -> kPrefixes.add(w);
            case "ko_speech" -> kSpeech.add(w);
            case "ko_loc_word" -> kLocWords.add(w);
            case "ko_default" -> kDefault = "NONE".equals(w) ? null : EntityType.valueOf(w);
            default -> throw new IllegalStateException("unknown lexicon kind: " + kind);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    part.sort((a, b) -> b.length() - a.length());
    Map<String, Set<String>> stopFrozen = new HashMap<>();
    stop.forEach((k, v) -> stopFrozen.put(k, Set.copyOf(v)));
    stopByLang = Collections.unmodifiableMap(stopFrozen);
    stopAny = Set.copyOf(stopAll);
    acronyms = Set.copyOf(acr);
    connectors = Set.copyOf(conn);
    notConnectors = copyOfSets(notConn);
    loneDefault = Map.copyOf(lone);
    locHeadLower = copyOfSets(locLower);
    demonyms = Set.copyOf(dem);
    places = Set.copyOf(plc);
    directions = Set.copyOf(dir);
    nameParticles = Set.copyOf(npart);
    demonymSuffixes = suffixSets(demSuf);
    nameAdjectiveSuffixes = suffixSets(adjSuf);
    commonNounSuffixes = suffixSets(nounSuf);
    noNameSuffixes = new SuffixSet(noNameSuf);
    personSuffixes = new SuffixSet(perSuf);
    pluralOrgArticles = copyOfSets(plArt);
    nounDeterminers = copyOfSets(nDet);
    sportWords = Set.copyOf(sport);
    sportClubHeads = Set.copyOf(clubHead);
    lonePersonBefore = copyOfSets(lpb);
    lonePersonAfter = copyOfSets(lpa);
    posLanguages = Set.copyOf(posLangs);
    givenNames = Set.copyOf(given);
    miscWords = Set.copyOf(misc);
    Map<String, Map<String, Set<String>>> lc = new HashMap<>();
    lower.forEach((l, m) -> {
      Map<String, Set<String>> mm = new HashMap<>();
      m.forEach((k, v) -> mm.put(k, Set.copyOf(v)));
      lc.put(l, Map.copyOf(mm));
    });
    lowerCues = Map.copyOf(lc);
    caseConnectors = Set.copyOf(caseConn);
    personBefore = Set.copyOf(pBefore);
    personAfter = Set.copyOf(pAfter);
    honorifics = Set.copyOf(hon);
    orgBefore = Set.copyOf(oBefore);
    roleOf = Set.copyOf(rOf);
    locBefore = Set.copyOf(lBefore);
    locHead = Set.copyOf(lHead);
    orgSuffix = Set.copyOf(oSuffix);
    orgHead = Set.copyOf(oHead);
    domains = Set.copyOf(dom);
    months = Map.copyOf(mon);
    calendar = Set.copyOf(cal);
    yearCues = Set.copyOf(yCue);
    scales = Map.copyOf(sc);
    vague = Map.copyOf(vg);
    currencies = Map.copyOf(cur);
    units = Map.copyOf(un);
    particles = List.copyOf(part);
    koOrgSuffix = Set.copyOf(kOrgSuffix);
    koLocSuffix = Set.copyOf(kLocSuffix);
    koPersonAfter = Set.copyOf(kPersonAfter);
    koPersonBefore = Set.copyOf(kPersonBefore);
    koSurnames = Set.copyOf(kSurnames);
    koOrgWords = Set.copyOf(kOrgWords);
    koPrefixes = Set.copyOf(kPrefixes);
    koSpeech = Set.copyOf(kSpeech);
    koLocWords = Set.copyOf(kLocWords);
    koDefault = kDefault;
  }

  /** Stop words that apply anywhere for this language (its own list plus the '*' list). */
  Set<String> stopFor(String lang) {
    Set<String> s = new HashSet<>(stopByLang.getOrDefault("*", Set.of()));
    if (lang == null || lang.isEmpty() || "und".equals(lang)) {
      return Set.copyOf(s);
    }
    s.addAll(stopByLang.getOrDefault(lang, Set.of()));
    return Set.copyOf(s);
  }

  /** Name connectors of a language: the shared list less the language's ordinary words. */
  Set<String> connectorsFor(String lang) {
    Set<String> not = notConnectors.get(lang);
    if (not == null) {
      return connectors;
    }
    Set<String> s = new HashSet<>(connectors);
    s.removeAll(not);
    return Set.copyOf(s);
  }

  /** The stem of a Hangul word without a trailing particle, or null when it has none. */
  String stripParticle(String word) {
    for (String p : particles) {
      if (word.length() > p.length() && word.endsWith(p)) {
        return word.substring(0, word.length() - p.length());
      }
    }
    return null;
  }

  /** An immutable copy of a map of string collections. */
  private static Map<String, Set<String>> copyOfSets(Map<String, ? extends java.util.Collection<String>> map) {
    Map<String, Set<String>> copy = new HashMap<>();
    map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    return Map.copyOf(copy);
  }

  /** Per-language suffix sets built from string collections. */
  private static Map<String, SuffixSet> suffixSets(Map<String, ? extends java.util.Collection<String>> map) {
    Map<String, SuffixSet> sets = new HashMap<>();
    map.forEach((k, v) -> sets.put(k, new SuffixSet(v)));
    return Map.copyOf(sets);
  }
}
