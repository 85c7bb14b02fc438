package org.newsclean.transforms.entities;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Typed name lists of one language, shipped as {@code typed-gazetteer-<lang>.tsv} (built from
 * permissively licensed data, see {@code tools/typed-gazetteer/README.md}) plus the language names
 * ICU4J ships: first names (a lone unknown name that is one is a PERSON), cities (a name that is
 * one is a LOCATION) and words that are never an entity by themselves (nationalities, languages).
 * A language without a file gets an empty gazetteer.
 *
 * <p>Immutable and thread-safe; one instance per language, built on first use and kept for the JVM.
 */
final class TypedGazetteer {
  static final String RESOURCE = "typed-gazetteer-%s.tsv.gz";
  static final String WORDS = "typed-words-%s.tsv";
  static final TypedGazetteer EMPTY = new TypedGazetteer(Map.of());

  private static final Map<String, TypedGazetteer> BY_LANG = new ConcurrentHashMap<>();

  private final Set<String> given;
  private final Set<String> surnames;
  private final Set<String> proper;
  private final Set<String> lower;
  private final Set<String> bigCities;
  private final Set<String> cities;
  private final Set<String> notEntities;
  private final Set<String> miscWords;
  private final Set<String> orgEnds;
  private final Set<String> locEnds;
  private final Set<String> places;
  private final SuffixSet taxonEndings;
  private final Set<String> titleWords;
  private final boolean possessives;

  private TypedGazetteer(Map<String, Set<String>> kinds) {
    this.given = frozen(kinds.getOrDefault("given", Set.of()));
    this.surnames = frozen(kinds.getOrDefault("surname", Set.of()));
    this.proper = frozen(kinds.getOrDefault("proper", Set.of()));
    this.lower = frozen(kinds.getOrDefault("lower", Set.of()));
    this.bigCities = frozen(kinds.getOrDefault("big_city", Set.of()));
    Set<String> c = new HashSet<>(kinds.getOrDefault("city", Set.of()));
    c.addAll(bigCities);
    this.cities = frozen(c);
    Set<String> n = new HashSet<>(kinds.getOrDefault("demonym", Set.of()));
    n.addAll(kinds.getOrDefault("language", Set.of()));
    n.addAll(kinds.getOrDefault("not_entity", Set.of()));
    this.notEntities = frozen(n);
    this.miscWords = frozen(kinds.getOrDefault("misc_word", Set.of()));
    this.orgEnds = frozen(kinds.getOrDefault("org_end", Set.of()));
    this.locEnds = frozen(kinds.getOrDefault("loc_end", Set.of()));
    this.places = frozen(kinds.getOrDefault("place", Set.of()));
    this.taxonEndings = new SuffixSet(kinds.getOrDefault("taxon_suffix", Set.of()));
    this.titleWords = frozen(kinds.getOrDefault("title_end", Set.of()));
    this.possessives = kinds.getOrDefault("possessive", Set.of()).contains("'s");
  }

  /** A read-only view (no copy: the sets are large and built once). */
  private static Set<String> frozen(Set<String> s) {
    return Collections.unmodifiableSet(s instanceof HashSet<String> h ? h : new HashSet<>(s));
  }

  /** The gazetteer of {@code lang} (ISO 639-1); empty when none ships. */
  static TypedGazetteer forLanguage(String lang) {
    return lang == null ? EMPTY : BY_LANG.computeIfAbsent(lang, TypedGazetteer::load);
  }

  /** Reads lines {@code kind <TAB> name} ('#' starts a comment). */
  static TypedGazetteer parse(BufferedReader in) throws IOException {
    Map<String, Set<String>> kinds = new HashMap<>();
    read(in, kinds);
    return new TypedGazetteer(kinds);
  }

