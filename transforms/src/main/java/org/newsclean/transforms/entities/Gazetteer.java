package org.newsclean.transforms.entities;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Place names that ICU4J ships for every locale: the names of countries and regions
 * ({@link LocaleDisplayNames#regionDisplayName}) and the cities of the time-zone database
 * ({@link TimeZoneNames#getExemplarLocationName}), in the document's language and in English. A
 * name found without a catalog entry is a LOCATION when it is one of these.
 *
 * <p>Thread-safe; one set per language, built on first use and kept for the JVM.
 */
final class Gazetteer {
  private static final Map<String, Set<String>> PLACES = new ConcurrentHashMap<>();

  private Gazetteer() {}

  /** Place names of {@code lang} (ISO 639-1) plus the English ones. */
  static Set<String> places(String lang) {
    return PLACES.computeIfAbsent(lang == null ? "und" : lang, Gazetteer::build);
  }

  private static Set<String> build(String lang) {
    Set<String> out = new HashSet<>();
    add(out, ULocale.ENGLISH);
    if (!"und".equals(lang) && !"en".equals(lang)) {
      add(out, new ULocale(lang));
    }
    if ("id".equals(lang)) {
      out.addAll(IndonesianLowercase.capitalisedPlaces());
    }
    return Set.copyOf(out);
  }

  private static void add(Set<String> out, ULocale locale) {
    LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale);
    for (String cc : ULocale.getISOCountries()) {
      String name = names.regionDisplayName(cc);
      if (name != null && !name.equals(cc) && name.indexOf('(') < 0) {
        out.add(name);
      }
    }
    // continents and large regions (UN M.49 codes)
    for (String code : new String[] {"001", "002", "009", "019", "142", "150", "419", "021", "005", "013", "029",
        "014", "017", "018", "011", "015", "030", "034", "035", "039", "053", "054", "057", "061", "143", "145",
        "151", "154", "155", "EU"}) {
      String name = names.regionDisplayName(code);
      if (name != null && !name.equals(code)) {
        out.add(name);
      }
    }
    TimeZoneNames tz = TimeZoneNames.getInstance(locale);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = tz.getExemplarLocationName(id);
      if (city != null && !city.isEmpty() && Character.isLetter(city.charAt(0))) {
        out.add(city);
      }
    }
  }
}