  private static void read(BufferedReader in, Map<String, Set<String>> kinds) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("bad typed-gazetteer line: " + line);
      }
      String name = line.substring(tab + 1).strip();
      if (!name.isEmpty()) {
        kinds.computeIfAbsent(line.substring(0, tab).strip(), k -> new HashSet<>()).add(name);
      }
    }
  }

  private static TypedGazetteer load(String lang) {
    Map<String, Set<String>> kinds = new HashMap<>();
    boolean any = false;
    for (String pattern : new String[] {RESOURCE, WORDS}) {
      try (InputStream in = TypedGazetteer.class.getResourceAsStream(String.format(pattern, lang))) {
        if (in != null) {
          InputStream raw = pattern.endsWith(".gz") ? new GZIPInputStream(in) : in;
          read(new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8)), kinds);
          any = true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!any) {
      return EMPTY;
    }
    Set<String> icuPlaces = Gazetteer.places(lang);
    // the nationality source lists a few territories (Bermuda) as nationalities
    kinds.computeIfAbsent("demonym", k -> new HashSet<>()).removeAll(icuPlaces);
    kinds.put("language", languageNames(lang));
    return new TypedGazetteer(kinds);
  }

  /** ICU's names of languages in {@code lang} (Pashto, Coptic, Swahili), one word each. */
  static Set<String> languageNames(String lang) {
    LocaleDisplayNames names = LocaleDisplayNames.getInstance(new ULocale(lang));
    Set<String> out = new HashSet<>();
    for (String code : ULocale.getISOLanguages()) {
      String name = names.languageDisplayName(code);
      if (name != null && name.length() >= 4 && !name.equals(code) && name.indexOf(' ') < 0
          && Character.isUpperCase(name.charAt(0))) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Type of a lone capitalised word without other cue: LOCATION for a city, PERSON for a first or
   * family name or another proper noun of the dictionary, null (not a name) for a common word of the
   * dictionary (Tornado, Salon), else {@code fallback}.
   */
  EntityType loneType(String word, EntityType fallback) {
    if (cities.contains(word) || places.contains(word)) {
      return EntityType.LOCATION;
    }
    if (given.contains(word) || surnames.contains(word) || proper.contains(word)) {
      return EntityType.PERSON;
    }
    return isCommonWord(word) ? null : fallback;
  }

  /** A lower-case word of the dictionary that is no proper noun of it (Tornado, Salon; not Apple). */
  boolean isCommonWord(String word) {
    return lower.contains(word.toLowerCase(Locale.ROOT)) && !proper.contains(word);
  }

  /**
   * A first or family name that is no common word and no city (Emily, not Grace nor Sydney): a PERSON
   * even at the start of a sentence.
   */
  boolean isSurePersonName(String word) {
    return (given.contains(word) || surnames.contains(word)) && !cities.contains(word)
        && !places.contains(word) && !lower.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A name made of place or compass words and a nationality or language word (North American,
   * New Zealand English): never an entity.
   */
  boolean isNotEntityPhrase(String surface, Set<String> places, Set<String> directions) {
    int sp = surface.lastIndexOf(' ');
    if (sp < 0 || !notEntities.contains(surface.substring(sp + 1))) {
      return false;
    }
    String head = surface.substring(0, sp);
    return places.contains(head) || directions.contains(head);
  }

  /**
   * A hyphenated word ending in a lower-case common word (Brother-in-law, English-medium): a common
   * noun or adjective, not a name.
   */
  boolean isCommonCompound(String word) {
    int h = word.lastIndexOf('-');
    if (h <= 0 || h == word.length() - 1) {
      return false;
    }
    String tail = word.substring(h + 1);
    return Character.isLowerCase(tail.charAt(0)) && lower.contains(tail);
  }

  /** A title or role abbreviation that ends a run of capitalised words but belongs to the name after it (Gov, Sen). */
  boolean isTitleWord(String word) {
    return titleWords.contains(word);
  }

  /**
   * Length of a possessive ending ('s, ’s) that closes {@code text[start, end)} when the language
   * writes possessives so (Donald Trump's: 2), else 0.
   */
  int possessiveLength(String text, int start, int end) {
    if (!possessives || end - start < 4 || text.charAt(end - 1) != 's') {
      return 0;
    }
    char q = text.charAt(end - 2);
    return (q == '\'' || q == '\u2019') && Character.isLetter(text.charAt(end - 3)) ? 2 : 0;
  }

  /** A lone word with the ending of a biological taxon (Smilodontini, Tricholomopsis). */
  boolean hasTaxonEnding(String word) {
    return taxonEndings.endsWord(word);
  }

  /** A first name, unless it is also the name of a large city (Sydney, Florence). */
  boolean isGivenName(String word) {
    return given.contains(word) && !bigCities.contains(word);
  }

  /** The name of a city (15,000+ inhabitants). */
  boolean isCity(String name) {
    return cities.contains(name);
  }

  /** A word that makes a name an event, era, work or competition (Great Depression, Viking Age). */
  boolean isMiscWord(String word) {
    return miscWords.contains(word);
  }

  /**
   * Type given by the last word of a name of two or more words (Columbia University: ORGANIZATION;
   * Craven Cottage: LOCATION), or null.
   */
  EntityType headType(String lastWord) {
    return orgEnds.contains(lastWord) ? EntityType.ORGANIZATION
        : locEnds.contains(lastWord) ? EntityType.LOCATION : null;
  }

  /** Place names beyond ICU's (Britain, Korea, counties, states of India); exact case. */
  Set<String> places() {
    return places;
  }

  /**
   * Is this discovered name none of our types: a nationality or language word or a phrase ending in
   * one, or (for a lone word) a common compound or a taxon, unless it is a known place or a person's
   * name?
   */
  boolean notEntity(String surface, boolean loneWord, Set<String> knownPlaces, Set<String> directions) {
    if (isNotEntity(surface) || isNotEntityPhrase(surface, knownPlaces, directions)) {
      return true;
    }
    return loneWord && (isCommonCompound(surface) || hasTaxonEnding(surface)) && !knownPlaces.contains(surface)
        && !given.contains(surface) && !surnames.contains(surface);
  }

  /** A nationality or language word: never an entity by itself (MISC in CoNLL terms). */
  boolean isNotEntity(String surface) {
    return notEntities.contains(surface);
  }
}
